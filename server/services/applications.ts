import type * as z from 'zod/mini'
import type {
  Application,
  ApplicationDetail,
  CreateApplicationRequest,
  MoveRequest,
  Position,
  RejectRequest,
  RestoreRequest,
  SetInterviewersRequest,
  StageHistoryEntry,
} from '@contract/applications.ts'
import type { Assignment } from '@contract/applications.ts'
import type { HistoryKind } from '@contract/applications.ts'
import type { Candidate } from '@contract/candidates.ts'
import { rankBetween } from '@contract/rules/rank.ts'
import { isOpen, stageById, statusForStage } from '@contract/rules/stages.ts'
import { notFound, ProblemError } from '../http/problem.ts'
import type { StoreReader, StoreWriter } from '../store/store.ts'
import { applicationPermissions, demand, jobPermissions, visibleCandidate } from './access.ts'
import type { ServiceContext } from './context.ts'
import { recordChange } from './events.ts'
import { reviewVisibility, visibleAssignments } from './reviews.ts'

type Parsed<T extends z.ZodMiniType> = z.output<T>
type MoveInput = Parsed<typeof MoveRequest>
type RejectInput = Parsed<typeof RejectRequest>
type RestoreInput = Parsed<typeof RestoreRequest>
type CreateInput = Parsed<typeof CreateApplicationRequest>
type SetInterviewersInput = Parsed<typeof SetInterviewersRequest>

const WHAT = 'That application'

export async function getApplicationDetail(
  ctx: ServiceContext,
  applicationId: string,
): Promise<ApplicationDetail> {
  const { store, user } = ctx
  const application = await store.getApplication(applicationId)
  if (!application) throw notFound(WHAT)
  const { permissions, blinded, assignments } = await reviewVisibility(store, user, application)
  demand(permissions, 'view', WHAT)
  const [candidate, history] = await Promise.all([
    store.getCandidate(application.candidateId),
    store.listHistory(applicationId),
  ])
  if (!candidate) throw notFound('That candidate')
  const shown = visibleAssignments(user, blinded, assignments)
  return {
    application,
    candidate: visibleCandidate(candidate, permissions),
    history,
    // A blinded interviewer learns of no one else's part, not even who shares their stage.
    interviewers: interviewersOf(shown, application.stageId),
    assignments: shown,
    permissions,
  }
}

const interviewersOf = (assignments: readonly Assignment[], stageId: string) =>
  assignments.filter((row) => row.stageId === stageId).map((row) => row.interviewer)

/**
 * Who interviews one stage of an application (the current stage by default); only those who
 * may assign can change it. Anyone on the team may interview, and so may see the application.
 * Answers that stage's interviewers and every stage's assignments.
 */
export function setInterviewers(
  ctx: ServiceContext,
  applicationId: string,
  { stageId, userIds }: SetInterviewersInput,
) {
  return ctx.store.transaction(async (tx) => {
    const application = await tx.getApplication(applicationId)
    if (!application) throw notFound(WHAT)
    demand(await applicationPermissions(tx, ctx.user, application), 'assign', WHAT)
    const job = await tx.getJob(application.jobId)
    const stage = job && stageById(job, stageId ?? application.stageId)
    if (!stage) {
      throw new ProblemError(422, 'That stage is not part of this opening.', {
        errors: { stageId: ['Choose one of this opening’s stages'] },
      })
    }
    const users = await tx.listUsers()
    const unknown = userIds.filter((id) => !users.some((user) => user.id === id))
    if (unknown.length) {
      throw new ProblemError(422, 'Some of those people are not Hirelane users.', {
        errors: { userIds: [`Unknown users: ${unknown.join(', ')}`] },
      })
    }
    // Being assigned lets an interviewer see the application; anyone else must already be on
    // the opening's team, or they would owe a scorecard they could never open.
    const outsiders: string[] = []
    for (const user of users.filter((row) => userIds.includes(row.id))) {
      if (user.role === 'interviewer' || user.role === 'admin') continue
      const roles = await tx.listJobRoles(user.id)
      if (!roles.some((row) => row.jobId === application.jobId)) outsiders.push(user.name)
    }
    if (outsiders.length) {
      throw new ProblemError(422, 'Some of those people are not on this opening’s team.', {
        errors: { userIds: [`Not on this opening’s team: ${outsiders.join(', ')}`] },
      })
    }
    const removed = await tx.setInterviewers(
      application.id,
      stage.id,
      userIds,
      ctx.now().toISOString(),
    )
    // Those taken off may no longer see the application: the event still tells them, so their
    // boards drop it.
    await recordChange(ctx, tx, application, 'application.changed', { alsoTo: removed })
    const assignments = (await tx.listAssignments(application.id)).map(
      ({ stageId: at, interviewer }) => ({ stageId: at, interviewer }),
    )
    return { interviewers: interviewersOf(assignments, stage.id), assignments }
  })
}

/** Moves an application to a stage and a place in it, if nobody changed it meanwhile. */
export function moveApplication(ctx: ServiceContext, applicationId: string, input: MoveInput) {
  return ctx.store.transaction(async (tx) => {
    const application = await loadForWrite(ctx, tx, applicationId, input.expectedVersion, 'move')
    if (!isOpen(application.status)) {
      throw new ProblemError(
        409,
        `This application is ${application.status}. Restore it before moving it.`,
      )
    }
    const job = await tx.getJob(application.jobId)
    const stage = job && stageById(job, input.toStageId)
    if (!stage) {
      throw new ProblemError(422, 'That stage is not part of this opening.', {
        errors: { toStageId: ['Choose one of this opening’s stages'] },
      })
    }
    const rank = await rankAt(tx, stage.id, input.position, application.id)
    const stageChanged = stage.id !== application.stageId
    // A reorder within a stage is no stage change: no history row.
    return saveChange(ctx, tx, application, stageChanged ? 'moved' : null, (at) => ({
      stageId: stage.id,
      rank,
      status: statusForStage(stage),
      stageEnteredAt: stageChanged ? at : application.stageEnteredAt,
    }))
  })
}

export function rejectApplication(ctx: ServiceContext, applicationId: string, input: RejectInput) {
  return ctx.store.transaction(async (tx) => {
    const application = await loadForWrite(ctx, tx, applicationId, input.expectedVersion, 'decide')
    if (!isOpen(application.status)) {
      throw new ProblemError(409, `This application is already ${application.status}.`)
    }
    return saveChange(ctx, tx, application, 'rejected', () => ({
      status: 'rejected',
      rejection: { reason: input.reason, note: input.note },
    }))
  })
}

export function restoreApplication(
  ctx: ServiceContext,
  applicationId: string,
  input: RestoreInput,
) {
  return ctx.store.transaction(async (tx) => {
    const application = await loadForWrite(ctx, tx, applicationId, input.expectedVersion, 'decide')
    if (isOpen(application.status)) {
      throw new ProblemError(409, 'This application is not rejected or withdrawn.')
    }
    const job = await tx.getJob(application.jobId)
    const stage = job && stageById(job, application.stageId)
    if (!stage) throw notFound('The application’s stage')
    return saveChange(ctx, tx, application, 'restored', () => ({
      status: statusForStage(stage),
      rejection: null,
    }))
  })
}

/** Adds a candidate to an opening, at the top of the chosen stage (the first by default). */
export function createApplication(
  ctx: ServiceContext,
  jobId: string,
  input: CreateInput,
): Promise<ApplicationDetail> {
  return ctx.store.transaction(async (tx) => {
    const job = await tx.getJob(jobId)
    if (!job) throw notFound('That opening')
    demand(await jobPermissions(tx, ctx.user, job.id), 'edit', 'That opening')
    const stage = input.stageId ? stageById(job, input.stageId) : job.stages[0]
    if (!stage) {
      throw new ProblemError(422, 'That stage is not part of this opening.', {
        errors: { stageId: ['Choose one of this opening’s stages'] },
      })
    }
    const { candidate: fields } = input
    if (await tx.findApplicationByEmail(job.id, fields.email)) {
      throw new ProblemError(409, `${fields.email} has already applied to ${job.title}.`, {
        errors: { 'candidate.email': ['This person has already applied to this opening'] },
      })
    }
    const at = ctx.now().toISOString()
    const candidate: Candidate = {
      id: ctx.newId('cand'),
      ...fields,
      links: {
        github: fields.links?.github ?? null,
        linkedin: fields.links?.linkedin ?? null,
        website: fields.links?.website ?? null,
      },
      version: 1,
      createdAt: at,
      updatedAt: at,
    }
    const application: Application = {
      id: ctx.newId('app'),
      jobId: job.id,
      candidateId: candidate.id,
      stageId: stage.id,
      rank: await rankAt(tx, stage.id, 'start', ''),
      status: statusForStage(stage),
      rejection: null,
      source: input.source,
      appliedAt: at.slice(0, 10),
      stageEnteredAt: at,
      version: 1,
      createdAt: at,
      updatedAt: at,
    }
    await tx.insertCandidate(candidate)
    await tx.insertApplication(application)
    const entry = await recordHistory(ctx, tx, application, 'applied', null, at)
    await recordChange(ctx, tx, application, 'application.created')
    const permissions = await applicationPermissions(tx, ctx.user, application)
    return {
      application,
      candidate,
      history: [entry],
      interviewers: [],
      assignments: [],
      permissions,
    }
  })
}

/**
 * The application, if the user may do `right` to it and `expectedVersion` is still its
 * version; else a 404, 403 or 409 saying why.
 */
export async function loadForWrite(
  ctx: ServiceContext,
  tx: StoreReader,
  applicationId: string,
  expectedVersion: number,
  right: 'move' | 'decide',
) {
  const application = await tx.getApplication(applicationId)
  if (!application) throw notFound(WHAT)
  demand(await applicationPermissions(tx, ctx.user, application), right, WHAT)
  if (application.version !== expectedVersion) throw await staleWrite(tx, application)
  return application
}

async function staleWrite(tx: StoreReader, current: Application) {
  // One after another: inside a transaction they share one connection.
  const history = await tx.listHistory(current.id)
  const candidate = await tx.getCandidate(current.candidateId)
  const job = await tx.getJob(current.jobId)
  const lastChange = history.at(-1) ?? null
  const stage = job && stageById(job, current.stageId)
  const who = lastChange ? ` by ${lastChange.actor.name}` : ''
  return new ProblemError(
    409,
    `${candidate?.name ?? 'This candidate'} was changed${who} meanwhile and is now in ${stage?.name ?? 'another stage'}.`,
    { current, lastChange },
  )
}

/** The rank that puts a card at `position` in `stageId`, leaving the card itself out. */
export async function rankAt(tx: StoreReader, stageId: string, position: Position, selfId: string) {
  if (position === 'start') {
    return rankBetween(null, await tx.adjacentRank(stageId, null, 'after', selfId))
  }
  if (position === 'end') {
    return rankBetween(await tx.adjacentRank(stageId, null, 'before', selfId), null)
  }
  if ('rank' in position) {
    const at = { rank: position.rank, id: selfId }
    return rankBetween(
      await tx.adjacentRank(stageId, at, 'before', selfId),
      await tx.adjacentRank(stageId, at, 'after', selfId),
    )
  }
  const anchorId = 'afterId' in position ? position.afterId : position.beforeId
  const anchor = anchorId === selfId ? undefined : await tx.getApplication(anchorId)
  if (!anchor || anchor.stageId !== stageId) {
    throw new ProblemError(422, 'The card to place this one next to is not in that stage.', {
      errors: { position: ['Place the card next to another card of the target stage'] },
    })
  }
  if ('afterId' in position) {
    return rankBetween(anchor.rank, await tx.adjacentRank(stageId, anchor, 'after', selfId))
  }
  return rankBetween(await tx.adjacentRank(stageId, anchor, 'before', selfId), anchor.rank)
}

/**
 * Writes one change to an application: the next version, its stage-history row when `history`
 * names one, and the change event, all in the caller's transaction.
 */
export async function saveChange(
  ctx: ServiceContext,
  tx: StoreWriter,
  before: Application,
  history: HistoryKind | null,
  changes: (at: string) => Partial<Application>,
) {
  const at = ctx.now().toISOString()
  const after: Application = {
    ...before,
    ...changes(at),
    version: before.version + 1,
    updatedAt: at,
  }
  await tx.updateApplication(after)
  if (history) await recordHistory(ctx, tx, after, history, before.stageId, at)
  await recordChange(ctx, tx, after, 'application.changed', {
    stageIds: [before.stageId, after.stageId],
  })
  return after
}

async function recordHistory(
  ctx: ServiceContext,
  tx: StoreWriter,
  application: Application,
  kind: HistoryKind,
  fromStageId: string | null,
  at: string,
) {
  const entry: StageHistoryEntry = {
    id: ctx.newId('hist'),
    applicationId: application.id,
    kind,
    fromStageId,
    toStageId: application.stageId,
    actor: ctx.actor,
    at,
  }
  await tx.insertHistory(entry)
  return entry
}
