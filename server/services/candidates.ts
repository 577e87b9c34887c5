import type * as z from 'zod/mini'
import type { Candidate, CandidatePatch } from '@contract/candidates.ts'
import { notFound, ProblemError } from '../http/problem.ts'
import type { ServiceContext } from './context.ts'

type PatchInput = z.output<typeof CandidatePatch>

/** Changes the fields a PATCH names, if nobody edited the candidate meanwhile. */
export function updateCandidate(ctx: ServiceContext, candidateId: string, input: PatchInput) {
  return ctx.store.transaction(async (tx) => {
    const candidate = await tx.getCandidate(candidateId)
    if (!candidate) throw notFound('That candidate')
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
      for (const application of await tx.listCandidateApplications(candidate.id)) {
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
    return updated
  })
}
