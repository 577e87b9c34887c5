import type { Application } from '@contract/applications.ts'
import type { Actor } from '@contract/common.ts'
import type { Note } from '@contract/notes.ts'
import { findMentionHandles, mentionHandle } from '@contract/rules/mentions.ts'
import { permissionsFor } from '@contract/rules/permissions.ts'
import { mentionNotifications } from '../services/notes.ts'
import type { NotificationRow } from '../store/store.ts'
import type { DemoData } from './demo-data.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** A demo note: on the first open application of a stage (one `interviewedBy` interviews). */
type Script = {
  stageId: string
  interviewedBy?: string
  /** Hours after the application entered its stage (capped so that none lies ahead of now). */
  hours: number
  authorId: string
  body: string
  /** Who of the mentioned has read their notification, an hour after it came. */
  readBy?: string[]
}

const SCRIPTS: Script[] = [
  {
    stageId: 'sge-go-technical',
    interviewedBy: 'user-interviewer',
    hours: 2,
    authorId: 'user-recruiter',
    body:
      'Heads-up @priya.raman: they rewrote a **worker pool** at their last job. Worth asking ' +
      'how they handled back-pressure and shutdown.',
  },
  {
    stageId: 'sge-go-technical',
    interviewedBy: 'user-interviewer',
    hours: 5,
    authorId: 'user-interviewer',
    body: 'Thanks @maya.okonjo, will do. I will also ask about `context` cancellation.',
    readBy: ['user-recruiter'],
  },
  {
    stageId: 'sge-system-design',
    hours: 3,
    authorId: 'user-hiring-manager',
    body: [
      'Strong take-home. @maya.okonjo they have another offer: can we hold the team interview ' +
        'this week?',
      '- mornings CET suit them\n- video call preferred',
    ].join('\n\n'),
  },
  {
    stageId: 'sge-recruiter-screen',
    hours: 1,
    authorId: 'user-admin',
    body: 'Referral from the Berlin Go meetup. @tomas.ferreira, for your radar.',
    readBy: ['user-hiring-manager'],
  },
  {
    stageId: 'pd-portfolio-review',
    hours: 4,
    authorId: 'user-recruiter',
    body: 'The portfolio link in the CV is broken; I asked for a new one.',
  },
]

/**
 * The demo's notes and the notifications their mentions sent: a short conversation on a few
 * applications, mentioning only people who may see them (the API's rule), some read. Dates
 * follow the applications' (and never pass `now`), so the same seed gives the same notes.
 */
export function demoNotes(
  data: Pick<DemoData, 'users' | 'applications' | 'candidates' | 'jobRoles' | 'interviewers'>,
  now: number,
): Pick<DemoData, 'notes' | 'notifications'> {
  const notes: Note[] = []
  const notifications: NotificationRow[] = []
  const actor = (userId: string): Actor | undefined => {
    const user = data.users.find((row) => row.id === userId)
    return user && { id: user.id, name: user.name }
  }
  const mayView = (userId: string, application: Application) => {
    const user = data.users.find((row) => row.id === userId)
    if (!user) return false
    const jobRole = data.jobRoles.find(
      (row) => row.userId === userId && row.jobId === application.jobId,
    )?.role
    const assigned = data.interviewers.some(
      (row) => row.userId === userId && row.applicationId === application.id,
    )
    return permissionsFor(user.role, jobRole, assigned).view
  }
  let ntf = 0
  const newId = () => `ntf-${String((ntf += 1)).padStart(4, '0')}`

  for (const script of SCRIPTS) {
    const application = data.applications.find(
      (row) =>
        row.stageId === script.stageId &&
        row.status === 'active' &&
        (!script.interviewedBy ||
          data.interviewers.some(
            (i) => i.applicationId === row.id && i.userId === script.interviewedBy,
          )),
    )
    const author = actor(script.authorId)
    if (!application || !author) continue
    // Never after now: an application that entered its stage minutes ago gets older notes.
    const start = Math.min(Date.parse(application.stageEnteredAt), now - 6 * HOUR)
    const at = start + script.hours * HOUR
    const mentions = findMentionHandles(script.body).flatMap((handle) => {
      const user = data.users.find((row) => mentionHandle(row) === handle)
      return user && user.id !== author.id && mayView(user.id, application)
        ? [{ id: user.id, name: user.name }]
        : []
    })
    const note: Note = {
      id: `note-${String(notes.length + 1).padStart(4, '0')}`,
      applicationId: application.id,
      author,
      body: script.body,
      mentions,
      createdAt: new Date(at).toISOString(),
    }
    notes.push(note)
    const candidateName =
      data.candidates.find((row) => row.id === application.candidateId)?.name ?? ''
    for (const row of mentionNotifications(note, application, candidateName, newId)) {
      const read = script.readBy?.includes(row.userId)
      notifications.push(read ? { ...row, readAt: new Date(at + HOUR).toISOString() } : row)
    }
  }
  return { notes, notifications }
}
