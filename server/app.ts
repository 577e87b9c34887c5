import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { API_BASE } from '@contract/api.ts'
import { CLIENT_HEADER, CSRF_HEADER } from '@contract/auth.ts'
import type { AppEnv } from './http/env.ts'
import { ProblemError, problemResponse } from './http/problem.ts'
import { cookieTransport, type SessionTransport } from './http/session-cookie.ts'
import { applicationRoutes } from './routes/applications.ts'
import { candidateRoutes } from './routes/candidates.ts'
import { demoRoutes } from './routes/demo.ts'
import { eventRoutes } from './routes/events.ts'
import { jobRoutes } from './routes/jobs.ts'
import { noteRoutes, notificationRoutes } from './routes/notes.ts'
import { reviewRoutes } from './routes/reviews.ts'
import { sessionRoutes } from './routes/session.ts'
import { systemRoutes } from './routes/system.ts'
import { userRoutes } from './routes/users.ts'
import type { DemoData } from './seed/demo-data.ts'
import { randomId } from './services/context.ts'
import { sessionUser, type PasswordVerifier } from './services/sessions.ts'
import { StoreUnavailableError, type Store } from './store/store.ts'

export type AppOptions = {
  store: Store
  /** The real server's password check; without it there is no password sign-in. */
  verifyPassword?: PasswordVerifier
  /** Demo mode: "Sign in as" any demo user, and POST /api/demo/reset puts this data back. */
  demoSeed?: () => DemoData
  now?: () => Date
  newId?: (prefix: string) => string
  /** Aborted when the server shuts down: open event streams end. */
  closing?: AbortSignal
  /** How the session token travels; a cookie unless the mock keeps it itself. */
  sessionTransport?: SessionTransport
}

/** Request bodies above this size are refused with 413 before they are read. */
export const MAX_BODY_BYTES = 64 * 1024

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The whole API over web-standard Request/Response, so the same app runs in Node and, behind
 * MSW, in the browser and in tests.
 */
export function createApp({
  store,
  verifyPassword,
  demoSeed,
  now = () => new Date(),
  newId = randomId,
  closing,
  sessionTransport = cookieTransport,
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
  // Cookies ride along on cross-site form posts; this header cannot (CSRF defence).
  app.use(async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && !c.req.header(CSRF_HEADER)) {
      throw new ProblemError(403, `Writes must carry the ${CSRF_HEADER} header.`)
    }
    await next()
  })

  // Open to all: health, the API's description, and signing in.
  app.route('/', systemRoutes(store))
  app.route(
    '/',
    sessionRoutes({
      store,
      now,
      verifyPassword,
      demo: Boolean(demoSeed),
      transport: sessionTransport,
    }),
  )

  // Everything below needs a session.
  app.use(async (c, next) => {
    const user = await sessionUser(store, sessionTransport.read(c), now())
    if (!user) throw new ProblemError(401, 'Sign in to continue.')
    c.set('user', user)
    c.set('ctx', {
      store,
      now,
      newId,
      user,
      actor: { id: user.id, name: user.name },
      origin: c.req.header(CLIENT_HEADER)?.slice(0, 64) ?? null,
    })
    await next()
  })
  app.route('/jobs', jobRoutes)
  app.route('/applications', applicationRoutes)
  app.route('/applications', noteRoutes)
  app.route('/notifications', notificationRoutes)
  app.route('/candidates', candidateRoutes)
  app.route('/users', userRoutes)
  app.route('/reviews', reviewRoutes)
  app.route('/events', eventRoutes(closing))
  if (demoSeed) app.route('/demo', demoRoutes(demoSeed))

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
    if (error instanceof ProblemError) {
      const response = problemResponse(error.problem, instance)
      const retryAfter = error.problem.retryAfter
      if (typeof retryAfter === 'number') response.headers.set('retry-after', String(retryAfter))
      return response
    }
    if (error instanceof StoreUnavailableError) {
      const problem = new ProblemError(503, 'The database is unavailable. Try again shortly.')
      const response = problemResponse(problem.problem, instance)
      response.headers.set('retry-after', '5')
      return response
    }
    console.error(error)
    return problemResponse(
      new ProblemError(500, 'Something went wrong on our side. Nothing was changed.').problem,
      instance,
    )
  })
  return app
}

export type ApiApp = ReturnType<typeof createApp>
