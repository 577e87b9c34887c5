import { apiPaths, boardFiltersOf, boardRequestPath } from '@contract/api.ts'

/**
 * The pages that show an opening's board, whose request the server can name from the address
 * alone: the board, and what opens over it (a profile, a new candidate). A scorecard is a
 * page of its own.
 */
const BOARD_PAGE = /^\/jobs\/([^/]+)(?:\/board|\/applications\/[^/]+|\/candidates\/new)?\/?$/

/**
 * The pages of one application, which open with its details: its profile and a scorecard.
 * These are the links people share and get sent ("your scorecard is due").
 */
const APPLICATION_PAGE = /^\/jobs\/[^/]+\/applications\/([^/]+)(?:\/scorecards\/[^/]+)?\/?$/

/**
 * The API requests a page of the SPA makes first, as a `Link` header of preloads: the browser
 * starts them with the page, while the app's scripts download and run, instead of after. A
 * preload is reused only by a fetch of the very same address, so the board's comes from the
 * same function as the SPA's request. Only someone signed in gets their board preloaded (the
 * session says who is).
 */
export function pagePreloads(url: URL, signedIn: boolean): string | undefined {
  if (url.pathname === '/sign-in') return undefined
  const requests = [apiPaths.session()]
  const board = BOARD_PAGE.exec(url.pathname)
  const jobId = board?.[1] && decodeSegment(board[1])
  if (signedIn && jobId) requests.push(boardRequestPath(jobId, boardFiltersOf(url.searchParams)))
  const application = APPLICATION_PAGE.exec(url.pathname)
  const applicationId = application?.[1] && decodeSegment(application[1])
  if (signedIn && applicationId) requests.push(apiPaths.application(applicationId))
  return requests.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin`).join(', ')
}

function decodeSegment(segment: string) {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined // a malformed address: the SPA will say it found nothing
  }
}
