import type * as z from 'zod/mini'
import type { Candidate, CandidatePatch } from '@contract/candidates.ts'
import { notFound, ProblemError } from '../http/problem.ts'
import type { StoreReader } from '../store/store.ts'
import { applicationPermissions, demand, visibleCandidate } from './access.ts'
import type { ServiceContext } from './context.ts'
import { recordChange } from './events.ts'

type PatchInput = z.output<typeof CandidatePatch>

const WHAT = 'That candidate'

/** The user's best rights over any of the candidate's applications. */
async function candidatePermissions(ctx: ServiceContext, store: StoreReader, candidateId: string) {
  const applications = await store.listCandidateApplications(candidateId)
  // One after another: inside a transaction they share one connection.
  const all = []
  for (const application of applications) {
    all.push(await applicationPermissions(store, ctx.user, application))
  }
  const best = all.find((permissions) => permissions.edit) ?? all.find((p) => p.view) ?? all[0]
  return { applications, permissions: best }
}

export async function getCandidate(ctx: ServiceContext, candidateId: string) {
  const candidate = await ctx.store.getCandidate(candidateId)
  if (!candidate) throw notFound(WHAT)
  const { permissions } = await candidatePermissions(ctx, ctx.store, candidateId)
  if (!permissions) throw notFound(WHAT)
  demand(permissions, 'view', WHAT)
  return visibleCandidate(candidate, permissions)
}

/** Changes the fields a PATCH names, if nobody edited the candidate meanwhile. */
export function updateCandidate(ctx: ServiceContext, candidateId: string, input: PatchInput) {
  return ctx.store.transaction(async (tx) => {
    const candidate = await tx.getCandidate(candidateId)
    if (!candidate) throw notFound(WHAT)
    const { applications, permissions } = await candidatePermissions(ctx, tx, candidateId)
    if (!permissions) throw notFound(WHAT)
    demand(permissions, 'edit', WHAT)
    if (candidate.version !== input.expectedVersion) {
      throw new ProblemError(409, 'Someone else edited this candidate meanwhile.', {
        current: candidate,
      })
    }
    const { expectedVersion: _, links, ...fields } = input
    const changes = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    ) as Partial<Candidate>
    if (changes.email && changes.email !== candidate.email) {
      for (const application of applications) {
        const other = await tx.findApplicationByEmail(application.jobId, changes.email)
        if (other && other.candidateId !== candidate.id) {
          throw new ProblemError(409, `${changes.email} belongs to another applicant.`, {
            errors: { email: ['Another applicant to the same opening has this email'] },
          })
        }
      }
    }
    const updated: Candidate = {
      ...candidate,
      ...changes,
      links: { ...candidate.links, ...links },
      version: candidate.version + 1,
      updatedAt: ctx.now().toISOString(),
    }
    await tx.updateCandidate(updated)
    // Its applications were read without a lock (a move may have taken one elsewhere since),
    // so the events name no columns: the boards refetch every column. Edits are rare.
    for (const application of applications) {
      await recordChange(ctx, tx, application, 'application.changed', { stageIds: [] })
    }
    return updated
  })
}
