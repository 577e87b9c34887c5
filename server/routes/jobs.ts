import { Hono } from 'hono'
import { CreateApplicationRequest } from '@contract/applications.ts'
import { BoardQuery } from '@contract/board.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { notFound } from '../http/problem.ts'
import { readBody, readQuery } from '../http/validate.ts'
import { createApplication } from '../services/applications.ts'
import { getBoard, listJobs } from '../services/board.ts'

export const jobRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ jobs: await listJobs(c.var.ctx.store) }))
  .get('/:jobId', async (c) => {
    const job = await c.var.ctx.store.getJob(idParam(c, 'jobId', 'That opening'))
    if (!job) throw notFound('That opening')
    return c.json(job)
  })
  .get('/:jobId/board', async (c) => {
    const jobId = idParam(c, 'jobId', 'That opening')
    const { closed } = readQuery(c, BoardQuery)
    return c.json(await getBoard(c.var.ctx.store, jobId, closed))
  })
  .post('/:jobId/applications', async (c) => {
    const jobId = idParam(c, 'jobId', 'That opening')
    const input = await readBody(c, CreateApplicationRequest)
    return c.json(await createApplication(c.var.ctx, jobId, input), 201)
  })
