import type { Application } from '@contract/applications.ts'
import type { Permissions } from '@contract/auth.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import { permissionsFor } from '@contract/rules/permissions.ts'
import { notFound, ProblemError } from '../http/problem.ts'
import type { StoreReader } from '../store/store.ts'

/** The user's rights on an opening as a whole (an interviewer: if they interview any of it). */
export async function jobPermissions(store: StoreReader, user: User, jobId: string) {
  if (user.role === 'admin') return permissionsFor('admin', undefined, false)
  const roles = await store.listJobRoles(user.id)
  const jobRole = roles.find((row) => row.jobId === jobId)?.role
  const assigned =
    user.role === 'interviewer' &&
    (await store.listAssignedApplicationIds(user.id, jobId)).length > 0
  return permissionsFor(user.role, jobRole, assigned)
}

/** The user's rights on one application. */
export async function applicationPermissions(
  store: StoreReader,
  user: User,
  application: Application,
) {
  if (user.role !== 'interviewer') return jobPermissions(store, user, application.jobId)
  const interviewers = await store.listInterviewers(application.id)
  return permissionsFor(
    user.role,
    undefined,
    interviewers.some((actor) => actor.id === user.id),
  )
}

/**
 * Refuses what `permissions` deny: 404 when the user may not even see the thing (its
 * existence stays private), 403 when they see it but may not do this.
 */
export function demand(permissions: Permissions, right: keyof Permissions, what: string) {
  if (!permissions.view) throw notFound(what)
  if (!permissions[right]) {
    throw new ProblemError(403, `Your role does not allow this (${right}).`)
  }
}

/** The candidate as this viewer may see them: without contact details unless allowed. */
export function visibleCandidate(candidate: Candidate, permissions: Permissions): Candidate {
  if (permissions.viewContact) return candidate
  return {
    ...candidate,
    email: null,
    phone: null,
    location: null,
    links: { github: null, linkedin: null, website: null },
  }
}
