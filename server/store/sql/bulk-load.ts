import type { User } from '@contract/common.ts'
import type { DemoData } from '../../seed/demo-data.ts'
import {
  ASSIGNMENT_RECORD,
  DECISION_RECORD,
  decisionRecord,
  PLAN_RECORD,
  planRecord,
  REVISION_RECORD,
  revisionRecords,
  SCORECARD_RECORD,
  scorecardRecord,
} from './review-rows.ts'
import type { Queryable } from './sql-client.ts'
import { NOTE_RECORD, noteRecord, NOTIFICATION_RECORD, notificationRecord } from './sql-rows.ts'

/** Rows per statement: one JSON parameter of a few megabytes at most. */
const BATCH = 2_000

/** What a reset replaces: everything but users, sessions, sign-in attempts and events. */
export const DATA_TABLES =
  'jobs, stages, candidates, applications, stage_history, job_roles, interviewers, ' +
  'interview_plans, scorecards, scorecard_revisions, decisions, notes, notifications'

/**
 * Inserts `rows` (keyed by column name) BATCH at a time through json_to_recordset, which
 * parses faster than its jsonb twin. `columns` is the record's definition, `name type, …`.
 */
export async function insertRows(
  q: Queryable,
  table: string,
  columns: string,
  rows: readonly Record<string, unknown>[],
) {
  const names = columns
    .split(',')
    .map((column) => column.trim().split(' ')[0])
    .join(', ')
  const sql = `INSERT INTO ${table} (${names})
    SELECT ${names} FROM json_to_recordset($1::text::json) AS r(${columns})`
  for (let start = 0; start < rows.length; start += BATCH) {
    await q.query(sql, [JSON.stringify(rows.slice(start, start + BATCH))])
  }
}

/** Adds or updates users; a user without a hash in `passwordHashes` keeps the stored one. */
export async function upsertUsers(
  q: Queryable,
  users: readonly User[],
  passwordHashes?: ReadonlyMap<string, string>,
) {
  await q.query(
    `INSERT INTO users (id, name, email, role, password_hash)
     SELECT id, name, email, role, password_hash FROM json_to_recordset($1::text::json)
       AS r(id text, name text, email text, role text, password_hash text)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email,
       role = excluded.role, password_hash = coalesce(excluded.password_hash, users.password_hash)`,
    [
      JSON.stringify(
        users.map((user) => ({ ...user, password_hash: passwordHashes?.get(user.id) })),
      ),
    ],
  )
}

/** Everything in `data` but its users, into empty tables, a few statements per table. */
export async function insertData(q: Queryable, data: DemoData) {
  await insertRows(
    q,
    'jobs',
    `id text, position integer, title text, team text, location text, employment_type text,
     description text, requirements jsonb`,
    data.jobs.map((job, position) => ({
      id: job.id,
      position,
      title: job.title,
      team: job.team,
      location: job.location,
      employment_type: job.employmentType,
      description: job.description,
      requirements: job.requirements,
    })),
  )
  await insertRows(
    q,
    'stages',
    'id text, job_id text, name text, kind text, position integer',
    data.jobs.flatMap((job) =>
      job.stages.map((stage, position) => ({ ...stage, job_id: job.id, position })),
    ),
  )
  await insertRows(
    q,
    'candidates',
    `id text, name text, email text, phone text, location text, github_url text,
     linkedin_url text, website_url text, current_title text, current_company text,
     backend_years double precision, go_years double precision, skills text[],
     resume_text text, tags text[], version integer, created_at timestamptz,
     updated_at timestamptz`,
    data.candidates.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      phone: c.phone,
      location: c.location,
      github_url: c.links.github,
      linkedin_url: c.links.linkedin,
      website_url: c.links.website,
      current_title: c.currentTitle,
      current_company: c.currentCompany,
      backend_years: c.backendYears,
      go_years: c.goYears,
      skills: c.skills,
      resume_text: c.resumeText,
      tags: c.tags,
      version: c.version,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    })),
  )
  const emails = new Map(data.candidates.map((c) => [c.id, c.email]))
  await insertRows(
    q,
    'applications',
    `id text, job_id text, candidate_id text, candidate_email text, stage_id text, rank text,
     status text, rejection_reason text, rejection_note text, source text, applied_at date,
     stage_entered_at timestamptz, version integer, created_at timestamptz,
     updated_at timestamptz`,
    data.applications.map((a) => ({
      id: a.id,
      job_id: a.jobId,
      candidate_id: a.candidateId,
      candidate_email: emails.get(a.candidateId),
      stage_id: a.stageId,
      rank: a.rank,
      status: a.status,
      rejection_reason: a.rejection?.reason,
      rejection_note: a.rejection?.note,
      source: a.source,
      applied_at: a.appliedAt,
      stage_entered_at: a.stageEnteredAt,
      version: a.version,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    })),
  )
  // In the given order, so seq breaks ties of `at` as the memory store's stable sort does.
  await insertRows(
    q,
    'stage_history',
    `id text, application_id text, kind text, from_stage_id text, to_stage_id text,
     actor_id text, actor_name text, at timestamptz`,
    data.history.map((h) => ({
      id: h.id,
      application_id: h.applicationId,
      kind: h.kind,
      from_stage_id: h.fromStageId,
      to_stage_id: h.toStageId,
      actor_id: h.actor.id,
      actor_name: h.actor.name,
      at: h.at,
    })),
  )
  await insertRows(
    q,
    'job_roles',
    'job_id text, user_id text, role text',
    data.jobRoles.map((r) => ({ job_id: r.jobId, user_id: r.userId, role: r.role })),
  )
  await insertRows(
    q,
    'interviewers',
    ASSIGNMENT_RECORD,
    data.interviewers.map((i) => ({
      application_id: i.applicationId,
      stage_id: i.stageId,
      user_id: i.userId,
      assigned_at: i.assignedAt,
    })),
  )
  await insertRows(q, 'interview_plans', PLAN_RECORD, data.plans.map(planRecord))
  // In the given order, so seq keeps each application's scorecards oldest first.
  await insertRows(q, 'scorecards', SCORECARD_RECORD, data.scorecards.map(scorecardRecord))
  await insertRows(
    q,
    'scorecard_revisions',
    REVISION_RECORD,
    data.scorecards.flatMap(revisionRecords),
  )
  await insertRows(q, 'decisions', DECISION_RECORD, data.decisions.map(decisionRecord))
  // In the given order, so seq breaks ties as the memory store's order does.
  await insertRows(q, 'notes', NOTE_RECORD, data.notes.map(noteRecord))
  await insertRows(
    q,
    'notifications',
    NOTIFICATION_RECORD,
    data.notifications.map(notificationRecord),
  )
  // Fresh statistics for the planner: PGlite never runs autovacuum, PostgreSQL not this soon.
  await q.exec(`ANALYZE ${DATA_TABLES}`)
}
