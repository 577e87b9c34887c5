import { http } from 'msw'
import { API_BASE } from '@contract/api.ts'
import { createApp } from '@server/app.ts'
import type { DemoData } from '@server/seed/demo-data.ts'
import { DEFAULT_ACTOR_ID, DEMO_USERS } from '@server/seed/users.ts'
import { createMemoryStore } from '@server/store/memory-store.ts'

type MockApiOptions = {
  /** What the store starts with. */
  data: DemoData
  /** The demo's seed, put back by "Reset demo data". */
  seed: () => DemoData
  /** Runs after every successful write, before the response is sent (to persist it). */
  afterWrite?: (snapshot: () => DemoData) => Promise<void>
  /** May answer instead of the API (simulated faults) or wait first (simulated latency). */
  intercept?: (request: Request) => Promise<Response | undefined>
}

const demoUser = DEMO_USERS.find((user) => user.id === DEFAULT_ACTOR_ID) ?? DEMO_USERS[0]!

/**
 * The mocked API: the real API app over the memory store, with one MSW handler that hands it
 * every /api request. The mock therefore cannot drift from the API: it is the API.
 */
export function createMockApi({ data, seed, afterWrite, intercept }: MockApiOptions) {
  const store = createMemoryStore(data)
  const app = createApp({
    store,
    demoSeed: seed,
    currentUser: async () => (await store.getUser(DEFAULT_ACTOR_ID)) ?? demoUser,
  })

  const handler = http.all(`*${API_BASE}/*`, async ({ request }) => {
    const early = await intercept?.(request)
    if (early) return early
    const response = await app.fetch(request)
    if (request.method !== 'GET' && response.ok) await afterWrite?.(() => store.snapshot())
    return response
  })

  return { store, handler }
}
