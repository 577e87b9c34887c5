import type * as z from 'zod/mini'
import type { Application, Assignment } from '@contract/applications.ts'
import type { BoardCard } from '@contract/board.ts'
import type { User } from '@contract/common.ts'
import type { ChangeEvent } from '@contract/events.ts'
import type { Job } from '@contract/jobs.ts'
import {
  MY_REVIEWS_LIMIT,
  type ApplicationReviews,
  type DecisionRequest,
  type InterviewPlan,
  type MyReviews,
  type SaveScorecardDraftRequest,
  type Scorecard,
  type StagePlan,
  type UpdatePlanRequest,
} from '@contract/reviews.ts'
import {
  competenciesFor,
  decisionTarget,
  isBlinded,
  submitErrors,
  suggestNext,
  summarizeReviews,
} from '@contract/rules/reviews.ts'
import { isOpen, stageById, statusForStage } from '@contract/rules/stages.ts'
import { notFound, ProblemError } from '../http/problem.ts'
import type { AssignmentRow, StoreReader, StoreWriter } from '../store/store.ts'
import { applicationPermissions, demand, jobPermissions } from './access.ts'
import { loadForWrite, rankAt, saveChange } from './applications.ts'
import type { ServiceContext } from './context.ts'
import { recordChange } from './events.ts'

type PlanInput = z.output<typeof UpdatePlanRequest>
type ScorecardInput = z.output<typeof SaveScorecardDraftRequest>
type DecisionInput = z.output<typeof DecisionRequest>

const WHAT = 'That application'

// --- The blind rule -------------------------------------------------------------------------

/**
 * What `user` may see of the reviews of `application`: their rights on it and whether the
 * blind rule hides others' feedback from them (contract/rules/reviews.ts isBlinded), with the
 * assignments and full scorecards it was decided on. The one place the API applies the rule.
 */
export async function reviewVisibility(store: StoreReader, user: User, application: Application) {
  // One after another: inside a transaction they share one connection.
  const permissions = await applicationPermissions(store, user, application)
  const assignments = await store.listAssignments(application.id)
  const scorecards = await store.listScorecards(application.id)
  const blinded = isBlinded(user.id, permissions.viewAll, assignments, scorecards)
  return { permissions, blinded, assignments, scorecards }
}

/**
 * The scorecards a viewer may see: their own in full (with its draft), and, unless blinded,
 * everyone else's submissions. Nobody ever sees another person's draft.
 */
export function visibleScorecards(user: User, blinded: boolean, scorecards: readonly Scorecard[]) {
  return scorecards.flatMap((card): Scorecard[] => {
    if (card.author.id === user.id) return [card]
    if (blinded || !card.submitted) return []
    // Others see the submission only: its time and a count of submissions, not the author's
    // later autosaves of an amendment (those bump the row's version and time).
    return [
      {
        ...card,
        draft: null,
        version: card.revisions.length + 1,
        updatedAt: card.submitted.submittedAt,
      },
    ]
  })
}

/** The assignments a viewer may see: a blinded viewer only their own. */
export function visibleAssignments(
  user: User,
  blinded: boolean,
  assignments: readonly AssignmentRow[],
): Assignment[] {
  return assignments
    .filter((row) => !blinded || row.interviewer.id === user.id)
    .map(({ stageId, interviewer }) => ({ stageId, interviewer }))
}

/**
 * Whether a 'scorecard.submitted' event (its actor is the author) may reach `user`: those who
 * see every application, the author, and assigned interviewers who are not blinded.
 */
export async function canSeeScorecardEvent(ctx: ServiceContext, event: ChangeEvent) {
  if (!event.applicationId) return false
  const application = await ctx.store.getApplication(event.applicationId)
  if (!application) return false
  const { permissions, blinded } = await reviewVisibility(ctx.store, ctx.user, application)
  if (!permissions.view) return false
  return !blinded || event.actor?.id === ctx.user.id
}

/** Fills each card's review line for the viewer, from one read for all of them. */
export async function withReviews(
  { store, user }: ServiceContext,
  viewAll: boolean,
  pages: readonly { cards: BoardCard[] }[],
) {
  const cards = pages.flatMap((page) => page.cards)
  if (!cards.length) return
  const facts = new Map(
    (await store.listReviewFacts(cards.map((card) => card.id))).map((row) => [
      row.applicationId,
      row,
    ]),
  )
  for (const card of cards) {
    const fact = facts.get(card.id)
    const assignments = fact?.assignments ?? []
    const submissions = fact?.submissions ?? []
    card.reviews = isBlinded(user.id, viewAll, assignments, submissions)
      ? null
      : summarizeReviews(assignments, submissions)
  }
}

// --- Plans ----------------------------------------------------------------------------------

/** The plan as the API shows it: every stage of the job in pipeline order. */
function fullPlan(job: Job, stored: InterviewPlan | undefined): InterviewPlan {
  const planned = new Map(stored?.stages.map((stage) => [stage.stageId, stage.competencies]))
  return {
    jobId: job.id,
    stages: job.stages.map((stage) => ({
      stageId: stage.id,
      competencies: planned.get(stage.id) ?? [],
    })),
    // A job never planned reads as an empty plan at version 1 (the seed plans every job).
    version: stored?.version ?? 1,
    updatedAt: stored?.updatedAt ?? new Date(0).toISOString(),
  }
}

export async function getPlan({ store, user }: ServiceContext, jobId: string) {
  const job = await store.getJob(jobId)
  if (!job) throw notFound('That opening')
  demand(await jobPermissions(store, user, job.id), 'view', 'That opening')
  return fullPlan(job, await store.getPlan(job.id))
}

/** Replaces a job's plan (admins and the job's recruiters), if nobody changed it meanwhile. */
export function updatePlan(ctx: ServiceContext, jobId: string, input: PlanInput) {
  return ctx.store.transaction(async (tx) => {
    const job = await tx.getJob(jobId)
    if (!job) throw notFound('That opening')
    demand(await jobPermissions(tx, ctx.user, job.id), 'edit', 'That opening')
    const current = fullPlan(job, await tx.getPlan(job.id))
    if (current.version !== input.expectedVersion) {
      throw new ProblemError(409, 'Someone changed this interview plan meanwhile.', {
        current,
      })
    }
    const errors = planErrors(job, input.stages)
    if (Object.keys(errors).length) {
      throw new ProblemError(422, 'The interview plan has invalid fields.', { errors })
    }
    const plan = fullPlan(job, {
      ...current,
      stages: input.stages,
      version: current.version + 1,
      updatedAt: ctx.now().toISOString(),
    })
    await tx.savePlan(plan)
    await tx.appendEvent({
      kind: 'plan.changed',
      jobId: job.id,
      applicationId: null,
      stageIds: [],
      actor: ctx.actor,
      origin: ctx.origin,
      at: plan.updatedAt,
    })
    return plan
  })
}

/** Stages of this job, each once; competency keys unique within a stage. */
function planErrors(job: Job, stages: readonly StagePlan[]) {
  const errors: Record<string, string[]> = {}
  const seen = new Set<string>()
  stages.forEach((stage, index) => {
    if (!stageById(job, stage.stageId)) {
      errors[`stages.${index}.stageId`] = ['Choose one of this opening’s stages']
    } else if (seen.has(stage.stageId)) {
      errors[`stages.${index}.stageId`] = ['Each stage appears once in the plan']
    }
    seen.add(stage.stageId)
    const keys = new Set<string>()
    stage.competencies.forEach((competency, at) => {
      if (keys.has(competency.key)) {
        errors[`stages.${index}.competencies.${at}.key`] = [
          'Each competency appears once in a stage',
        ]
      }
      keys.add(competency.key)
    })
  })
  return errors
}

// --- Reviews of one application -----------------------------------------------------------

export async function getApplicationReviews(
  ctx: ServiceContext,
  applicationId: string,
): Promise<ApplicationReviews> {
  const { store, user } = ctx
  const application = await store.getApplication(applicationId)
  if (!application) throw notFound(WHAT)
  const { permissions, blinded, assignments, scorecards } = await reviewVisibility(
    store,
    user,
    application,
  )
  demand(permissions, 'view', WHAT)
  const job = await store.getJob(application.jobId)
  if (!job) throw notFound('That opening')
  const plan = fullPlan(job, await store.getPlan(job.id))
  const shown = visibleAssignments(user, blinded, assignments)
  return {
    applicationId: application.id,
    plan: plan.stages,
    assignments: shown,
    scorecards: visibleScorecards(user, blinded, scorecards),
    // Owed is counted against every scorecard: a submission the viewer cannot see still counts.
    owed: shown.filter(
      ({ stageId, interviewer }) =>
        !scorecards.some(
          (card) => card.stageId === stageId && card.author.id === interviewer.id && card.submitted,
        ),
    ),
    blinded,
    // For those who decide; never derived from feedback the viewer may not see.
    suggestion:
      blinded || !permissions.decide
        ? null
        : suggestNext(job, application, assignments, scorecards),
  }
}

/**
 * Saves the user's scorecard for one stage (`submit`: and submits it, in the same write).
 * Only an interviewer assigned to that stage may; ratings are for the stage's planned
 * competencies; a submission rates them all and recommends. Submitting again amends: the
 * previous submission moves to `revisions`.
 */
export function saveScorecard(
  ctx: ServiceContext,
  applicationId: string,
  stageId: string,
  input: ScorecardInput,
  submit: boolean,
) {
  return ctx.store.transaction(async (tx) => {
    // Read for update: writes to one application's scorecards take turns.
    const application = await tx.getApplication(applicationId)
    if (!application) throw notFound(WHAT)
    demand(await applicationPermissions(tx, ctx.user, application), 'view', WHAT)
    const job = await tx.getJob(application.jobId)
    if (!job || !stageById(job, stageId)) throw notFound('That stage')
    const assignments = await tx.listAssignments(application.id)
    if (!assignments.some((a) => a.stageId === stageId && a.interviewer.id === ctx.user.id)) {
      throw new ProblemError(
        403,
        'Only an interviewer assigned to this stage can write its scorecard.',
      )
    }
    const reached = job.stages.findIndex((stage) => stage.id === application.stageId)
    if (job.stages.findIndex((stage) => stage.id === stageId) > reached) {
      throw new ProblemError(409, 'The candidate has not reached that stage yet.')
    }
    const competencies = competenciesFor(fullPlan(job, await tx.getPlan(job.id)).stages, stageId)
    const { content } = input
    const errors: Record<string, string[]> = {}
    for (const key of Object.keys(content.ratings)) {
      if (!competencies.some((competency) => competency.key === key)) {
        errors[`content.ratings.${key}`] = ['This stage’s plan does not assess this competency']
      }
    }
    if (submit) Object.assign(errors, submitErrors(content, competencies))
    if (Object.keys(errors).length) {
      throw new ProblemError(422, 'The scorecard has invalid fields.', { errors })
    }
    const existing = await tx.getScorecard(application.id, stageId, ctx.user.id)
    if ((existing?.version ?? null) !== input.expectedVersion) {
      throw new ProblemError(
        409,
        existing
          ? 'This scorecard was saved elsewhere meanwhile (another tab?).'
          : 'This scorecard does not exist yet: save it with expectedVersion null.',
        { scorecard: existing ?? null },
      )
    }
    const at = ctx.now().toISOString()
    const base: Scorecard = existing ?? {
      id: ctx.newId('sc'),
      applicationId: application.id,
      stageId,
      author: ctx.actor,
      submitted: null,
      draft: null,
      revisions: [],
      version: 0,
      updatedAt: at,
    }
    const next: Scorecard = submit
      ? {
          ...base,
          submitted: { ...content, recommendation: content.recommendation!, submittedAt: at },
          draft: null,
          revisions: base.submitted ? [...base.revisions, base.submitted] : base.revisions,
          version: base.version + 1,
          updatedAt: at,
        }
      : { ...base, draft: content, version: base.version + 1, updatedAt: at }
    if (existing) await tx.updateScorecard(next)
    else await tx.insertScorecard(next)
    if (submit) await recordChange(ctx, tx, application, 'scorecard.submitted')
    return next
  })
}

/**
 * The scorecards the user owes, oldest assignment first: `limit` of them (at most
 * MY_REVIEWS_LIMIT) and how many in all. `limit` 0 only counts (the header's count).
 */
export async function listMyReviews(
  { store, user }: ServiceContext,
  { limit = MY_REVIEWS_LIMIT }: { limit?: number | undefined } = {},
): Promise<MyReviews> {
  if (limit === 0) return { items: [], total: await store.countOwedReviews(user.id) }
  const items = await store.listOwedReviews(user.id, limit)
  // A short list is all of them. A full one is counted by a second read: outside a
  // transaction it may be a moment newer than the list (harmless: the next read agrees).
  const total = items.length < limit ? items.length : await store.countOwedReviews(user.id)
  return { items, total }
}

// --- Decisions ------------------------------------------------------------------------------

/**
 * Advance, reject, make an offer or mark hired: the same write as a move or a rejection
 * (next version, stage history, change event; a move lands on top of its stage) plus the
 * decision's own record, in one transaction. Answers the application, as move and reject do.
 */
export function decideApplication(
  ctx: ServiceContext,
  applicationId: string,
  input: DecisionInput,
) {
  return ctx.store.transaction(async (tx) => {
    const application = await loadForWrite(ctx, tx, applicationId, input.expectedVersion, 'decide')
    if (!isOpen(application.status)) {
      throw new ProblemError(409, `This application is already ${application.status}.`)
    }
    const job = await tx.getJob(application.jobId)
    if (!job) throw notFound('That opening')
    const target = decisionTarget(job, application.stageId, input.decision)
    if ('error' in target) {
      throw new ProblemError(422, target.error, { errors: { decision: [target.error] } })
    }
    if (input.decision === 'reject' && !input.reason) {
      throw new ProblemError(422, 'Say why the candidate is rejected.', {
        errors: { reason: ['Choose a reason'] },
      })
    }
    const after = await applyDecision(ctx, tx, application, job, target.toStageId, input)
    await tx.insertDecision({
      id: ctx.newId('dec'),
      applicationId: application.id,
      decision: input.decision,
      fromStageId: application.stageId,
      toStageId: target.toStageId,
      reason: input.decision === 'reject' ? (input.reason ?? null) : null,
      note: input.note,
      actor: ctx.actor,
      at: after.updatedAt,
    })
    return after
  })
}

function applyDecision(
  ctx: ServiceContext,
  tx: StoreWriter,
  application: Application,
  job: Job,
  toStageId: string | null,
  input: DecisionInput,
) {
  const stage = toStageId ? stageById(job, toStageId) : undefined
  if (!stage) {
    return saveChange(ctx, tx, application, 'rejected', () => ({
      status: 'rejected',
      rejection: { reason: input.reason!, note: input.note },
    }))
  }
  return rankAt(tx, stage.id, 'start', application.id).then((rank) =>
    saveChange(ctx, tx, application, 'moved', (at) => ({
      stageId: stage.id,
      rank,
      status: statusForStage(stage),
      stageEnteredAt: at,
    })),
  )
}
