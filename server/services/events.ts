import type { Application } from '@contract/applications.ts'
import type { ChangeKind } from '@contract/events.ts'
import type { StoreWriter } from '../store/store.ts'
import type { ServiceContext } from './context.ts'

/**
 * Tells every client that may see it that this application changed (on commit), and in which
 * board columns (`stageIds`: where it is, and where it was for a move; none for "any"); and
 * the users in `alsoTo`, who may no longer see it (interviewers just taken off it).
 */
export function recordChange(
  ctx: ServiceContext,
  tx: StoreWriter,
  application: Pick<Application, 'id' | 'jobId' | 'stageId'>,
  kind: Exclude<ChangeKind, 'data.reset'>,
  stageIds: readonly string[] = [application.stageId],
  alsoTo: readonly string[] = [],
) {
  return tx.appendEvent({
    kind,
    jobId: application.jobId,
    applicationId: application.id,
    stageIds: [...new Set(stageIds)],
    alsoTo: [...alsoTo],
    actor: ctx.actor,
    origin: ctx.origin,
    at: ctx.now().toISOString(),
  })
}
