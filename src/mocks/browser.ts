import { setupWorker } from 'msw/browser'
import { apiPaths } from '@contract/api.ts'
import { DEMO_CHANGE_EVENT } from '@contract/change-kinds.ts'
import { PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'
import { generateDemoData } from '@server/seed/generator.ts'
import { DEFAULT_ACTOR_ID } from '@server/seed/users.ts'
import { createMockApi } from './mock-api.ts'
import { loadSnapshot, saveSnapshot } from './persistence.ts'

/** Who the demo acts as between visits: a user id, or 'signed-out'. */
const DEMO_USER_KEY = 'hirelane:demo-user'
/** Tabs of one browser tell each other about changes, as the server's event stream would. */
const CHANNEL = 'hirelane-demo'

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

/**
 * Test-only seed size: `localStorage['hirelane:seed-applications'] = '2500'` before the demo's
 * data is first made (or reset) seeds that many applications, e.g. for a long column.
 */
function demoSeed() {
  const size = Number(window.localStorage.getItem('hirelane:seed-applications'))
  return generateDemoData(Number.isInteger(size) && size > 0 ? { applications: size } : {})
}

/** Serves /api from the API app inside the page, on data kept in IndexedDB. */
export async function startMockApi() {
  const fail = faultSwitch()
  let data = await loadSnapshot()
  if (!data) {
    // Kept from the first visit on, so dates and days-in-stage do not shift on reload.
    data = demoSeed()
    await saveSnapshot(data)
  }
  const channel = new BroadcastChannel(CHANNEL)
  const { handler, store, signInAs } = createMockApi({
    data,
    seed: demoSeed,
    afterWrite: async (snapshot, request) => {
      rememberUser(request)
      await saveSnapshot(snapshot())
      channel.postMessage('changed')
    },
    intercept: async (request) => {
      const wait = latency()
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait))
      return fail(request)
    },
  })
  channel.onmessage = async () => {
    const latest = await loadSnapshot()
    if (latest) await store.replaceAll(latest)
    window.dispatchEvent(new Event(DEMO_CHANGE_EVENT))
  }

  const demoUser = window.localStorage.getItem(DEMO_USER_KEY) ?? DEFAULT_ACTOR_ID
  if (demoUser !== 'signed-out') await signInAs(demoUser).catch(() => signInAs(DEFAULT_ACTOR_ID))

  await setupWorker(handler).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}

/** Keeps "Sign in as" and "Sign out" across reloads (the memory store's sessions are not). */
function rememberUser(request: Request) {
  const path = new URL(request.url).pathname
  if (path === apiPaths.session() && request.method === 'DELETE') {
    window.localStorage.setItem(DEMO_USER_KEY, 'signed-out')
  } else if (path === apiPaths.demoSession()) {
    void request
      .clone()
      .json()
      .then((body: { userId?: string }) => {
        if (body.userId) window.localStorage.setItem(DEMO_USER_KEY, body.userId)
      })
      .catch(() => undefined)
  }
}
