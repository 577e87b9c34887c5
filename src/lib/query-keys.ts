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
    /** Every filter's board (job, counts, each column's first page). */
    frames: (jobId: string) => [...queryKeys.boards.job(jobId), 'board'] as const,
    /** The board under a filter and a search. */
    detail: (jobId: string, closed: 'show' | 'hide', q = '') =>
      [...queryKeys.boards.frames(jobId), { closed, q }] as const,
    /** One column's loaded pages, kept apart so a move re-renders only the columns it touches. */
    columns: (jobId: string) => [...queryKeys.boards.job(jobId), 'column'] as const,
    column: (jobId: string, stageId: string, closed: 'show' | 'hide', q = '') =>
      [...queryKeys.boards.columns(jobId), stageId, { closed, q }] as const,
  },
  applications: {
    all: ['applications'] as const,
    detail: (applicationId: string) => [...queryKeys.applications.all, applicationId] as const,
  },
  /** One application's review (plan, assignments, visible scorecards, suggestion) for this viewer. */
  reviews: (applicationId: string) => ['reviews', 'application', applicationId] as const,
  /** Every application's review and My reviews (e.g. after the plan changed). */
  allReviews: ['reviews'] as const,
  /**
   * The scorecards the signed-in user owes (under 'reviews': a submit refreshes both). Also a
   * prefix of owedCount's key: whatever refreshes My reviews refreshes the header's count.
   */
  myReviews: ['reviews', 'mine'] as const,
  /** How many scorecards the signed-in user owes, in all (the header's count). */
  owedCount: ['reviews', 'mine', 'count'] as const,
  /** A job's interview plan (competencies per stage). */
  plan: (jobId: string) => ['plans', jobId] as const,
  /** An application's timeline (its notes too): anything that changes an application refreshes it. */
  activity: {
    all: ['activity'] as const,
    detail: (applicationId: string) => [...queryKeys.activity.all, applicationId] as const,
  },
  /** The signed-in user's notifications (mentions). */
  notifications: ['notifications'] as const,
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
