import type { Permissions } from '../auth.ts'
import type { UserRole } from '../common.ts'

/** A user's part in one opening's hiring team. */
export type JobRole = 'recruiter' | 'hiring_manager'

const NONE: Permissions = {
  view: false,
  viewAll: false,
  viewContact: false,
  move: false,
  decide: false,
  edit: false,
  assign: false,
}
const ALL: Permissions = {
  view: true,
  viewAll: true,
  viewContact: true,
  move: true,
  decide: true,
  edit: true,
  assign: true,
}

/**
 * The one place roles turn into rights: the API enforces these and the SPA hides what they
 * deny. `jobRole` is the user's part on the opening; `assigned` whether they interview the
 * application in question (for an opening as a whole: whether they interview any of it).
 */
export function permissionsFor(
  role: UserRole,
  jobRole: JobRole | undefined,
  assigned: boolean,
): Permissions {
  if (role === 'admin') return ALL
  if (role === 'recruiter' && jobRole === 'recruiter') return ALL
  if (role === 'hiring_manager' && jobRole === 'hiring_manager') {
    return { ...ALL, edit: false, assign: false }
  }
  if (role === 'interviewer' && assigned) return { ...NONE, view: true }
  return NONE
}
