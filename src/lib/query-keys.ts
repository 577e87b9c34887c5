/**
 * Query keys for every resource, in one place so one feature can refresh what another
 * shows without importing it: all → lists → list(filters) → detail(id).
 */
export const queryKeys = {
  jobs: {
    all: ['jobs'] as const,
    list: () => [...queryKeys.jobs.all, 'list'] as const,
    detail: (jobId: string) => [...queryKeys.jobs.all, 'detail', jobId] as const,
  },
  boards: {
    all: ['boards'] as const,
    job: (jobId: string) => [...queryKeys.boards.all, jobId] as const,
    detail: (jobId: string, closed: 'show' | 'hide') =>
      [...queryKeys.boards.job(jobId), { closed }] as const,
  },
  applications: {
    all: ['applications'] as const,
    detail: (applicationId: string) => [...queryKeys.applications.all, applicationId] as const,
  },
  users: {
    all: ['users'] as const,
    list: () => [...queryKeys.users.all, 'list'] as const,
  },
  /** Who is signed in; kept apart from the data so a reset of the data leaves it be. */
  session: ['session'] as const,
}

/** Mutations one feature watches for in another (e.g. live updates wait for moves to land). */
export const mutationKeys = {
  move: ['applications', 'move'] as const,
}
