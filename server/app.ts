import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { API_BASE } from '@contract/api.ts'
import type { User } from '@contract/common.ts'
import type { AppEnv } from './http/env.ts'
import { ProblemError, problemResponse } from './http/problem.ts'
import { applicationRoutes } from './routes/applications.ts'
import { candidateRoutes } from './routes/candidates.ts'
import { jobRoutes } from './routes/jobs.ts'
import { sessionRoutes } from './routes/session.ts'
import type { DemoData } from './seed/demo-data.ts'
import { randomId } from './services/context.ts'
import type { Store } from './store/store.ts'

export type AppOptions = {
  store: Store
  /** Who makes this request (accounts come with the real server; the demo acts as one user). */
  currentUser: (request: Request) => Promise<User>
  /** Present in demo mode: POST /api/demo/reset puts this data back. */
  demoSeed?: () => DemoData
  now?: () => Date
  newId?: (prefix: string) => string
}

/** Request bodies above this size are refused with 413 before they are read. */
export const MAX_BODY_BYTES = 64 * 1024

/**
 * The whole API over web-standard Request/Response, so the same app runs in Node and, behind
 * MSW, in the browser and in tests.
 */
export function createApp({
  store,
  currentUser,
  demoSeed,
  now = () => new Date(),
  newId = randomId,
}: AppOptions) {
  const app = new Hono<AppEnv>().basePath(API_BASE)

  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ProblemError(413, `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KiB.`)
      },
    }),
  )
  app.use(async (c, next) => {
    const user = await currentUser(c.req.raw)
    c.set('user', user)
    c.set('ctx', { store, now, newId, actor: { id: user.id, name: user.name } })
    await next()
  })

  app.route('/', sessionRoutes)
  app.route('/jobs', jobRoutes)
  app.route('/applications', applicationRoutes)
  app.route('/candidates', candidateRoutes)
  if (demoSeed) {
    app.post('/demo/reset', async (c) => {
      await store.replaceAll(demoSeed())
      return c.body(null, 204)
    })
  }

  app.notFound((c) =>
    problemResponse(
      new ProblemError(
        404,
        `There is no ${c.req.method} ${new URL(c.req.url).pathname} in the API.`,
      ).problem,
    ),
  )
  app.onError((error, c) => {
    const instance = new URL(c.req.url).pathname
    if (error instanceof ProblemError) return problemResponse(error.problem, instance)
    console.error(error)
    return problemResponse(
      new ProblemError(500, 'Something went wrong on our side. Nothing was changed.').problem,
      instance,
    )
  })
  return app
}

export type ApiApp = ReturnType<typeof createApp>
