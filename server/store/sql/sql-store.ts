import { randomUUID } from 'node:crypto'
import type { Actor } from '@contract/common.ts'
import type { JobRole } from '@contract/rules/permissions.ts'
import type { DemoData } from '../../seed/demo-data.ts'
import type { OwedReview, Recommendation } from '@contract/reviews.ts'
import type {
  CardFilter,
  ReviewFacts,
  StageCount,
  Store,
  StoreReader,
  StoreWriter,
} from '../store.ts'
import { DATA_TABLES, insertData, insertRows, upsertUsers } from './bulk-load.ts'
import {
  DECISION_COLUMNS,
  DECISION_RECORD,
  decisionRecord,
  PLAN_COLUMNS,
  REVISION_RECORD,
  revisionRecords,
  SCORECARD_COLUMNS,
  SCORECARD_RECORD,
  scorecardRecord,
  toDecision,
  toPlan,
  toScorecard,
  type DecisionRow,
  type PlanRow,
  type ScorecardRow,
} from './review-rows.ts'
import { sqlState, type Queryable, type Row, type SqlClient } from './sql-client.ts'
import {
  APPLICATION_COLUMNS,
  applicationValues,
  BOARD_CARD_COLUMNS,
  CANDIDATE_COLUMNS,
  candidateValues,
  EVENT_COLUMNS,
  HISTORY_COLUMNS,
  JOB_QUERY,
  NOTE_COLUMNS,
  NOTE_RECORD,
  noteRecord,
  NOTIFICATION_COLUMNS,
  NOTIFICATION_RECORD,
  notificationRecord,
  SESSION_COLUMNS,
  toApplication,
  toBoardCard,
  toCandidate,
  toEvent,
  toHistory,
  toJob,
  toNote,
  toNotification,
  toSession,
  toUser,
  type ApplicationRow,
  type BoardCardRow,
  type CandidateRow,
  type EventRow,
  type HistoryRow,
  type JobRow,
  type NoteRow,
  type NotificationDbRow,
  type SessionDbRow,
  type UserRow,
} from './sql-rows.ts'

/** NOTIFY channel: wakes every instance's event streams when events commit. */
const EVENTS_CHANNEL = 'hirelane_events'
/**
 * Held from numbering an event until commit, so events commit in id order: whoever has seen
 * id N never later finds a smaller id appear.
 */
const EVENT_LOCK = 7_242_002
/** Attempts of one sign-in key are counted one at a time (a two-key lock: its own space). */
const SIGN_IN_LOCK = 7_242
/** A transaction's first run plus up to 3 retries. */
const MAX_RUNS = 4

export type SqlStore = Store & {
  /** Fills an empty database: users with their password hashes (by user id), then the rest. */
  /**
   * Fills an empty database; false when it was not empty (another instance starting at the
   * same time seeded it first).
   */
  seed(data: DemoData, passwordHashes: ReadonlyMap<string, string>): Promise<boolean>
  /** No users and no jobs yet: a new database the server should seed. */
  isEmpty(): Promise<boolean>
}

/** Held while seeding, so two instances never both fill an empty database. */
const SEED_LOCK = 7_242_003

async function isEmpty(q: Queryable) {
  const [row] = await q.query<{ empty: boolean }>(
    'SELECT NOT EXISTS (SELECT FROM users) AND NOT EXISTS (SELECT FROM jobs) AS empty',
  )
  return row?.empty ?? true
}

/** `$1`, `$2`, … for a statement put together piece by piece, with their values. */
function parameters() {
  const values: unknown[] = []
  return { values, add: (value: unknown) => `$${values.push(value)}` }
}

/** A LIKE pattern that finds `text` anywhere, taking its own %, _ and \ literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`

/**
 * The conditions of a CardFilter over `applications a` (a search also needs `candidates c`).
 * A search has no index to use (PGlite lacks pg_trgm): it filters the job's rows one by one,
 * over the folded search_text column (007_search_fold.sql).
 */
function filterConditions(filter: CardFilter, add: (value: unknown) => string) {
  const conditions: string[] = []
  if (filter.assignedTo) {
    conditions.push(`EXISTS (SELECT FROM interviewers i
      WHERE i.application_id = a.id AND i.user_id = ${add(filter.assignedTo)})`)
  }
  if (filter.q) conditions.push(`c.search_text LIKE search_fold(${add(containing(filter.q))})`)
  return conditions
}

/**
 * The scorecards user $1 owes: their assignments on active applications that have reached the
 * assigned stage, without a submitted scorecard. One text for the list and its count, so that
 * they always agree.
 */
const OWED_REVIEWS_FROM = `FROM interviewers i
  JOIN applications a ON a.id = i.application_id
  JOIN stages s ON s.id = i.stage_id
  JOIN stages here ON here.id = a.stage_id
  LEFT JOIN scorecards sc ON sc.application_id = i.application_id
    AND sc.stage_id = i.stage_id AND sc.author_id = i.user_id`
const OWED_REVIEWS_WHERE = `WHERE i.user_id = $1 AND a.status = 'active'
  AND s.position <= here.position AND sc.submitted IS NULL`

/** Reads; inside a transaction (`lock`), applications and candidates are read FOR UPDATE. */
function reader(q: Queryable, lock: boolean): StoreReader {
  // Two writers that read the same row: the second waits for the first to commit and then
  // reads its version, so a stale expectedVersion is caught instead of overwriting.
  const forUpdate = lock ? ' FOR UPDATE' : ''
  const one = async <T extends Row>(sql: string, params: readonly unknown[]) =>
    (await q.query<T>(sql, params))[0]

  return {
    listJobs: async () => (await q.query<JobRow>(`${JOB_QUERY} ORDER BY j.position`)).map(toJob),
    getJob: async (jobId) => {
      const row = await one<JobRow>(`${JOB_QUERY} WHERE j.id = $1`, [jobId])
      return row && toJob(row)
    },
    countApplications: async (jobId, filter = {}) => {
      const { values, add } = parameters()
      const where = [`a.job_id = ${add(jobId)}`, ...filterConditions(filter, add)]
      // Unfiltered, an index-only scan of applications_stage_status_idx answers.
      const join = filter.q ? 'JOIN candidates c ON c.id = a.candidate_id' : ''
      return q.query<StageCount>(
        `SELECT a.stage_id AS "stageId", a.status, count(*)::int AS count
         FROM applications a ${join} WHERE ${where.join(' AND ')}
         GROUP BY a.stage_id, a.status`,
        values,
      )
    },
    listStageCards: async (jobId, columns, { statuses, limit, ...filter }) => {
      const { values, add } = parameters()
      const where = [
        `a.job_id = ${add(jobId)}`,
        'a.stage_id = s.stage_id',
        `a.status = ANY(${add([...statuses])}::text[])`,
        // A row value compares rank, then id, like the index: the scan starts past `after`.
        // From the top, it starts past ('', ''), before every rank.
        `(a.rank, a.id) > (coalesce(s.after_rank, ''), coalesce(s.after_id, ''))`,
        ...filterConditions(filter, add),
      ]
      const page = `SELECT ${BOARD_CARD_COLUMNS}
        FROM applications a JOIN candidates c ON c.id = a.candidate_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.rank COLLATE "C", a.id COLLATE "C" LIMIT ${add(limit)}`
      // Each column's page as one JSON array: PGlite parses one JSON value far faster than
      // the same cards as typed columns (half the board's time, at 50 cards a column).
      const rows = await q.query<{ cards: BoardCardRow[] }>(
        `SELECT (SELECT coalesce(json_agg(p ORDER BY p.rank COLLATE "C", p.id COLLATE "C"), '[]')
           FROM (${page}) p) AS cards
         FROM unnest(${add(columns.map((c) => c.stageId))}::text[],
           ${add(columns.map((c) => c.after?.rank ?? null))}::text[],
           ${add(columns.map((c) => c.after?.id ?? null))}::text[])
           WITH ORDINALITY AS s(stage_id, after_rank, after_id, position)
         ORDER BY s.position`,
        values,
      )
      return rows.map((row) => row.cards.map(toBoardCard))
    },
    listApplications: async (jobId, statuses) => {
      const rows = await q.query<ApplicationRow & CandidateRow>(
        `SELECT ${APPLICATION_COLUMNS}, ${CANDIDATE_COLUMNS}
         FROM applications a
         JOIN stages s ON s.id = a.stage_id
         JOIN candidates c ON c.id = a.candidate_id
         WHERE a.job_id = $1 AND a.status = ANY($2::text[])
         ORDER BY s.position, a.rank COLLATE "C", a.id COLLATE "C"`,
        [jobId, [...statuses]],
      )
      return rows.map((row) => ({ application: toApplication(row), candidate: toCandidate(row) }))
    },
    getApplication: async (applicationId) => {
      const row = await one<ApplicationRow>(
        `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1${forUpdate}`,
        [applicationId],
      )
      return row && toApplication(row)
    },
    findApplicationByEmail: async (jobId, email) => {
      const row = await one<ApplicationRow>(
        `SELECT ${APPLICATION_COLUMNS} FROM applications a
         WHERE a.job_id = $1 AND a.candidate_email = $2`,
        [jobId, email],
      )
      return row && toApplication(row)
    },
    getCandidate: async (candidateId) => {
      const row = await one<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM candidates c WHERE c.id = $1${forUpdate}`,
        [candidateId],
      )
      return row && toCandidate(row)
    },
    listCandidateApplications: async (candidateId) =>
      (
        await q.query<ApplicationRow>(
          `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.candidate_id = $1
           ORDER BY a.created_at, a.id COLLATE "C"`,
          [candidateId],
        )
      ).map(toApplication),
    listHistory: async (applicationId) =>
      (
        await q.query<HistoryRow>(
          `SELECT ${HISTORY_COLUMNS} FROM stage_history h WHERE h.application_id = $1
           ORDER BY h.at, h.seq`,
          [applicationId],
        )
      ).map(toHistory),
    getUser: async (userId) => {
      const row = await one<UserRow>('SELECT id, name, email, role FROM users WHERE id = $1', [
        userId,
      ])
      return row && toUser(row)
    },
    listUsers: async () =>
      (
        await q.query<UserRow>(
          'SELECT id, name, email, role FROM users ORDER BY name COLLATE "C", id COLLATE "C"',
        )
      ).map(toUser),
    getCredentials: async (email) => {
      const row = await one<UserRow & { password_hash: string | null }>(
        'SELECT id, name, email, role, password_hash FROM users WHERE email = $1',
        [email],
      )
      return row && { ...toUser(row), passwordHash: row.password_hash }
    },
    listJobRoles: async (userId) =>
      q.query<{ jobId: string; role: JobRole }>(
        `SELECT r.job_id AS "jobId", r.role FROM job_roles r JOIN jobs j ON j.id = r.job_id
         WHERE r.user_id = $1 ORDER BY j.position`,
        [userId],
      ),
    listInterviewers: async (applicationId) =>
      q.query<Actor>(
        `SELECT u.id, u.name FROM users u
         WHERE u.id IN (SELECT i.user_id FROM interviewers i WHERE i.application_id = $1)
         ORDER BY u.name COLLATE "C", u.id COLLATE "C"`,
        [applicationId],
      ),
    listAssignedApplicationIds: async (userId, jobId) =>
      (
        await q.query<{ id: string }>(
          `SELECT a.id FROM applications a
           WHERE a.id IN (SELECT i.application_id FROM interviewers i WHERE i.user_id = $1)
             AND ($2::text IS NULL OR a.job_id = $2)
           ORDER BY a.created_at, a.id COLLATE "C"`,
          [userId, jobId ?? null],
        )
      ).map((row) => row.id),
    listAssignments: async (applicationId) =>
      (
        await q.query<{ stage_id: string; id: string; name: string; assigned_at: Date | string }>(
          `SELECT i.stage_id, u.id, u.name, i.assigned_at
           FROM interviewers i JOIN users u ON u.id = i.user_id JOIN stages s ON s.id = i.stage_id
           WHERE i.application_id = $1
           ORDER BY s.position, u.name COLLATE "C", u.id COLLATE "C"`,
          [applicationId],
        )
      ).map((row) => ({
        stageId: row.stage_id,
        interviewer: { id: row.id, name: row.name },
        assignedAt: new Date(row.assigned_at).toISOString(),
      })),
    getPlan: async (jobId) => {
      const row = await one<PlanRow>(
        `SELECT ${PLAN_COLUMNS} FROM interview_plans p WHERE p.job_id = $1${forUpdate}`,
        [jobId],
      )
      return row && toPlan(row)
    },
    listScorecards: async (applicationId) =>
      (
        await q.query<ScorecardRow>(
          `SELECT ${SCORECARD_COLUMNS} FROM scorecards sc WHERE sc.application_id = $1
           ORDER BY sc.seq`,
          [applicationId],
        )
      ).map(toScorecard),
    getScorecard: async (applicationId, stageId, authorId) => {
      const row = await one<ScorecardRow>(
        `SELECT ${SCORECARD_COLUMNS} FROM scorecards sc
         WHERE sc.application_id = $1 AND sc.stage_id = $2 AND sc.author_id = $3${forUpdate}`,
        [applicationId, stageId, authorId],
      )
      return row && toScorecard(row)
    },
    listDecisions: async (applicationId) =>
      (
        await q.query<DecisionRow>(
          `SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.application_id = $1
           ORDER BY d.at, d.seq`,
          [applicationId],
        )
      ).map(toDecision),
    listReviewFacts: async (applicationIds) => {
      if (!applicationIds.length) return []
      // One JSON value for the whole page (PGlite parses it far faster than typed rows), read
      // through the primary key of interviewers and the unique index of scorecards.
      const [row] = await q.query<{ facts: Facts }>(
        `SELECT json_build_object(
           'a', (SELECT coalesce(json_agg(json_build_array(i.application_id, i.stage_id,
                   i.user_id)), '[]')
                 FROM interviewers i WHERE i.application_id = ANY($1::text[])),
           's', (SELECT coalesce(json_agg(json_build_array(sc.application_id, sc.stage_id,
                   sc.author_id, sc.author_name, sc.recommendation, sc.submitted_at)
                   ORDER BY sc.seq), '[]')
                 FROM scorecards sc
                 WHERE sc.application_id = ANY($1::text[]) AND sc.recommendation IS NOT NULL),
           -- A handful of rows, joined in JavaScript: cheaper than per assignment here.
           'u', (SELECT json_object_agg(id, name) FROM users),
           'p', (SELECT json_object_agg(id, position) FROM stages)
         ) AS facts`,
        [[...applicationIds]],
      )
      return reviewFacts(applicationIds, row?.facts)
    },
    listOwedReviews: async (userId, limit) =>
      (
        await q.query<OwedReview & { drafted: boolean }>(
          `SELECT i.application_id AS "applicationId", a.job_id AS "jobId", j.title AS "jobTitle",
             c.name AS "candidateName", i.stage_id AS "stageId", s.name AS "stageName",
             i.assigned_at AS "assignedAt", sc.draft IS NOT NULL AS drafted
           ${OWED_REVIEWS_FROM}
           -- Foreign keys: every application has its job and candidate (no row is lost).
           JOIN jobs j ON j.id = a.job_id
           JOIN candidates c ON c.id = a.candidate_id
           ${OWED_REVIEWS_WHERE}
           ORDER BY i.assigned_at, i.application_id COLLATE "C", i.stage_id COLLATE "C"
           LIMIT $2`,
          [userId, limit],
        )
      ).map(({ drafted, ...row }) => ({
        ...row,
        assignedAt: new Date(row.assignedAt).toISOString(),
        status: drafted ? 'draft' : 'not_started',
      })),
    countOwedReviews: async (userId) =>
      (
        await one<{ total: number }>(
          `SELECT count(*)::int AS total ${OWED_REVIEWS_FROM} ${OWED_REVIEWS_WHERE}`,
          [userId],
        )
      )?.total ?? 0,
    listNotes: async (applicationId) =>
      (
        await q.query<NoteRow>(
          `SELECT ${NOTE_COLUMNS} FROM notes n WHERE n.application_id = $1
           ORDER BY n.created_at, n.seq`,
          [applicationId],
        )
      ).map(toNote),
    listNotifications: async (userId, limit) => {
      // Two reads of one snapshot inside a transaction; outside one, the count may be a
      // moment newer than the page (harmless: the next read agrees).
      const items = await q.query<NotificationDbRow>(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notifications t WHERE t.user_id = $1
         ORDER BY t.at DESC, t.seq DESC LIMIT $2`,
        [userId, limit],
      )
      const counted = await one<{ unread: number }>(
        `SELECT count(*)::int AS unread FROM notifications
         WHERE user_id = $1 AND read_at IS NULL`,
        [userId],
      )
      return { items: items.map(toNotification), unread: counted?.unread ?? 0 }
    },
    adjacentRank: async (stageId, from, direction, excludeId) => {
      // Row values compare rank, then id, as compareByRank does; the job narrows the index.
      const after = direction === 'after'
      const beyond = from ? `AND (a.rank, a.id) ${after ? '>' : '<'} ($3::text, $4::text)` : ''
      const order = after ? '' : ' DESC'
      const row = await one<{ rank: string }>(
        `SELECT a.rank FROM applications a
         WHERE a.job_id = (SELECT job_id FROM stages WHERE id = $1) AND a.stage_id = $1
           AND a.id <> $2 ${beyond}
         ORDER BY a.rank COLLATE "C"${order}, a.id COLLATE "C"${order} LIMIT 1`,
        from ? [stageId, excludeId, from.rank, from.id] : [stageId, excludeId],
      )
      return row?.rank ?? null
    },
  }
}

/** listReviewFacts' one JSON value: assignments, submissions, user names, stage positions. */
type Facts = {
  a: [applicationId: string, stageId: string, userId: string][]
  s: [
    applicationId: string,
    stageId: string,
    authorId: string,
    authorName: string,
    recommendation: Recommendation,
    submittedAt: string,
  ][]
  u: Record<string, string> | null
  p: Record<string, number> | null
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A page's facts per application, in the order asked, as the memory store orders them. */
function reviewFacts(applicationIds: readonly string[], read: Facts | undefined): ReviewFacts[] {
  const names = read?.u ?? {}
  const positions = read?.p ?? {}
  const assignments = (read?.a ?? []).map(([applicationId, stageId, id]) => ({
    applicationId,
    stageId,
    position: positions[stageId] ?? 0,
    interviewer: { id, name: names[id] ?? '' },
  }))
  assignments.sort(
    (a, b) =>
      a.position - b.position ||
      compareText(a.interviewer.name, b.interviewer.name) ||
      compareText(a.interviewer.id, b.interviewer.id),
  )
  const facts = new Map<string, ReviewFacts>()
  const of = (applicationId: string) => {
    let fact = facts.get(applicationId)
    if (!fact) {
      fact = { applicationId, assignments: [], submissions: [] }
      facts.set(applicationId, fact)
    }
    return fact
  }
  for (const { applicationId, stageId, interviewer } of assignments) {
    of(applicationId).assignments.push({ stageId, interviewer })
  }
  for (const [applicationId, stageId, id, name, recommendation, submittedAt] of read?.s ?? []) {
    of(applicationId).submissions.push({
      stageId,
      author: { id, name },
      submitted: { recommendation, submittedAt },
    })
  }
  return [...new Set(applicationIds)].flatMap((id) => facts.get(id) ?? [])
}

/** What a transaction did that matters once it commits. */
type TransactionState = { events: boolean }

function writer(q: Queryable, state: TransactionState): StoreWriter {
  return {
    ...reader(q, true),
    insertCandidate: async (candidate) => {
      await q.query(
        `INSERT INTO candidates (id, name, email, phone, location, github_url, linkedin_url,
           website_url, current_title, current_company, backend_years, go_years, skills,
           resume_text, tags, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        candidateValues(candidate),
      )
    },
    updateCandidate: async (candidate) => {
      // An email change reaches the applications' copy through ON UPDATE CASCADE.
      await q.query(
        `UPDATE candidates SET name = $2, email = $3, phone = $4, location = $5,
           github_url = $6, linkedin_url = $7, website_url = $8, current_title = $9,
           current_company = $10, backend_years = $11, go_years = $12, skills = $13,
           resume_text = $14, tags = $15, version = $16, created_at = $17, updated_at = $18
         WHERE id = $1`,
        candidateValues(candidate),
      )
    },
    insertApplication: async (application) => {
      await q.query(
        `INSERT INTO applications (id, job_id, candidate_id, stage_id, rank, status,
           rejection_reason, rejection_note, source, applied_at, stage_entered_at, version,
           created_at, updated_at, candidate_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
           (SELECT email FROM candidates WHERE id = $3))`,
        applicationValues(application),
      )
    },
    updateApplication: async (application) => {
      await q.query(
        `UPDATE applications SET job_id = $2, candidate_id = $3, stage_id = $4, rank = $5,
           status = $6, rejection_reason = $7, rejection_note = $8, source = $9,
           applied_at = $10, stage_entered_at = $11, version = $12, created_at = $13,
           updated_at = $14, candidate_email = (SELECT email FROM candidates WHERE id = $3)
         WHERE id = $1`,
        applicationValues(application),
      )
    },
    insertHistory: async (entry) => {
      await q.query(
        `INSERT INTO stage_history (id, application_id, kind, from_stage_id, to_stage_id,
           actor_id, actor_name, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          entry.id,
          entry.applicationId,
          entry.kind,
          entry.fromStageId,
          entry.toStageId,
          entry.actor.id,
          entry.actor.name,
          entry.at,
        ],
      )
    },
    setInterviewers: async (applicationId, stageId, userIds, at) => {
      // Those staying keep their row (and when they were assigned).
      const removed = await q.query<{ user_id: string }>(
        `WITH removed AS (
           DELETE FROM interviewers WHERE application_id = $1 AND stage_id = $2
             AND NOT (user_id = ANY($3::text[])) RETURNING user_id)
         SELECT user_id FROM removed ORDER BY user_id COLLATE "C"`,
        [applicationId, stageId, [...userIds]],
      )
      await q.query(
        `INSERT INTO interviewers (application_id, stage_id, user_id, assigned_at)
         SELECT $1, $2, user_id, $4 FROM unnest($3::text[]) AS user_id ON CONFLICT DO NOTHING`,
        [applicationId, stageId, [...userIds], at],
      )
      return removed.map((row) => row.user_id)
    },
    savePlan: async (plan) => {
      await q.query(
        `INSERT INTO interview_plans (job_id, stages, version, updated_at)
         VALUES ($1, $2::text::jsonb, $3, $4)
         ON CONFLICT (job_id) DO UPDATE SET stages = excluded.stages,
           version = excluded.version, updated_at = excluded.updated_at`,
        [plan.jobId, JSON.stringify(plan.stages), plan.version, plan.updatedAt],
      )
    },
    insertScorecard: async (card) => {
      await insertRows(q, 'scorecards', SCORECARD_RECORD, [scorecardRecord(card)])
      await insertRows(q, 'scorecard_revisions', REVISION_RECORD, revisionRecords(card))
    },
    updateScorecard: async (card) => {
      await q.query(
        `UPDATE scorecards SET submitted = $2::text::jsonb, draft = $3::text::jsonb,
           version = $4, updated_at = $5
         WHERE id = $1`,
        [
          card.id,
          card.submitted && JSON.stringify(card.submitted),
          card.draft && JSON.stringify(card.draft),
          card.version,
          card.updatedAt,
        ],
      )
      // Revisions are only ever appended: the stored ones stay as they are.
      await q.query(
        `INSERT INTO scorecard_revisions (scorecard_id, position, content)
         SELECT $1, r.position - 1, r.content
         FROM jsonb_array_elements($2::text::jsonb) WITH ORDINALITY AS r(content, position)
         ON CONFLICT DO NOTHING`,
        [card.id, JSON.stringify(card.revisions)],
      )
    },
    insertDecision: async (decision) => {
      await insertRows(q, 'decisions', DECISION_RECORD, [decisionRecord(decision)])
    },
    insertNote: async (note) => {
      await insertRows(q, 'notes', NOTE_RECORD, [noteRecord(note)])
    },
    insertNotifications: async (rows) => {
      await insertRows(q, 'notifications', NOTIFICATION_RECORD, rows.map(notificationRecord))
    },
    markNotificationsRead: async (userId, ids, at) => {
      const marked = await q.query<{ id: string }>(
        `UPDATE notifications SET read_at = $3
         WHERE user_id = $1 AND read_at IS NULL AND ($2::text[] IS NULL OR id = ANY($2::text[]))
         RETURNING id`,
        [userId, ids && [...ids], at],
      )
      return marked.length
    },
    appendEvent: async (event) => {
      if (!state.events) await q.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOCK])
      state.events = true
      await q.query(
        `INSERT INTO events
           (kind, job_id, application_id, actor_id, actor_name, origin, at, stage_ids, also_to)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::text[])`,
        [
          event.kind,
          event.jobId,
          event.applicationId,
          event.actor?.id ?? null,
          event.actor?.name ?? null,
          event.origin,
          event.at,
          event.stageIds,
          event.alsoTo ?? [],
        ],
      )
    },
  }
}

/**
 * Worth running again from the start: a serialization failure or deadlock, or a concurrent
 * transaction that added the same person to the same opening first (run again, the service's
 * own check finds it and answers 409).
 */
function isRetryable(error: unknown) {
  const state = sqlState(error)
  if (state === '40001' || state === '40P01') return true
  return (
    state === '23505' &&
    typeof error === 'object' &&
    error !== null &&
    'constraint' in error &&
    error.constraint === 'applications_job_email_key'
  )
}

/**
 * The Store over PostgreSQL (or PGlite): the memory store's semantics, with transactions,
 * row locks and events that other server instances hear of through LISTEN/NOTIFY.
 */
export function createSqlStore(client: SqlClient): SqlStore {
  // Names this instance in its NOTIFY payloads, so it can skip its own (it calls its own
  // listeners directly, right after commit).
  const instanceId = randomUUID()
  const listeners = new Set<() => void>()
  let subscription: Promise<(() => Promise<void>) | undefined> | undefined

  const wake = () => {
    for (const listener of listeners) {
      try {
        listener()
      } catch (error) {
        console.error('An event listener failed', error)
      }
    }
  }

  /** Runs `work` in a transaction, again from the start when it is worth retrying. */
  const retrying = async <T>(work: (q: Queryable) => Promise<T>): Promise<T> => {
    for (let run = 1; ; run += 1) {
      try {
        return await client.transaction(work)
      } catch (error) {
        if (run >= MAX_RUNS || !isRetryable(error)) throw error
      }
    }
  }

  // After a bulk load, so the board's counts can be index-only scans from the start: PGlite
  // never autovacuums (PostgreSQL's autovacuum keeps this up afterwards). Outside a transaction.
  const markAllVisible = () => client.exec('VACUUM applications')

  const store: SqlStore = {
    ...reader(client, false),

    transaction: async (work) => {
      let published = false
      const result = await retrying(async (q) => {
        const state: TransactionState = { events: false }
        const value = await work(writer(q, state))
        // Delivered at COMMIT, and only if it commits.
        if (state.events) await q.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, instanceId])
        published = state.events
        return value
      })
      if (published) wake()
      return result
    },

    replaceAll: async (data) => {
      await retrying(async (q) => {
        await q.exec(`TRUNCATE ${DATA_TABLES}`)
        await upsertUsers(q, data.users)
        await insertData(q, data)
      })
      await markAllVisible()
    },

    seed: async (data, passwordHashes) => {
      const seeded = await client.transaction(async (q) => {
        // Instances starting together on one empty database: the first seeds, the rest see it.
        await q.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK])
        if (!(await isEmpty(q))) return false
        await upsertUsers(q, data.users, passwordHashes)
        await insertData(q, data)
        return true
      })
      if (seeded) await markAllVisible()
      return seeded
    },

    isEmpty: () => isEmpty(client),

    createSession: async (session) => {
      // Expired sessions are never read again: clear them out on the way.
      await client.query(
        `WITH expired AS (DELETE FROM sessions WHERE expires_at <= $4)
         INSERT INTO sessions (token_hash, user_id, expires_at, created_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (token_hash) DO UPDATE SET user_id = excluded.user_id,
           expires_at = excluded.expires_at, created_at = excluded.created_at`,
        [session.tokenHash, session.userId, session.expiresAt, session.createdAt],
      )
    },
    getSession: async (tokenHash, now) => {
      const [row] = await client.query<SessionDbRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = $1 AND expires_at > $2`,
        [tokenHash, now],
      )
      return row && toSession(row)
    },
    deleteSession: async (tokenHash) => {
      await client.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
    },
    countSignInAttempt: (key, at, since) =>
      retrying(async (q) => {
        await q.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SIGN_IN_LOCK, key])
        await q.query('DELETE FROM sign_in_attempts WHERE key = $1 AND at < $2', [key, since])
        if (at !== null) {
          await q.query('INSERT INTO sign_in_attempts (key, at) VALUES ($1, $2)', [key, at])
        }
        const [row] = await q.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM sign_in_attempts WHERE key = $1',
          [key],
        )
        return row?.count ?? 1
      }),

    clearSignInAttempts: async (key) => {
      await client.query('DELETE FROM sign_in_attempts WHERE key = $1', [key])
    },

    listEventsAfter: async (afterId, limit) =>
      (
        await client.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE id > $1 ORDER BY id LIMIT $2`,
          [afterId, limit],
        )
      ).map(toEvent),
    latestEventId: async () => {
      const [row] = await client.query<{ id: string | number }>(
        'SELECT coalesce(max(id), 0) AS id FROM events',
      )
      return Number(row?.id ?? 0)
    },
    onEvents: (listener) => {
      listeners.add(listener)
      // One LISTEN for the store, opened when the first stream subscribes.
      subscription ??= client
        .listen(EVENTS_CHANNEL, (payload) => {
          if (payload !== instanceId) wake()
        })
        .catch((error: unknown) => {
          // The PostgreSQL listener keeps reconnecting in the background.
          console.warn('Not yet listening for other instances’ events', error)
          return undefined
        })
      return () => void listeners.delete(listener)
    },

    ping: async () => {
      try {
        await client.query('SELECT 1')
        return true
      } catch {
        return false
      }
    },
    close: async () => {
      listeners.clear()
      const unlisten = await subscription
      await unlisten?.().catch(() => undefined)
      await client.close()
    },
  }
  return store
}
