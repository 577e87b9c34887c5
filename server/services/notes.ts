import type { Application } from '@contract/applications.ts'
import type { Actor, User } from '@contract/common.ts'
import type { Note, NotificationList } from '@contract/notes.ts'
import { findMentionHandles, mentionHandle } from '@contract/rules/mentions.ts'
import { notFound } from '../http/problem.ts'
import type { NotificationRow, StoreReader } from '../store/store.ts'
import { applicationPermissions, demand } from './access.ts'
import type { ServiceContext } from './context.ts'
import { recordChange } from './events.ts'

const WHAT = 'That application'
/** GET /api/notifications lists at most this many (the unread count covers all). */
export const NOTIFICATION_LIMIT = 100
/** A notification's excerpt: about a line of the note. */
const EXCERPT_LENGTH = 140

/**
 * The note's first characters as plain text, for a notification: link targets, Markdown's
 * marks and line breaks dropped (the excerpt is shown as text, never rendered).
 */
export function noteExcerpt(body: string): string {
  const plain = body
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+/gm, '')
    .replace(/[*`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  // By code point, so an emoji is never cut in half.
  const chars = [...plain]
  if (chars.length <= EXCERPT_LENGTH) return plain
  return `${chars
    .slice(0, EXCERPT_LENGTH - 1)
    .join('')
    .trimEnd()}…`
}

/** One notification per mentioned user: what a note written on `application` tells them. */
export function mentionNotifications(
  note: Note,
  application: Pick<Application, 'id' | 'jobId'>,
  candidateName: string,
  newId: (prefix: string) => string,
): NotificationRow[] {
  return note.mentions.map((user) => ({
    id: newId('ntf'),
    userId: user.id,
    kind: 'mention',
    noteId: note.id,
    applicationId: application.id,
    jobId: application.jobId,
    candidateName,
    actor: note.author,
    excerpt: noteExcerpt(note.body),
    at: note.createdAt,
    readAt: null,
  }))
}

const actorOf = (user: User): Actor => ({ id: user.id, name: user.name })

/**
 * The users `body` mentions who may view `application`, in order of first mention. A handle
 * two users share (same local part, other domains) names both; unknown handles name nobody.
 */
async function mentionedViewers(tx: StoreReader, body: string, application: Application) {
  const handles = findMentionHandles(body)
  if (!handles.length) return []
  const byHandle = new Map<string, User[]>()
  for (const user of await tx.listUsers()) {
    const handle = mentionHandle(user)
    byHandle.set(handle, [...(byHandle.get(handle) ?? []), user])
  }
  const viewers: User[] = []
  for (const user of handles.flatMap((handle) => byHandle.get(handle) ?? [])) {
    // One after another: inside a transaction, reads share one connection.
    if ((await applicationPermissions(tx, user, application)).view) viewers.push(user)
  }
  return viewers
}

/**
 * Adds a note to an application (anyone who may view it may), telling each team member it
 * mentions who may view it too; the author is never told of their own mention. The note, the
 * notifications and the change event commit together or not at all.
 */
export function createNote(
  ctx: ServiceContext,
  applicationId: string,
  input: { body: string },
): Promise<Note> {
  return ctx.store.transaction(async (tx) => {
    const application = await tx.getApplication(applicationId)
    if (!application) throw notFound(WHAT)
    demand(await applicationPermissions(tx, ctx.user, application), 'view', WHAT)
    const mentioned = await mentionedViewers(tx, input.body, application)
    const note: Note = {
      id: ctx.newId('note'),
      applicationId: application.id,
      author: ctx.actor,
      body: input.body,
      mentions: mentioned.filter((user) => user.id !== ctx.user.id).map(actorOf),
      createdAt: ctx.now().toISOString(),
    }
    await tx.insertNote(note)
    if (note.mentions.length) {
      const candidate = await tx.getCandidate(application.candidateId)
      const rows = mentionNotifications(note, application, candidate?.name ?? '', ctx.newId)
      await tx.insertNotifications(rows)
    }
    await recordChange(ctx, tx, application, 'note.created')
    return note
  })
}

/** The current user's notifications, newest first, with their unread count. */
export const listNotifications = (ctx: ServiceContext): Promise<NotificationList> =>
  ctx.store.listNotifications(ctx.user.id, NOTIFICATION_LIMIT)

/**
 * Marks the current user's notifications read: those of `ids`, or all when absent. Ids that
 * are unknown or someone else's are ignored alike (nothing to mark, nothing to give away), so
 * marking is idempotent. Answers with the list as it now is.
 */
export function markNotificationsRead(
  ctx: ServiceContext,
  ids: readonly string[] | undefined,
): Promise<NotificationList> {
  return ctx.store.transaction(async (tx) => {
    await tx.markNotificationsRead(ctx.user.id, ids ?? null, ctx.now().toISOString())
    return tx.listNotifications(ctx.user.id, NOTIFICATION_LIMIT)
  })
}
