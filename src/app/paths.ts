/** The SPA's addresses, built in one place. */
export const paths = {
  jobs: () => '/jobs',
  board: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}/board`,
  application: (jobId: string, applicationId: string) =>
    `/jobs/${encodeURIComponent(jobId)}/applications/${encodeURIComponent(applicationId)}`,
  newCandidate: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}/candidates/new`,
  /** The signed-in user's scorecard for one stage of an application: a page of its own. */
  scorecard: (jobId: string, applicationId: string, stageId: string) =>
    `${paths.application(jobId, applicationId)}/scorecards/${encodeURIComponent(stageId)}`,
  /** The scorecards the signed-in user owes. */
  myReviews: () => '/reviews',
  /** A job's interview plan (competencies per stage). */
  plan: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}/plan`,
  /** Candidates side by side; the page adds `?ids=a,b,c`. */
  compare: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}/compare`,
  /** The sign-in page; `next` is where to go afterwards. */
  signIn: (next?: string) =>
    next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in',
}

const SAME_SITE = 'https://hirelane.invalid'

/**
 * Where to go after signing in: a path on this site from `?next=`, else the start page. A
 * value like `//evil.example` or `/\evil.example` would leave the site, so it is refused.
 */
export function safeNextPath(next: string | null) {
  if (!next?.startsWith('/')) return '/'
  const url = new URL(next, SAME_SITE)
  if (url.origin !== SAME_SITE || url.pathname === '/sign-in') return '/'
  return url.pathname + url.search + url.hash
}
