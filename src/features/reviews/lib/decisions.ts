import type { Application } from '@contract/applications.ts'
import type { Job } from '@contract/jobs.ts'
import { DECISIONS, type Decision } from '@contract/catalog.ts'
import type { Suggestion } from '@contract/reviews.ts'
import { decisionTarget } from '@contract/rules/reviews.ts'
import { stageById } from '@contract/rules/stages.ts'

export type DecisionOption = {
  decision: Decision
  toStageId: string | null
  /** The button's words, e.g. "Advance to System design". */
  label: string
}

/**
 * The decisions open to an active application, as `decisionTarget` allows them. Advancing
 * into the offer stage is what "Make offer" says, so only that one is offered then.
 */
export function decisionOptions(
  job: Pick<Job, 'stages'>,
  application: Pick<Application, 'stageId' | 'status'>,
): DecisionOption[] {
  if (application.status !== 'active') return []
  const options: DecisionOption[] = []
  for (const decision of DECISIONS) {
    const target = decisionTarget(job, application.stageId, decision)
    if ('error' in target) continue
    options.push({
      decision,
      toStageId: target.toStageId,
      label: optionLabel(job, decision, target.toStageId),
    })
  }
  const offer = options.find((option) => option.decision === 'offer')
  return options.filter(
    (option) => !(option.decision === 'advance' && offer && option.toStageId === offer.toStageId),
  )
}

function optionLabel(job: Pick<Job, 'stages'>, decision: Decision, toStageId: string | null) {
  switch (decision) {
    case 'advance':
      return `Advance to ${(toStageId && stageById(job, toStageId)?.name) ?? 'the next stage'}`
    case 'reject':
      return 'Reject'
    case 'offer':
      return 'Make offer'
    case 'hire':
      return 'Mark hired'
  }
}

/** The option a suggestion points at, if it is still open (the stage may have changed). */
export function suggestedOption(
  options: readonly DecisionOption[],
  suggestion: Suggestion | null,
): DecisionOption | undefined {
  if (!suggestion) return undefined
  return options.find(
    (option) =>
      option.decision === suggestion.decision ||
      // "advance" into the offer stage is offered as "Make offer".
      (suggestion.decision === 'advance' && option.toStageId === suggestion.toStageId),
  )
}

/** What a toast and the live region say once a decision is written. */
export function decisionDone(option: DecisionOption, name: string) {
  switch (option.decision) {
    case 'advance':
      return `Advanced ${name} to ${option.label.replace(/^Advance to /, '')}`
    case 'reject':
      return `Rejected ${name}`
    case 'offer':
      return `Moved ${name} to the offer stage`
    case 'hire':
      return `Marked ${name} as hired`
  }
}
