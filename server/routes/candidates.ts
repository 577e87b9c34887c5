import { Hono } from 'hono'
import { CandidatePatch } from '@contract/candidates.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { readBody } from '../http/validate.ts'
import { getCandidate, updateCandidate } from '../services/candidates.ts'

export const candidateRoutes = new Hono<AppEnv>()
  .get('/:id', async (c) =>
    c.json(await getCandidate(c.var.ctx, idParam(c, 'id', 'That candidate'))),
  )
  .patch('/:id', async (c) => {
    const id = idParam(c, 'id', 'That candidate')
    return c.json(await updateCandidate(c.var.ctx, id, await readBody(c, CandidatePatch)))
  })
