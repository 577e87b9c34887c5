import { Hono } from 'hono'
import { CandidatePatch } from '@contract/candidates.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { notFound } from '../http/problem.ts'
import { readBody } from '../http/validate.ts'
import { updateCandidate } from '../services/candidates.ts'

export const candidateRoutes = new Hono<AppEnv>()
  .get('/:id', async (c) => {
    const candidate = await c.var.ctx.store.getCandidate(idParam(c, 'id', 'That candidate'))
    if (!candidate) throw notFound('That candidate')
    return c.json(candidate)
  })
  .patch('/:id', async (c) => {
    const id = idParam(c, 'id', 'That candidate')
    return c.json(await updateCandidate(c.var.ctx, id, await readBody(c, CandidatePatch)))
  })
