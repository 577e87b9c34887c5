import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { ChangeEvent } from '@contract/events.ts'
import type { AppEnv } from '../http/env.ts'
import { jobPermissions } from '../services/access.ts'
import type { ServiceContext } from '../services/context.ts'
import { canSeeScorecardEvent } from '../services/reviews.ts'
import type { StoredChangeEvent } from '../store/store.ts'

const BATCH = 200
const HEARTBEAT_MS = 15_000

/**
 * Whether the user may learn of this change (an interviewer: only of theirs, and of being
 * taken off one).
 */
async function canSee(ctx: ServiceContext, event: StoredChangeEvent) {
  const { store, user } = ctx
  if (!event.jobId) return true
  // A submission tells of feedback: only to those the blind rule lets see it.
  if (event.kind === 'scorecard.submitted') return canSeeScorecardEvent(ctx, event)
  if (event.alsoTo.includes(user.id)) return true
  const permissions = await jobPermissions(store, user, event.jobId)
  if (permissions.viewAll) return true
  // The plan is the opening's: whoever sees the opening.
  if (event.kind === 'plan.changed') return permissions.view
  // Application changes and new notes ('note.created'): whoever may view the application.
  if (!permissions.view || !event.applicationId) return false
  return (await store.listAssignedApplicationIds(user.id, event.jobId)).includes(
    event.applicationId,
  )
}

/** What the stream says of an event: named field by field, so what the store keeps stays. */
const publicEvent = (event: StoredChangeEvent): ChangeEvent => ({
  id: event.id,
  kind: event.kind,
  jobId: event.jobId,
  applicationId: event.applicationId,
  stageIds: event.stageIds,
  actor: event.actor,
  origin: event.origin,
  at: event.at,
})

/**
 * GET /api/events: change events as Server-Sent Events. A reconnect with Last-Event-ID
 * resumes after that id, so nothing committed meanwhile is missed.
 */
export const eventRoutes = (closing?: AbortSignal) =>
  new Hono<AppEnv>().get('/', (c) => {
    const ctx = c.var.ctx
    const lastId = Number.parseInt(c.req.header('last-event-id') ?? '', 10)
    return streamSSE(c, async (stream) => {
      let cursor =
        Number.isSafeInteger(lastId) && lastId >= 0 ? lastId : await ctx.store.latestEventId()
      // `dirty` catches an event committed while the loop was reading, before it waits.
      let dirty = false
      let wake = () => {}
      const unsubscribe = ctx.store.onEvents(() => {
        dirty = true
        wake()
      })
      const end = () => {
        unsubscribe()
        wake()
        if (!stream.aborted) stream.abort()
      }
      stream.onAbort(end)
      closing?.addEventListener('abort', end)
      // Tells the client where it stands, so its first reconnect resumes from here.
      await stream.writeSSE({ id: String(cursor), event: 'ready', data: '{}' })
      while (!stream.aborted && !closing?.aborted) {
        dirty = false
        const events = await ctx.store.listEventsAfter(cursor, BATCH)
        for (const event of events) {
          cursor = event.id
          if (await canSee(ctx, event)) {
            await stream.writeSSE({
              id: String(event.id),
              event: 'change',
              data: JSON.stringify(publicEvent(event)),
            })
          }
        }
        if (events.length === BATCH || dirty) continue
        const woken = new Promise<boolean>((resolve) => (wake = () => resolve(false)))
        const idle = stream.sleep(HEARTBEAT_MS).then(() => true)
        if ((await Promise.race([woken, idle])) && !stream.aborted) {
          await stream.write(': keep-alive\n\n')
        }
      }
      closing?.removeEventListener('abort', end)
      unsubscribe()
    })
  })
