import * as z from 'zod/mini'
import { HistoryKind, RejectionReason } from './applications.ts'
import { Actor, Id, text, Timestamp } from './common.ts'
import { Decision, Recommendation } from './reviews.ts'

/**
 * A note on an application, written in a safe subset of Markdown (rendered as text: no HTML
 * ever passes through). `@handle` mentions a team member (rules/mentions.ts).
 */
export const Note = z.object({
  id: Id,
  applicationId: Id,
  author: Actor,
  body: z.string(),
  /** The team members the body mentions who may see the application (and were notified). */
  mentions: z.array(Actor),
  createdAt: Timestamp,
})
export type Note = z.infer<typeof Note>

/** The longest note, in characters (UTF-16 code units, as the browser counts them). */
export const NOTE_MAX_LENGTH = 5000

export const CreateNoteRequest = z.object({ body: text(NOTE_MAX_LENGTH, 'Note') })
export type CreateNoteRequest = z.input<typeof CreateNoteRequest>

/** Something a user was told about: for now, being mentioned in a note. */
export const Notification = z.object({
  id: Id,
  kind: z.literal('mention'),
  noteId: Id,
  applicationId: Id,
  jobId: Id,
  candidateName: z.string(),
  actor: Actor,
  /** The note's first characters, as plain text. */
  excerpt: z.string(),
  at: Timestamp,
  readAt: z.nullable(Timestamp),
})
export type Notification = z.infer<typeof Notification>

export const NotificationList = z.object({
  /** Newest first (at most 100). */
  items: z.array(Notification),
  unread: z.int(),
})
export type NotificationList = z.infer<typeof NotificationList>

/** Marks the given notifications (all of the user's when `ids` is absent) as read. */
export const MarkNotificationsReadRequest = z.object({
  ids: z.optional(z.array(Id).check(z.maxLength(100, 'At most 100 at a time'))),
})
export type MarkNotificationsReadRequest = z.input<typeof MarkNotificationsReadRequest>

const ActivityBase = { id: Id, applicationId: Id, actor: z.nullable(Actor), at: Timestamp }

/** One line of an application's timeline. */
export const ActivityItem = z.discriminatedUnion('kind', [
  /** A change of stage or status (the stage history). */
  z.object({
    ...ActivityBase,
    kind: z.literal('stage'),
    change: HistoryKind,
    fromStageId: z.nullable(Id),
    toStageId: Id,
  }),
  z.object({ ...ActivityBase, kind: z.literal('note'), note: Note }),
  /** A scorecard submitted (or amended); hidden from a blinded interviewer. */
  z.object({
    ...ActivityBase,
    kind: z.literal('scorecard'),
    scorecardId: Id,
    stageId: Id,
    recommendation: Recommendation,
    amended: z.boolean(),
  }),
  z.object({
    ...ActivityBase,
    kind: z.literal('decision'),
    decision: Decision,
    fromStageId: Id,
    toStageId: z.nullable(Id),
    reason: z.nullable(RejectionReason),
    note: z.nullable(z.string()),
  }),
])
export type ActivityItem = z.infer<typeof ActivityItem>

export const Activity = z.object({
  /** Newest first. */
  items: z.array(ActivityItem),
})
export type Activity = z.infer<typeof Activity>
