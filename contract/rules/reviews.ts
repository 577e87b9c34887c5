import type { Assignment } from '../applications.ts'
import type { ApplicationStatus } from '../catalog.ts'
import type { Job } from '../jobs.ts'
import type {
  Competency,
  Decision,
  Recommendation,
  ReviewSummary,
  Scorecard,
  ScorecardContent,
  StagePlan,
  Suggestion,
} from '../reviews.ts'
import { adjacentStage, stageById } from './stages.ts'

type Submission = Pick<Scorecard, 'stageId' | 'author'> & {
  submitted: { recommendation: Recommendation } | null
}

const submittedBy = (scorecards: readonly Submission[], stageId: string, userId: string) =>
  scorecards.some(
    (card) => card.stageId === stageId && card.author.id === userId && card.submitted !== null,
  )

/** Assignments whose interviewer has not submitted a scorecard for that stage yet. */
export function owedAssignments(
  assignments: readonly Assignment[],
  scorecards: readonly Submission[],
): Assignment[] {
  return assignments.filter(
    ({ stageId, interviewer }) => !submittedBy(scorecards, stageId, interviewer.id),
  )
}

/**
 * The blind rule: someone who may not see every application (an interviewer) and still owes
 * a scorecard on this one sees nobody else's feedback on it until they have submitted theirs.
 * Recruiters, hiring managers and admins (`viewAll`) always see everything.
 */
export function isBlinded(
  viewerId: string,
  viewAll: boolean,
  assignments: readonly Assignment[],
  scorecards: readonly Submission[],
): boolean {
  if (viewAll) return false
  const own = assignments.filter((assignment) => assignment.interviewer.id === viewerId)
  return own.length === 0 || owedAssignments(own, scorecards).length > 0
}

/** The planned competencies of one stage (none when the plan leaves it out). */
export function competenciesFor(plan: readonly StagePlan[], stageId: string): Competency[] {
  return plan.find((stage) => stage.stageId === stageId)?.competencies ?? []
}

/**
 * What keeps `content` from being submitted, as field errors keyed by path (the API's 422
 * `errors`, and the form's messages): every planned competency rated, a recommendation.
 */
export function submitErrors(
  content: ScorecardContent,
  competencies: readonly Competency[],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  for (const { key, name } of competencies) {
    if (content.ratings[key]?.rating == null) {
      errors[`content.ratings.${key}.rating`] = [`Rate ${name}, or choose "No evidence"`]
    }
  }
  if (content.recommendation === null) {
    errors['content.recommendation'] = ['Choose an overall recommendation']
  }
  return errors
}

/** A board card's review line: every stage's submitted scorecards and those still owed. */
export function summarizeReviews(
  assignments: readonly Assignment[],
  scorecards: readonly (Submission & { submitted: { submittedAt: string } | null })[],
): ReviewSummary {
  const submitted = scorecards
    .flatMap((card) => (card.submitted ? [card.submitted] : []))
    .sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0))
  return {
    submitted: submitted.length,
    owed: owedAssignments(assignments, scorecards).length,
    recommendations: submitted.map((card) => card.recommendation),
  }
}

export const isPositive = (recommendation: Recommendation) =>
  recommendation === 'yes' || recommendation === 'strong_yes'

/**
 * Where a decision moves an application from `stageId`, or why it cannot: advance goes to
 * the next stage, offer to the offer stage ahead, hire to the hired stage from the offer
 * stage; reject stays put (null).
 */
export function decisionTarget(
  job: Pick<Job, 'stages'>,
  stageId: string,
  decision: Decision,
): { toStageId: string | null } | { error: string } {
  const current = stageById(job, stageId)
  if (!current) return { error: 'The application is not in a stage of this job' }
  if (decision === 'reject') return { toStageId: null }
  if (decision === 'advance') {
    const next = adjacentStage(job, stageId, 1)
    if (!next || next.kind === 'hired') return { error: 'There is no next stage to advance to' }
    return { toStageId: next.id }
  }
  const index = job.stages.indexOf(current)
  const kind = decision === 'offer' ? 'offer' : 'hired'
  const target = job.stages.find((stage, at) => at > index && stage.kind === kind)
  if (!target) {
    return { error: decision === 'offer' ? 'An offer is already made' : 'Cannot mark hired' }
  }
  if (decision === 'hire' && current.kind !== 'offer') {
    return { error: 'Make an offer before marking the candidate hired' }
  }
  return { toStageId: target.id }
}

/**
 * Suggests the next step once every interviewer of the current stage has submitted and all
 * agree: all positive → advance (or make the offer, or hire); all negative → reject.
 */
export function suggestNext(
  job: Pick<Job, 'stages'>,
  application: { stageId: string; status: ApplicationStatus },
  assignments: readonly Assignment[],
  scorecards: readonly Submission[],
): Suggestion | null {
  if (application.status !== 'active') return null
  const here = assignments.filter((assignment) => assignment.stageId === application.stageId)
  if (here.length === 0 || owedAssignments(here, scorecards).length > 0) return null
  const recommendations = scorecards
    .filter((card) => card.stageId === application.stageId && card.submitted)
    .map((card) => card.submitted!.recommendation)
  const count = recommendations.length
  const who = count === 1 ? 'The interviewer recommends' : `All ${count} interviewers recommend`
  if (recommendations.every((r) => !isPositive(r))) {
    return { decision: 'reject', toStageId: null, reason: `${who} no` }
  }
  if (!recommendations.every(isPositive)) return null
  const next = adjacentStage(job, application.stageId, 1)
  const decision: Decision =
    stageById(job, application.stageId)?.kind === 'offer' || next?.kind === 'hired'
      ? 'hire'
      : next?.kind === 'offer'
        ? 'offer'
        : 'advance'
  const target = decisionTarget(job, application.stageId, decision)
  if ('error' in target) return null
  return { decision, toStageId: target.toStageId, reason: `${who} yes` }
}
