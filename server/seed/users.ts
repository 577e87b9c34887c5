import type { User } from '@contract/common.ts'

/**
 * One demo user per role (two interviewers), so every permission path can be tried from the
 * user switcher.
 */
export const DEMO_USERS: User[] = [
  {
    id: 'user-admin',
    name: 'Ingrid Halvorsen',
    email: 'ingrid.halvorsen@hirelane.dev',
    role: 'admin',
  },
  {
    id: 'user-recruiter',
    name: 'Maya Okonjo',
    email: 'maya.okonjo@hirelane.dev',
    role: 'recruiter',
  },
  {
    id: 'user-hiring-manager',
    name: 'Tomás Ferreira',
    email: 'tomas.ferreira@hirelane.dev',
    role: 'hiring_manager',
  },
  {
    id: 'user-interviewer',
    name: 'Priya Raman',
    email: 'priya.raman@hirelane.dev',
    role: 'interviewer',
  },
  // A second interviewer: the blind rule needs two people interviewing the same stage.
  {
    id: 'user-interviewer-2',
    name: 'Daniel Osei',
    email: 'daniel.osei@hirelane.dev',
    role: 'interviewer',
  },
]

/** Who the demo acts as until someone switches user: the recruiter works the board. */
export const DEFAULT_ACTOR_ID = 'user-recruiter'

/** The demo accounts' password on a freshly seeded server (printed at first start). */
export const DEMO_PASSWORD = 'hirelane-demo'
