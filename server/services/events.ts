import type { Application } from '@contract/applications.ts'
import type { ChangeKind } from '@contract/events.ts'
import type { StoreWriter } from '../store/store.ts'
import type { ServiceContext } from './context.ts'

/**
 * Tells every client that may see it that this application changed (on commit), and in which
 * columns: where it is, and where it was (`fromStageId`, for a move).
 */
export function recordChange(
  ctx: ServiceContext,
  tx: StoreWriter,
  application: Pick<Application, 'id' | 'jobId' | 'stageId'>,
  kind: Exclude<ChangeKind, 'data.reset'>,
  fromStageId = application.stageId,
) {
  return tx.appendEvent({
    kind,
    jobId: application.jobId,
    applicationId: application.id,
    stageIds: [...new Set([fromStageId, application.stageId])],
    actor: ctx.actor,
    origin: ctx.origin,
    at: ctx.now().toISOString(),
  })
}
