import type { RejectionReason } from '@contract/catalog.ts'
import type {
  Decision,
  InterviewPlan,
  Scorecard,
  ScorecardContent,
  StagePlan,
  SubmittedScorecard,
} from '@contract/reviews.ts'
import type { DecisionRecord } from '../store.ts'

// Rows of 003_reviews.sql's tables and their json_to_recordset records (bulk-load.ts).
// Timestamps inside JSON (submittedAt) are kept as the ISO strings they were written as.

type Timestamp = Date | string
const iso = (value: Timestamp) => new Date(value).toISOString()

export const PLAN_COLUMNS = 'p.job_id, p.stages, p.version, p.updated_at'

export type PlanRow = {
  job_id: string
  stages: StagePlan[]
  version: number
  updated_at: Timestamp
}

export const toPlan = (row: PlanRow): InterviewPlan => ({
  jobId: row.job_id,
  stages: row.stages,
  version: row.version,
  updatedAt: iso(row.updated_at),
})

/** Columns of `scorecards sc`, with its revisions (oldest first) as one JSON array. */
export const SCORECARD_COLUMNS = `sc.id, sc.application_id, sc.stage_id, sc.author_id,
  sc.author_name, sc.submitted, sc.draft, sc.version, sc.updated_at,
  (SELECT coalesce(json_agg(r.content ORDER BY r.position), '[]') FROM scorecard_revisions r
    WHERE r.scorecard_id = sc.id) AS revisions`

export type ScorecardRow = {
  id: string
  application_id: string
  stage_id: string
  author_id: string
  author_name: string
  submitted: SubmittedScorecard | null
  draft: ScorecardContent | null
  version: number
  updated_at: Timestamp
  revisions: SubmittedScorecard[]
}

export const toScorecard = (row: ScorecardRow): Scorecard => ({
  id: row.id,
  applicationId: row.application_id,
  stageId: row.stage_id,
  author: { id: row.author_id, name: row.author_name },
  submitted: row.submitted,
  draft: row.draft,
  revisions: row.revisions,
  version: row.version,
  updatedAt: iso(row.updated_at),
})

export const DECISION_COLUMNS = `d.id, d.application_id, d.decision, d.from_stage_id,
  d.to_stage_id, d.reason, d.note, d.actor_id, d.actor_name, d.at`

export type DecisionRow = {
  id: string
  application_id: string
  decision: Decision
  from_stage_id: string
  to_stage_id: string | null
  reason: RejectionReason | null
  note: string | null
  actor_id: string
  actor_name: string
  at: Timestamp
}

export const toDecision = (row: DecisionRow): DecisionRecord => ({
  id: row.id,
  applicationId: row.application_id,
  decision: row.decision,
  fromStageId: row.from_stage_id,
  toStageId: row.to_stage_id,
  reason: row.reason,
  note: row.note,
  actor: { id: row.actor_id, name: row.actor_name },
  at: iso(row.at),
})

// --- Records for json_to_recordset (bulk loads and single writes alike) ---------------------

export const PLAN_RECORD = 'job_id text, stages jsonb, version integer, updated_at timestamptz'
export const planRecord = (plan: InterviewPlan) => ({
  job_id: plan.jobId,
  stages: plan.stages,
  version: plan.version,
  updated_at: plan.updatedAt,
})

export const SCORECARD_RECORD = `id text, application_id text, stage_id text, author_id text,
  author_name text, submitted jsonb, draft jsonb, version integer, updated_at timestamptz`
export const scorecardRecord = (card: Scorecard) => ({
  id: card.id,
  application_id: card.applicationId,
  stage_id: card.stageId,
  author_id: card.author.id,
  author_name: card.author.name,
  submitted: card.submitted,
  draft: card.draft,
  version: card.version,
  updated_at: card.updatedAt,
})

export const REVISION_RECORD = 'scorecard_id text, position integer, content jsonb'
export const revisionRecords = (card: Scorecard) =>
  card.revisions.map((content, position) => ({ scorecard_id: card.id, position, content }))

export const DECISION_RECORD = `id text, application_id text, decision text, from_stage_id text,
  to_stage_id text, reason text, note text, actor_id text, actor_name text, at timestamptz`
export const decisionRecord = (d: DecisionRecord) => ({
  id: d.id,
  application_id: d.applicationId,
  decision: d.decision,
  from_stage_id: d.fromStageId,
  to_stage_id: d.toStageId,
  reason: d.reason,
  note: d.note,
  actor_id: d.actor.id,
  actor_name: d.actor.name,
  at: d.at,
})

export const ASSIGNMENT_RECORD =
  'application_id text, stage_id text, user_id text, assigned_at timestamptz'
