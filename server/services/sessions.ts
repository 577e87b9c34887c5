import type { User } from '@contract/common.ts'
import { hashToken, newSessionToken } from '../auth/tokens.ts'
import { ProblemError } from '../http/problem.ts'
import type { Store } from '../store/store.ts'

/** Checks a password against its stored `salt:hash`. */
export type PasswordVerifier = (password: string, stored: string) => Promise<boolean>

export const SESSION_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000
/** Sign-in attempts allowed per email in the window without a success; then 429. */
export const SIGN_IN_LIMIT = 10
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
/** A well-formed hash no password matches (salt and key of zeros). */
const UNKNOWN_USER_HASH = `${'0'.repeat(32)}:${'0'.repeat(128)}`

/** A new session for `userId`; the token goes in the cookie, only its hash in the store. */
export async function startSession(store: Store, userId: string, now: Date) {
  const token = newSessionToken()
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS)
  await store.createSession({
    tokenHash: await hashToken(token),
    userId,
    expiresAt: expiresAt.toISOString(),
    createdAt: now.toISOString(),
  })
  return { token, expiresAt }
}

export async function signInWithPassword(
  store: Store,
  verify: PasswordVerifier,
  email: string,
  password: string,
  now: Date,
) {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString()
  const key = `email:${email}`
  // Every attempt is counted before the password is checked, so parallel guesses cannot all
  // slip under the limit; a successful sign-in forgets them, so people who sign in often are
  // never locked out.
  if ((await store.countSignInAttempt(key, now.toISOString(), since)) > SIGN_IN_LIMIT) {
    throw new ProblemError(429, 'Too many sign-in attempts. Wait a few minutes and try again.', {
      retryAfter: SIGN_IN_WINDOW_MS / 1000,
    })
  }
  const credentials = await store.getCredentials(email)
  // An unknown email costs the same check as a wrong password, so timing tells nothing.
  const valid = await verify(password, credentials?.passwordHash ?? UNKNOWN_USER_HASH)
  if (!credentials?.passwordHash || !valid) {
    throw new ProblemError(401, 'That email and password do not match an account.', {
      errors: { password: ['Check your email and password'] },
    })
  }
  await store.clearSignInAttempts(key)
  const { passwordHash: _, ...user } = credentials
  return { user: user as User, ...(await startSession(store, user.id, now)) }
}

/** The signed-in user of a session token, if the session is still valid. */
export async function sessionUser(store: Store, token: string | undefined, now: Date) {
  if (!token) return undefined
  const session = await store.getSession(await hashToken(token), now.toISOString())
  return session && store.getUser(session.userId)
}

export async function endSession(store: Store, token: string | undefined) {
  if (token) await store.deleteSession(await hashToken(token))
}
