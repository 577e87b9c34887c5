// Plain values the SPA sends or reads on every request; kept apart from the schemas so the
// code every page loads does not pull in the schema library.

/** Sent by the SPA on every write: a page on another site cannot set it (CSRF defence). */
export const CSRF_HEADER = 'x-hirelane-csrf'
/** Names the browser tab making a request, so it can skip its own changes in the event stream. */
export const CLIENT_HEADER = 'x-hirelane-client'
/** The session cookie's name. */
export const SESSION_COOKIE = 'hirelane_session'
/** Every error the API answers is an RFC 9457 problem. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'
