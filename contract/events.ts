import * as z from 'zod/mini'
import { CHANGE_KINDS } from './change-kinds.ts'
import { Actor, Id, Timestamp } from './common.ts'

export const ChangeKind = z.enum(CHANGE_KINDS)
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
  /** The board columns it touched: the application's stage before and after (none if unknown). */
  stageIds: z.array(Id),
  actor: z.nullable(Actor),
  /** The client that made the change (its own requests' header), so it can skip its echo. */
  origin: z.nullable(z.string()),
  at: Timestamp,
})
export type ChangeEvent = z.infer<typeof ChangeEvent>
