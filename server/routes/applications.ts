import { Hono } from 'hono'
import {
  MoveRequest,
  RejectRequest,
  RestoreRequest,
  SetInterviewersRequest,
} from '@contract/applications.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { readBody } from '../http/validate.ts'
import {
  getApplicationDetail,
  moveApplication,
  rejectApplication,
  restoreApplication,
  setInterviewers,
} from '../services/applications.ts'

const applicationId = (c: Parameters<typeof idParam>[0]) => idParam(c, 'id', 'That application')

export const applicationRoutes = new Hono<AppEnv>()
  .get('/:id', async (c) => c.json(await getApplicationDetail(c.var.ctx, applicationId(c))))
  .post('/:id/move', async (c) => {
    const id = applicationId(c)
    return c.json(await moveApplication(c.var.ctx, id, await readBody(c, MoveRequest)))
  })
  .post('/:id/reject', async (c) => {
    const id = applicationId(c)
    return c.json(await rejectApplication(c.var.ctx, id, await readBody(c, RejectRequest)))
  })
  .post('/:id/restore', async (c) => {
    const id = applicationId(c)
    return c.json(await restoreApplication(c.var.ctx, id, await readBody(c, RestoreRequest)))
  })
  .put('/:id/interviewers', async (c) => {
    const id = applicationId(c)
    const { userIds } = await readBody(c, SetInterviewersRequest)
    return c.json(await setInterviewers(c.var.ctx, id, userIds))
  })
