import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'

/** Who the API is acting for. */
export const sessionRoutes = new Hono<AppEnv>().get('/me', (c) => c.json(c.var.user))
