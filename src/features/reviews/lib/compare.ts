import type { Actor } from '@contract/common.ts'
import type { Rating, Recommendation, Scorecard, StagePlan } from '@contract/reviews.ts'
import { competencyRows, type CompetencyRow } from './review-matrix.ts'

export const COMPARE_LIMITS = { min: 2, max: 4 } as const

/** The application ids of `?ids=a,b,c`: trimmed, without blanks or repeats, in order. */
export function parseCompareIds(value: string | null): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  return [...new Set(ids)]
}

/** Why the ids cannot be compared (before anything loads), or null when they can. */
export function compareIdsProblem(ids: readonly string[]): string | null {
  if (ids.length < COMPARE_LIMITS.min) {
    return `Choose at least ${COMPARE_LIMITS.min} candidates to compare.`
  }
  if (ids.length > COMPARE_LIMITS.max) {
    return `Compare at most ${COMPARE_LIMITS.max} candidates at a time (${ids.length} chosen).`
  }
  return null
}

type Comparable = { jobId: string; stageId: string; name: string }

/** Why loaded applications cannot be compared side by side, or null when they can. */
export function compareStageProblem(
  jobId: string,
  applications: readonly Comparable[],
  stageName: (stageId: string) => string,
): string | null {
  const elsewhere = applications.filter((application) => application.jobId !== jobId)
  if (elsewhere.length) {
    return `${elsewhere.map((application) => application.name).join(', ')} applied to another opening.`
  }
  const stages = [...new Set(applications.map((application) => application.stageId))]
  if (stages.length > 1) {
    const where = applications
      .map((application) => `${application.name} is in ${stageName(application.stageId)}`)
      .join(', ')
    return `Compare candidates in the same stage: ${where}.`
  }
  return null
}

export type RatingByReviewer = { reviewer: Actor; stageId: string; rating: Rating }

export type CompareCell = {
  ratings: RatingByReviewer[]
  /** The mean of the 1–4 ratings; null when none (not assessed, or only "no evidence"). */
  average: number | null
}

type Reviewed = Pick<Scorecard, 'stageId' | 'author' | 'submitted'>

/** Every candidate's submitted ratings of one competency, across the stages that assessed it. */
export function compareCell(scorecards: readonly Reviewed[], key: string): CompareCell {
  const ratings: RatingByReviewer[] = []
  for (const card of scorecards) {
    const rating = card.submitted?.ratings[key]?.rating
    if (rating != null) ratings.push({ reviewer: card.author, stageId: card.stageId, rating })
  }
  const numeric = ratings.flatMap(({ rating }) => (typeof rating === 'number' ? [rating] : []))
  const average = numeric.length
    ? numeric.reduce((sum, value) => sum + value, 0) / numeric.length
    : null
  return { ratings, average }
}

/** The submitted overall recommendations, in the order they came in. */
export function submittedRecommendations(scorecards: readonly Reviewed[]) {
  return scorecards
    .flatMap((card) => (card.submitted ? [{ author: card.author, ...card.submitted }] : []))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    .map(({ author, recommendation }): { reviewer: Actor; recommendation: Recommendation } => ({
      reviewer: author,
      recommendation,
    }))
}

/**
 * The competency rows of a comparison: every competency the plan assesses at any stage that
 * any of the candidates was reviewed in (assigned or submitted).
 */
export function compareRows(
  plan: readonly StagePlan[],
  candidates: readonly { assignments: { stageId: string }[]; scorecards: Reviewed[] }[],
): CompetencyRow[] {
  const stageIds = new Set<string>()
  const submitted: Reviewed[] = []
  for (const candidate of candidates) {
    for (const assignment of candidate.assignments) stageIds.add(assignment.stageId)
    for (const card of candidate.scorecards) {
      if (!card.submitted) continue
      stageIds.add(card.stageId)
      submitted.push(card)
    }
  }
  return competencyRows(plan, stageIds, submitted)
}

export const formatAverage = (average: number) => average.toFixed(1)
