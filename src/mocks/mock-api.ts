import { http } from 'msw'
import { API_BASE, apiPaths } from '@contract/api.ts'
import { CSRF_HEADER } from '@contract/auth.ts'
import { createApp } from '@server/app.ts'
import type { DemoData } from '@server/seed/demo-data.ts'
import { createMemoryStore } from '@server/store/memory-store.ts'

type MockApiOptions = {
  /** What the store starts with. */
  data: DemoData
  /** The demo's seed, put back by "Reset demo data". */
  seed: () => DemoData
  /** Runs after every successful write, before the response is sent (to persist it). */
  afterWrite?: (snapshot: () => DemoData, request: Request) => Promise<void>
  /** May answer instead of the API (simulated faults) or wait first (simulated latency). */
  intercept?: (request: Request) => Promise<Response | undefined>
}

/**
 * The mocked API: the real API app over the memory store, with one MSW handler that hands it
 * every /api request. The mock therefore cannot drift from the API: it is the API. A page can
 * neither read Set-Cookie nor send Cookie, so the mock keeps the session token itself, as the
 * browser keeps the server's cookie.
 */
export function createMockApi({ data, seed, afterWrite, intercept }: MockApiOptions) {
  const store = createMemoryStore(data)
  let sessionToken: string | undefined
  const app = createApp({
    store,
    demoSeed: seed,
    sessionTransport: {
      read: () => sessionToken,
      write: (_c, token) => (sessionToken = token),
      clear: () => (sessionToken = undefined),
    },
  })
  const handler = http.all(`*${API_BASE}/*`, async ({ request }) => {
    const early = await intercept?.(request)
    if (early) return early
    const isWrite = request.method !== 'GET'
    // Forwarding reads the body, so keep a copy for `afterWrite`.
    const copy = isWrite ? request.clone() : request
    const response = await app.fetch(request)
    if (isWrite && response.ok) await afterWrite?.(() => store.snapshot(), copy)
    return response
  })

  /** Starts a session as one of the demo users, as the "Sign in as" picker does. */
  async function signInAs(userId: string) {
    const response = await app.fetch(
      new Request(new URL(apiPaths.demoSession(), 'http://hirelane.mock'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
        body: JSON.stringify({ userId }),
      }),
    )
    if (!response.ok) throw new Error(`Demo sign-in as ${userId} failed: ${response.status}`)
  }

  return { store, handler, signInAs }
}
