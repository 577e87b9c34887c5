import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import { listMyReviews } from '../services/reviews.ts'

/** /api/reviews: the signed-in user's own review work. */
export const reviewRoutes = new Hono<AppEnv>().get('/mine', async (c) =>
  c.json(await listMyReviews(c.var.ctx)),
)
