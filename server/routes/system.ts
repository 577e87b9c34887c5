import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import type { Store } from '../store/store.ts'

/** Health, for load balancers and people: 200 when the database answers, 503 when not. */
export const systemRoutes = (store: Store) =>
  new Hono<AppEnv>().get('/health', async (c) => {
    const up = await store.ping().catch(() => false)
    return c.json(
      { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' },
      up ? 200 : 503,
    )
  })
