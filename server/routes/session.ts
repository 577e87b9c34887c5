import { Hono } from 'hono'
import { DemoSignInRequest, SignInRequest, type Session } from '@contract/auth.ts'
import type { User } from '@contract/common.ts'
import type { AppEnv } from '../http/env.ts'
import { notFound, ProblemError } from '../http/problem.ts'
import type { SessionTransport } from '../http/session-cookie.ts'
import { readBody } from '../http/validate.ts'
import {
  endSession,
  sessionUser,
  signInWithPassword,
  startSession,
  type PasswordVerifier,
} from '../services/sessions.ts'
import type { Store } from '../store/store.ts'

type Options = {
  store: Store
  now: () => Date
  /** Present on the real server: signing in with email and password. */
  verifyPassword?: PasswordVerifier
  /** Demo mode: anyone may act as any demo user, without a password. */
  demo: boolean
  transport: SessionTransport
}

/** Signing in and out; the only routes that answer without a session. */
export function sessionRoutes({ store, now, verifyPassword, demo, transport }: Options) {
  const session = async (user: User): Promise<Session> =>
    demo ? { user, demoUsers: await store.listUsers() } : { user }

  const routes = new Hono<AppEnv>()
    .get('/session', async (c) => {
      const user = await sessionUser(store, transport.read(c), now())
      if (!user) throw new ProblemError(401, 'Sign in to continue.')
      return c.json(await session(user))
    })
    .post('/session', async (c) => {
      if (!verifyPassword) throw notFound('Password sign-in')
      const { email, password } = await readBody(c, SignInRequest)
      const signedIn = await signInWithPassword(store, verifyPassword, email, password, now())
      await endSession(store, transport.read(c))
      transport.write(c, signedIn.token, signedIn.expiresAt)
      return c.json(await session(signedIn.user))
    })
    .delete('/session', async (c) => {
      await endSession(store, transport.read(c))
      transport.clear(c)
      return c.body(null, 204)
    })

  if (demo) {
    // The "Sign in as" list, shown before anyone is signed in.
    routes.get('/demo/users', async (c) => c.json({ users: await store.listUsers() }))
    routes.post('/demo/session', async (c) => {
      const { userId } = await readBody(c, DemoSignInRequest)
      const user = await store.getUser(userId)
      if (!user) {
        throw new ProblemError(422, 'There is no such demo user.', {
          errors: { userId: ['Choose one of the demo users'] },
        })
      }
      await endSession(store, transport.read(c))
      const { token, expiresAt } = await startSession(store, user.id, now())
      transport.write(c, token, expiresAt)
      return c.json(await session(user))
    })
  }
  return routes
}
