import { Hono } from 'hono'
import {
  MoveRequest,
  RejectRequest,
  RestoreRequest,
  SetInterviewersRequest,
} from '@contract/applications.ts'
import {
  DecisionRequest,
  SaveScorecardDraftRequest,
  SubmitScorecardRequest,
} from '@contract/reviews.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { readBody } from '../http/validate.ts'
import {
  getApplicationDetail,
  moveApplication,
  rejectApplication,
  restoreApplication,
  setInterviewers,
} from '../services/applications.ts'
import { decideApplication, getApplicationReviews, saveScorecard } from '../services/reviews.ts'

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
  .get('/:id/reviews', async (c) =>
    c.json(await getApplicationReviews(c.var.ctx, applicationId(c))),
  )
  .put('/:id/scorecards/:stageId/draft', async (c) => {
    const id = applicationId(c)
    const stageId = idParam(c, 'stageId', 'That stage')
    const input = await readBody(c, SaveScorecardDraftRequest)
    return c.json(await saveScorecard(c.var.ctx, id, stageId, input, false))
  })
  .post('/:id/scorecards/:stageId/submit', async (c) => {
    const id = applicationId(c)
    const stageId = idParam(c, 'stageId', 'That stage')
    const input = await readBody(c, SubmitScorecardRequest)
    return c.json(await saveScorecard(c.var.ctx, id, stageId, input, true))
  })
  .post('/:id/decision', async (c) => {
    const id = applicationId(c)
    return c.json(await decideApplication(c.var.ctx, id, await readBody(c, DecisionRequest)))
  })
  .put('/:id/interviewers', async (c) => {
    const id = applicationId(c)
    return c.json(await setInterviewers(c.var.ctx, id, await readBody(c, SetInterviewersRequest)))
  })
