import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import type { DemoData } from '../seed/demo-data.ts'

/** Demo mode only: put the seed back, and tell every client to reload. */
export const demoRoutes = (seed: () => DemoData) =>
  new Hono<AppEnv>().post('/reset', async (c) => {
    const { store, actor, origin, now } = c.var.ctx
    await store.replaceAll(seed())
    await store.transaction((tx) =>
      tx.appendEvent({
        kind: 'data.reset',
        jobId: null,
        applicationId: null,
        stageIds: [],
        actor,
        origin,
        at: now().toISOString(),
      }),
    )
    return c.body(null, 204)
  })
