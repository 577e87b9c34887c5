import { Hono } from 'hono'
import { CreateApplicationRequest } from '@contract/applications.ts'
import { UpdatePlanRequest } from '@contract/reviews.ts'
import { BoardQuery, ColumnQuery } from '@contract/board.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { readBody, readQuery } from '../http/validate.ts'
import { createApplication } from '../services/applications.ts'
import { getBoard, getColumnPage, getJob, listJobs } from '../services/board.ts'
import { getPlan, updatePlan } from '../services/reviews.ts'

export const jobRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ jobs: await listJobs(c.var.ctx) }))
  .get('/:jobId', async (c) => c.json(await getJob(c.var.ctx, idParam(c, 'jobId', 'That opening'))))
  .get('/:jobId/board', async (c) => {
    const jobId = idParam(c, 'jobId', 'That opening')
    return c.json(await getBoard(c.var.ctx, jobId, readQuery(c, BoardQuery)))
  })
  .get('/:jobId/stages/:stageId/cards', async (c) => {
    const jobId = idParam(c, 'jobId', 'That opening')
    const stageId = idParam(c, 'stageId', 'That stage')
    return c.json(await getColumnPage(c.var.ctx, jobId, stageId, readQuery(c, ColumnQuery)))
  })
  .get('/:jobId/plan', async (c) =>
    c.json(await getPlan(c.var.ctx, idParam(c, 'jobId', 'That opening'))),
  )
  .put('/:jobId/plan', async (c) => {
    const jobId = idParam(c, 'jobId', 'That opening')
    return c.json(await updatePlan(c.var.ctx, jobId, await readBody(c, UpdatePlanRequest)))
  })
  .post('/:jobId/applications', async (c) => {
    const jobId = idParam(c, 'jobId', 'That opening')
    const input = await readBody(c, CreateApplicationRequest)
    return c.json(await createApplication(c.var.ctx, jobId, input), 201)
  })
