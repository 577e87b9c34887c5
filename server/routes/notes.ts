import { Hono } from 'hono'
import { CreateNoteRequest, MarkNotificationsReadRequest } from '@contract/notes.ts'
import { idParam, type AppEnv } from '../http/env.ts'
import { readBody } from '../http/validate.ts'
import { getActivity } from '../services/activity.ts'
import { createNote, listNotifications, markNotificationsRead } from '../services/notes.ts'

const applicationId = (c: Parameters<typeof idParam>[0]) => idParam(c, 'id', 'That application')

/** Under /api/applications: an application's notes and timeline. */
export const noteRoutes = new Hono<AppEnv>()
  .post('/:id/notes', async (c) => {
    const id = applicationId(c)
    return c.json(await createNote(c.var.ctx, id, await readBody(c, CreateNoteRequest)), 201)
  })
  .get('/:id/activity', async (c) => c.json(await getActivity(c.var.ctx, applicationId(c))))

/** Under /api/notifications: the current user's own notifications. */
export const notificationRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await listNotifications(c.var.ctx)))
  .post('/read', async (c) => {
    const { ids } = await readBody(c, MarkNotificationsReadRequest)
    return c.json(await markNotificationsRead(c.var.ctx, ids))
  })
