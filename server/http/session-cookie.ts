import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { SESSION_COOKIE } from '@contract/auth.ts'

/** Where a request's session token travels: a cookie on the server, elsewhere in the mock. */
export type SessionTransport = {
  read(c: Context): string | undefined
  write(c: Context, token: string, expiresAt: Date): void
  clear(c: Context): void
}

/** Secure when the browser talks https to us or to the proxy in front of us. */
const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'

/** The server's transport: an HttpOnly, SameSite=Lax cookie. */
export const cookieTransport: SessionTransport = {
  read: (c) => getCookie(c, SESSION_COOKIE),
  write: (c, token, expiresAt) =>
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      expires: expiresAt,
    }),
  clear: (c) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) }),
}
