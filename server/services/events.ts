import type { Application } from '@contract/applications.ts'
import type { ChangeKind } from '@contract/events.ts'
import type { StoreWriter } from '../store/store.ts'
import type { ServiceContext } from './context.ts'

/** Tells every client that may see it that this application changed (on commit). */
export function recordChange(
  ctx: ServiceContext,
  tx: StoreWriter,
  application: Pick<Application, 'id' | 'jobId'>,
  kind: Exclude<ChangeKind, 'data.reset'>,
) {
  return tx.appendEvent({
    kind,
    jobId: application.jobId,
    applicationId: application.id,
    actor: ctx.actor,
    origin: ctx.origin,
    at: ctx.now().toISOString(),
  })
}
