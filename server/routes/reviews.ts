import { Hono } from 'hono'
import { MyReviewsQuery } from '@contract/reviews.ts'
import type { AppEnv } from '../http/env.ts'
import { readQuery } from '../http/validate.ts'
import { listMyReviews } from '../services/reviews.ts'

/** /api/reviews: the signed-in user's own review work. */
export const reviewRoutes = new Hono<AppEnv>().get('/mine', async (c) =>
  c.json(await listMyReviews(c.var.ctx, readQuery(c, MyReviewsQuery))),
)
