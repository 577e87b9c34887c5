import * as z from 'zod/mini'
import { Actor, Id, Timestamp } from './common.ts'

export const ChangeKind = z.enum([
  'application.created',
  'application.changed',
  /** A scorecard was submitted or amended (sent only to those the blind rule lets see it). */
  'scorecard.submitted',
  /** A note was added (mentioned users refetch their notifications). */
  'note.created',
  'plan.changed',
  'data.reset',
])
export type ChangeKind = z.infer<typeof ChangeKind>

/**
 * A change to the data, streamed to every client that may see it (GET /api/events, as
 * Server-Sent Events whose ids increase). Clients refetch what it names.
 */
export const ChangeEvent = z.object({
  id: z.int(),
  kind: ChangeKind,
  jobId: z.nullable(Id),
  applicationId: z.nullable(Id),
  actor: z.nullable(Actor),
  /** The client that made the change (its own requests' header), so it can skip its echo. */
  origin: z.nullable(z.string()),
  at: Timestamp,
})
export type ChangeEvent = z.infer<typeof ChangeEvent>

/**
 * Mock mode has no server to stream events: the demo's tabs tell each other through a
 * BroadcastChannel, and the mock then dispatches this on `window` for the SPA to refetch.
 */
export const DEMO_CHANGE_EVENT = 'hirelane:demo-change'
