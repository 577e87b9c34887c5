/** The API's paths, shared by the SPA, the API app's tests and the mock. */
export const API_BASE = '/api'

export const apiPaths = {
  jobs: () => `${API_BASE}/jobs`,
  job: (jobId: string) => `${API_BASE}/jobs/${encodeURIComponent(jobId)}`,
  board: (jobId: string) => `${API_BASE}/jobs/${encodeURIComponent(jobId)}/board`,
  columnCards: (jobId: string, stageId: string) =>
    `${API_BASE}/jobs/${encodeURIComponent(jobId)}/stages/${encodeURIComponent(stageId)}/cards`,
  jobApplications: (jobId: string) => `${API_BASE}/jobs/${encodeURIComponent(jobId)}/applications`,
  application: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}`,
  move: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/move`,
  reject: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/reject`,
  restore: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/restore`,
  candidate: (id: string) => `${API_BASE}/candidates/${encodeURIComponent(id)}`,
  interviewers: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/interviewers`,
  plan: (jobId: string) => `${API_BASE}/jobs/${encodeURIComponent(jobId)}/plan`,
  reviews: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/reviews`,
  /** The current user's scorecard for one stage: PUT …/draft saves, POST …/submit submits. */
  scorecardDraft: (id: string, stageId: string) =>
    `${API_BASE}/applications/${encodeURIComponent(id)}/scorecards/${encodeURIComponent(stageId)}/draft`,
  scorecardSubmit: (id: string, stageId: string) =>
    `${API_BASE}/applications/${encodeURIComponent(id)}/scorecards/${encodeURIComponent(stageId)}/submit`,
  decision: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/decision`,
  notes: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/notes`,
  activity: (id: string) => `${API_BASE}/applications/${encodeURIComponent(id)}/activity`,
  myReviews: () => `${API_BASE}/reviews/mine`,
  notifications: () => `${API_BASE}/notifications`,
  notificationsRead: () => `${API_BASE}/notifications/read`,
  users: () => `${API_BASE}/users`,
  session: () => `${API_BASE}/session`,
  events: () => `${API_BASE}/events`,
  health: () => `${API_BASE}/health`,
  openapi: () => `${API_BASE}/openapi.json`,
  demoReset: () => `${API_BASE}/demo/reset`,
  demoSession: () => `${API_BASE}/demo/session`,
  demoUsers: () => `${API_BASE}/demo/users`,
}

/** What a board shows: closed applications or not, and a search ('' for none). */
export type BoardFilters = { closed: 'show' | 'hide'; q: string }

/** The longest search the API takes. */
export const SEARCH_MAX_LENGTH = 100

/**
 * Search text as the API takes it, from whatever was typed, pasted or linked: control
 * characters (a tab pasted from a spreadsheet) become spaces, spaces run together, half an
 * emoji goes, and it is cut to the longest search, never inside a character written in two
 * code units (an emoji). Half an emoji would make the address unwritable.
 */
export const searchText = (text: string) =>
  text
    .replace(/\p{Cs}/gu, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, SEARCH_MAX_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd()

/** A board page's filters, as its address has them (`?closed=show`, `?q=…`). */
export const boardFiltersOf = (search: URLSearchParams): BoardFilters => ({
  closed: search.get('closed') === 'show' ? 'show' : 'hide',
  q: searchText(search.get('q') ?? ''),
})

/** The query the board and its column pages share, always written the same way. */
export function boardSearchParams({ closed, q }: BoardFilters) {
  const params = new URLSearchParams({ closed })
  if (q) params.set('q', q)
  return params
}

/**
 * The board's request, to the letter: the SPA makes it, and the server names it in a preload
 * for the board page, which the browser reuses only for the very same address.
 */
export const boardRequestPath = (jobId: string, filters: BoardFilters) =>
  `${apiPaths.board(jobId)}?${boardSearchParams(filters)}`
