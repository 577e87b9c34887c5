import type { Context } from 'hono'
import { Id, type User } from '@contract/common.ts'
import type { ServiceContext } from '../services/context.ts'
import { notFound } from './problem.ts'

/** What each request carries through the app: the services' context. */
export type AppEnv = { Variables: { ctx: ServiceContext; user: User } }

/** A path parameter that must be an id; anything else cannot exist, so it is a 404. */
export function idParam(c: Context<AppEnv>, name: string, what: string) {
  const parsed = Id.safeParse(c.req.param(name))
  if (!parsed.success) throw notFound(what)
  return parsed.data
}
