import type { Application } from '@contract/applications.ts'
import type { ChangeKind } from '@contract/events.ts'
import type { StoreWriter } from '../store/store.ts'
import type { ServiceContext } from './context.ts'

type ChangeOptions = {
  /** The board columns it touched: where it is, and where it was for a move; none for "any". */
  stageIds?: readonly string[]
  /** Users who may no longer see it but must hear of it: interviewers just taken off it. */
  alsoTo?: readonly string[]
}

/** Tells every client that may see it that this application changed (on commit). */
export function recordChange(
  ctx: ServiceContext,
  tx: StoreWriter,
  application: Pick<Application, 'id' | 'jobId' | 'stageId'>,
  kind: Exclude<ChangeKind, 'data.reset'>,
  { stageIds = [application.stageId], alsoTo = [] }: ChangeOptions = {},
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
