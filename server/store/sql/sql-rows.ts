import type { Application, HistoryKind, StageHistoryEntry } from '@contract/applications.ts'
import type { BoardCard } from '@contract/board.ts'
import type { ApplicationStatus, RejectionReason, Source } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { Actor, User, UserRole } from '@contract/common.ts'
import type { ChangeKind } from '@contract/events.ts'
import type { Job, Requirement, Stage } from '@contract/jobs.ts'
import type { Note, Notification } from '@contract/notes.ts'
import type { NotificationRow, SessionRow, StoredChangeEvent } from '../store.ts'

// How rows come back from SQL and turn into the contract's plain objects. Timestamps arrive as
// Dates (both drivers parse timestamptz) and leave as ISO strings; dates are formatted in SQL,
// since parsing a `date` into a Date would shift it by the time zone.

type Timestamp = Date | string

const iso = (value: Timestamp) => new Date(value).toISOString()

/** Application columns of `applications a`. */
export const APPLICATION_COLUMNS = `a.id, a.job_id, a.candidate_id, a.stage_id, a.rank, a.status,
  a.rejection_reason, a.rejection_note, a.source, to_char(a.applied_at, 'YYYY-MM-DD') AS applied_at,
  a.stage_entered_at, a.version, a.created_at, a.updated_at`

/** Candidate columns of `candidates c`, prefixed so they can share a row with an application. */
export const CANDIDATE_COLUMNS = `c.id AS c_id, c.name AS c_name, c.email AS c_email,
  c.phone AS c_phone, c.location AS c_location, c.github_url AS c_github_url,
  c.linkedin_url AS c_linkedin_url, c.website_url AS c_website_url,
  c.current_title AS c_current_title, c.current_company AS c_current_company,
  c.backend_years AS c_backend_years, c.go_years AS c_go_years, c.skills AS c_skills,
  c.resume_text AS c_resume_text, c.tags AS c_tags, c.version AS c_version,
  c.created_at AS c_created_at, c.updated_at AS c_updated_at`

/** What a board card shows, of `applications a` and `candidates c` (no resume, no contact). */
export const BOARD_CARD_COLUMNS = `a.id, a.candidate_id, c.name, c.current_title,
  c.current_company, c.backend_years, c.go_years, c.skills, a.source, a.stage_id, a.rank,
  a.status, a.rejection_reason, a.rejection_note, a.stage_entered_at, a.version`

/** Jobs (`jobs j`) with their stages in pipeline order; add WHERE and ORDER BY. */
export const JOB_QUERY = `SELECT j.id, j.title, j.team, j.location, j.employment_type,
  j.description, j.requirements,
  (SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'kind', s.kind)
     ORDER BY s.position) FROM stages s WHERE s.job_id = j.id) AS stages
  FROM jobs j`

/** Columns of `stage_history h`. */
export const HISTORY_COLUMNS = `h.id, h.application_id, h.kind, h.from_stage_id, h.to_stage_id,
  h.actor_id, h.actor_name, h.at`

export const EVENT_COLUMNS =
  'id, kind, job_id, application_id, stage_ids, also_to, actor_id, actor_name, origin, at'
export const SESSION_COLUMNS = 'token_hash, user_id, expires_at, created_at'

export type ApplicationRow = {
  id: string
  job_id: string
  candidate_id: string
  stage_id: string
  rank: string
  status: ApplicationStatus
  rejection_reason: RejectionReason | null
  rejection_note: string | null
  source: Source
  applied_at: string
  stage_entered_at: Timestamp
  version: number
  created_at: Timestamp
  updated_at: Timestamp
}

export type CandidateRow = {
  c_id: string
  c_name: string
  c_email: string
  c_phone: string | null
  c_location: string | null
  c_github_url: string | null
  c_linkedin_url: string | null
  c_website_url: string | null
  c_current_title: string | null
  c_current_company: string | null
  c_backend_years: number
  c_go_years: number
  c_skills: string[]
  c_resume_text: string
  c_tags: string[]
  c_version: number
  c_created_at: Timestamp
  c_updated_at: Timestamp
}

export type BoardCardRow = Pick<
  ApplicationRow,
  | 'id'
  | 'candidate_id'
  | 'source'
  | 'stage_id'
  | 'rank'
  | 'status'
  | 'rejection_reason'
  | 'rejection_note'
  | 'stage_entered_at'
  | 'version'
> & {
  name: string
  current_title: string | null
  current_company: string | null
  backend_years: number
  go_years: number
  skills: string[]
}

export type JobRow = {
  id: string
  title: string
  team: string
  location: string
  employment_type: string
  description: string
  requirements: Requirement[]
  stages: Stage[] | null
}

export type HistoryRow = {
  id: string
  application_id: string
  kind: HistoryKind
  from_stage_id: string | null
  to_stage_id: string
  actor_id: string
  actor_name: string
  at: Timestamp
}

export type UserRow = { id: string; name: string; email: string; role: UserRole }

export type EventRow = {
  /** bigint: node-postgres gives a string, PGlite a number. */
  id: string | number
  kind: ChangeKind
  job_id: string | null
  application_id: string | null
  stage_ids: string[]
  also_to: string[]
  actor_id: string | null
  actor_name: string | null
  origin: string | null
  at: Timestamp
}

export type SessionDbRow = {
  token_hash: string
  user_id: string
  expires_at: Timestamp
  created_at: Timestamp
}

export const toApplication = (row: ApplicationRow): Application => ({
  id: row.id,
  jobId: row.job_id,
  candidateId: row.candidate_id,
  stageId: row.stage_id,
  rank: row.rank,
  status: row.status,
  rejection: row.rejection_reason
    ? { reason: row.rejection_reason, note: row.rejection_note }
    : null,
  source: row.source,
  appliedAt: row.applied_at,
  stageEnteredAt: iso(row.stage_entered_at),
  version: row.version,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
})

export const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.c_id,
  name: row.c_name,
  email: row.c_email,
  phone: row.c_phone,
  location: row.c_location,
  links: { github: row.c_github_url, linkedin: row.c_linkedin_url, website: row.c_website_url },
  currentTitle: row.c_current_title,
  currentCompany: row.c_current_company,
  backendYears: row.c_backend_years,
  goYears: row.c_go_years,
  skills: row.c_skills,
  resumeText: row.c_resume_text,
  tags: row.c_tags,
  version: row.c_version,
  createdAt: iso(row.c_created_at),
  updatedAt: iso(row.c_updated_at),
})

export const toBoardCard = (row: BoardCardRow): BoardCard => ({
  id: row.id,
  candidateId: row.candidate_id,
  name: row.name,
  currentTitle: row.current_title,
  currentCompany: row.current_company,
  backendYears: row.backend_years,
  goYears: row.go_years,
  skills: row.skills,
  source: row.source,
  stageId: row.stage_id,
  rank: row.rank,
  status: row.status,
  rejection: row.rejection_reason
    ? { reason: row.rejection_reason, note: row.rejection_note }
    : null,
  stageEnteredAt: iso(row.stage_entered_at),
  version: row.version,
  // Placeholder until scorecards land (issue 5).
  reviews: null,
})

export const toJob = (row: JobRow): Job => ({
  id: row.id,
  title: row.title,
  team: row.team,
  location: row.location,
  employmentType: row.employment_type,
  description: row.description,
  requirements: row.requirements,
  stages: row.stages ?? [],
})

export const toHistory = (row: HistoryRow): StageHistoryEntry => ({
  id: row.id,
  applicationId: row.application_id,
  kind: row.kind,
  fromStageId: row.from_stage_id,
  toStageId: row.to_stage_id,
  actor: { id: row.actor_id, name: row.actor_name },
  at: iso(row.at),
})

export const toUser = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
})

export const toEvent = (row: EventRow): StoredChangeEvent => ({
  id: Number(row.id),
  kind: row.kind,
  jobId: row.job_id,
  applicationId: row.application_id,
  stageIds: row.stage_ids,
  alsoTo: row.also_to,
  // A check constraint keeps actor_id and actor_name null together.
  actor: row.actor_id === null ? null : { id: row.actor_id, name: row.actor_name ?? '' },
  origin: row.origin,
  at: iso(row.at),
})

export const toSession = (row: SessionDbRow): SessionRow => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  expiresAt: iso(row.expires_at),
  createdAt: iso(row.created_at),
})

/** $1…$18 of the candidate statements, in column order. */
export const candidateValues = (c: Candidate) => [
  c.id,
  c.name,
  c.email,
  c.phone,
  c.location,
  c.links.github,
  c.links.linkedin,
  c.links.website,
  c.currentTitle,
  c.currentCompany,
  c.backendYears,
  c.goYears,
  c.skills,
  c.resumeText,
  c.tags,
  c.version,
  c.createdAt,
  c.updatedAt,
]

/** $1…$14 of the application statements, in column order. */
export const applicationValues = (a: Application) => [
  a.id,
  a.jobId,
  a.candidateId,
  a.stageId,
  a.rank,
  a.status,
  a.rejection?.reason ?? null,
  a.rejection?.note ?? null,
  a.source,
  a.appliedAt,
  a.stageEnteredAt,
  a.version,
  a.createdAt,
  a.updatedAt,
]

/** Columns of `notes n`. */
export const NOTE_COLUMNS = `n.id, n.application_id, n.author_id, n.author_name, n.body, n.mentions,
  n.created_at`

export type NoteRow = {
  id: string
  application_id: string
  author_id: string
  author_name: string
  body: string
  mentions: Actor[]
  created_at: Timestamp
}

export const toNote = (row: NoteRow): Note => ({
  id: row.id,
  applicationId: row.application_id,
  author: { id: row.author_id, name: row.author_name },
  body: row.body,
  mentions: row.mentions,
  createdAt: iso(row.created_at),
})

/** Columns of `notifications t` (without the user: a list is always one user's). */
export const NOTIFICATION_COLUMNS = `t.id, t.kind, t.note_id, t.application_id, t.job_id,
  t.candidate_name, t.actor_id, t.actor_name, t.excerpt, t.at, t.read_at`

export type NotificationDbRow = {
  id: string
  kind: Notification['kind']
  note_id: string
  application_id: string
  job_id: string
  candidate_name: string
  actor_id: string
  actor_name: string
  excerpt: string
  at: Timestamp
  read_at: Timestamp | null
}

export const toNotification = (row: NotificationDbRow): Notification => ({
  id: row.id,
  kind: row.kind,
  noteId: row.note_id,
  applicationId: row.application_id,
  jobId: row.job_id,
  candidateName: row.candidate_name,
  actor: { id: row.actor_id, name: row.actor_name },
  excerpt: row.excerpt,
  at: iso(row.at),
  readAt: row.read_at === null ? null : iso(row.read_at),
})

/** Notes as json_to_recordset rows (bulk-load.ts and insertNote). */
export const noteRecord = (note: Note) => ({
  id: note.id,
  application_id: note.applicationId,
  author_id: note.author.id,
  author_name: note.author.name,
  body: note.body,
  mentions: note.mentions,
  created_at: note.createdAt,
})

export const NOTE_RECORD = `id text, application_id text, author_id text, author_name text,
  body text, mentions jsonb, created_at timestamptz`

/** Notifications as json_to_recordset rows (bulk-load.ts and insertNotifications). */
export const notificationRecord = (row: NotificationRow) => ({
  id: row.id,
  user_id: row.userId,
  kind: row.kind,
  note_id: row.noteId,
  application_id: row.applicationId,
  job_id: row.jobId,
  candidate_name: row.candidateName,
  actor_id: row.actor.id,
  actor_name: row.actor.name,
  excerpt: row.excerpt,
  at: row.at,
  read_at: row.readAt,
})

export const NOTIFICATION_RECORD = `id text, user_id text, kind text, note_id text,
  application_id text, job_id text, candidate_name text, actor_id text, actor_name text,
  excerpt text, at timestamptz, read_at timestamptz`
