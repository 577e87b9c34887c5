import { setupWorker } from 'msw/browser'
import { PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'
import { generateDemoData } from '@server/seed/generator.ts'
import { createMockApi } from './mock-api.ts'
import { loadSnapshot, saveSnapshot } from './persistence.ts'

/**
 * Simulated latency in ms: 100–300 ms in dev so loading states show, none in a build.
 * `localStorage['hirelane:latency']` overrides it (tests set '0').
 */
function latency() {
  const setting = window.localStorage.getItem('hirelane:latency')
  if (setting !== null) return Math.max(0, Number(setting) || 0)
  return import.meta.env.DEV ? 100 + Math.random() * 200 : 0
}

/**
 * Test-only fault switch: `?mockFail=move` on the page's address at load makes the next API
 * request whose path ends in that word fail with 503 (e.g. to watch a move roll back).
 */
function faultSwitch() {
  let pending = new URLSearchParams(window.location.search).get('mockFail')
  return (request: Request) => {
    if (!pending || !new URL(request.url).pathname.endsWith(`/${pending}`)) return undefined
    pending = null
    return new Response(
      JSON.stringify({
        type: 'about:blank',
        title: 'Service unavailable',
        status: 503,
        detail: 'The demo was told to fail this request (mockFail).',
      }),
      { status: 503, headers: { 'content-type': PROBLEM_CONTENT_TYPE } },
    )
  }
}

/** Serves /api from the API app inside the page, on data kept in IndexedDB. */
export async function startMockApi() {
  const fail = faultSwitch()
  let data = await loadSnapshot()
  if (!data) {
    // Kept from the first visit on, so dates and days-in-stage do not shift on reload.
    data = generateDemoData()
    await saveSnapshot(data)
  }
  const { handler } = createMockApi({
    data,
    seed: () => generateDemoData(),
    afterWrite: (snapshot) => saveSnapshot(snapshot()),
    intercept: async (request) => {
      const wait = latency()
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait))
      return fail(request)
    },
  })
  await setupWorker(handler).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
