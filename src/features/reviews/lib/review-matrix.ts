import type { Actor } from '@contract/common.ts'
import type { Stage } from '@contract/jobs.ts'
import type {
  ApplicationReviews,
  CompetencyRating,
  Scorecard,
  StagePlan,
  SubmittedScorecard,
} from '@contract/reviews.ts'

/** One reviewer of one stage: a column of the matrix. */
export type ReviewerColumn = {
  key: string
  stageId: string
  stageName: string
  reviewer: Actor
  /** Their latest submission; null while it is owed. */
  submitted: SubmittedScorecard | null
  /** Whether the submission replaced an earlier one. */
  amended: boolean
}

/** A competency: a row. A key planned at two stages is one row, assessed at both. */
export type CompetencyRow = { key: string; name: string; stageIds: string[] }

export type ReviewMatrix = { columns: ReviewerColumn[]; rows: CompetencyRow[] }

export type MatrixCell =
  /** The reviewer's interview does not assess this competency. */
  | { kind: 'not-assessed' }
  /** The reviewer has not submitted their scorecard yet. */
  | { kind: 'owed' }
  | { kind: 'rated'; rating: NonNullable<CompetencyRating['rating']>; note: string }

const stageIndex = (plan: readonly StagePlan[], stageId: string) => {
  const index = plan.findIndex((stage) => stage.stageId === stageId)
  return index === -1 ? plan.length : index
}

/**
 * The competencies of `stageIds` in pipeline order, one row per key; keys that submitted
 * scorecards rate but the plan no longer lists are kept, so no evidence goes missing.
 */
export function competencyRows(
  plan: readonly StagePlan[],
  stageIds: ReadonlySet<string>,
  scorecards: readonly Pick<Scorecard, 'stageId' | 'submitted'>[] = [],
): CompetencyRow[] {
  const rows = new Map<string, CompetencyRow>()
  const add = (key: string, name: string, stageId: string) => {
    const row = rows.get(key) ?? { key, name, stageIds: [] }
    if (!row.stageIds.includes(stageId)) row.stageIds.push(stageId)
    rows.set(key, row)
  }
  for (const stage of plan) {
    if (!stageIds.has(stage.stageId)) continue
    for (const competency of stage.competencies) add(competency.key, competency.name, stage.stageId)
  }
  const sorted = [...scorecards].sort(
    (a, b) => stageIndex(plan, a.stageId) - stageIndex(plan, b.stageId),
  )
  for (const card of sorted) {
    for (const key of Object.keys(card.submitted?.ratings ?? {})) {
      if (!rows.has(key)) add(key, key, card.stageId)
    }
  }
  return [...rows.values()]
}

/**
 * Who reviewed (or owes a review of) which stage, in pipeline order: everyone assigned, and
 * anyone who submitted without being assigned any more.
 */
export function reviewerColumns(
  reviews: Pick<ApplicationReviews, 'plan' | 'assignments' | 'scorecards'>,
  stages: readonly Stage[],
): ReviewerColumn[] {
  const columns = new Map<string, ReviewerColumn>()
  const stageName = (stageId: string) =>
    stages.find((stage) => stage.id === stageId)?.name ?? 'A removed stage'
  const ensure = (stageId: string, reviewer: Actor) => {
    const key = `${stageId}:${reviewer.id}`
    const column = columns.get(key) ?? {
      key,
      stageId,
      stageName: stageName(stageId),
      reviewer,
      submitted: null,
      amended: false,
    }
    columns.set(key, column)
    return column
  }
  for (const { stageId, interviewer } of reviews.assignments) ensure(stageId, interviewer)
  for (const card of reviews.scorecards) {
    if (!card.submitted) continue
    const column = ensure(card.stageId, card.author)
    column.submitted = card.submitted
    column.amended = card.revisions.length > 0
  }
  return [...columns.values()].sort(
    (a, b) =>
      stageIndex(reviews.plan, a.stageId) - stageIndex(reviews.plan, b.stageId) ||
      a.reviewer.name.localeCompare(b.reviewer.name),
  )
}

export function buildReviewMatrix(
  reviews: Pick<ApplicationReviews, 'plan' | 'assignments' | 'scorecards'>,
  stages: readonly Stage[],
): ReviewMatrix {
  const columns = reviewerColumns(reviews, stages)
  const stageIds = new Set(columns.map((column) => column.stageId))
  const submitted = reviews.scorecards.filter((card) => card.submitted)
  return { columns, rows: competencyRows(reviews.plan, stageIds, submitted) }
}

export function matrixCell(column: ReviewerColumn, row: CompetencyRow): MatrixCell {
  const rated = column.submitted?.ratings[row.key]
  if (rated?.rating != null) return { kind: 'rated', rating: rated.rating, note: rated.note }
  if (!row.stageIds.includes(column.stageId)) return { kind: 'not-assessed' }
  return column.submitted ? { kind: 'not-assessed' } : { kind: 'owed' }
}
