import type { ApplicationStatus } from '../catalog.ts'
import type { Job, Stage } from '../jobs.ts'

export function stageById(job: Pick<Job, 'stages'>, stageId: string): Stage | undefined {
  return job.stages.find((stage) => stage.id === stageId)
}

/** The stage before or after `stageId` in pipeline order, if any. */
export function adjacentStage(job: Pick<Job, 'stages'>, stageId: string, step: 1 | -1) {
  const index = job.stages.findIndex((stage) => stage.id === stageId)
  if (index === -1) return undefined
  return job.stages[index + step]
}

/** An open application's status follows its stage: the hired stage means hired. */
export function statusForStage(stage: Stage): Extract<ApplicationStatus, 'active' | 'hired'> {
  return stage.kind === 'hired' ? 'hired' : 'active'
}

export const isOpen = (status: ApplicationStatus) => status === 'active' || status === 'hired'
