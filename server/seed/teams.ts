import type { DemoData } from './demo-data.ts'
import { SENIOR_GO_ENGINEER } from './jobs.ts'

/**
 * Who interviews each stage: the recruiter screens, both interviewers take the Go technical
 * interview (so the blind rule has two people on one stage), one each the system design and
 * the team interview. Other stages have no interviews.
 */
export const STAGE_INTERVIEWERS: Readonly<Record<string, readonly string[]>> = {
  'sge-recruiter-screen': ['user-recruiter'],
  'sge-go-technical': ['user-interviewer', 'user-interviewer-2'],
  'sge-system-design': ['user-interviewer'],
  'sge-team-interview': ['user-interviewer-2'],
  'pd-portfolio-review': ['user-recruiter'],
}

/** When each application entered each stage it has been in, from its history. */
export function stageEntries(history: DemoData['history']) {
  const entered = new Map<string, Map<string, string>>()
  for (const entry of history) {
    if (entry.kind !== 'applied' && entry.kind !== 'moved') continue
    const stages = entered.get(entry.applicationId) ?? new Map<string, string>()
    stages.set(entry.toStageId, entry.at)
    entered.set(entry.applicationId, stages)
  }
  return entered
}

/**
 * The demo's hiring teams: the recruiter recruits for every opening, the hiring manager
 * manages the Senior Go Engineer only, and each open application has the interviewers of
 * every interview stage it has reached, assigned when it entered that stage, so each role
 * sees a different slice.
 */
export function demoTeams(
  data: Pick<DemoData, 'jobs' | 'applications' | 'history'>,
): Pick<DemoData, 'jobRoles' | 'interviewers'> {
  const entered = stageEntries(data.history)
  const jobs = new Map(data.jobs.map((job) => [job.id, job]))
  return {
    jobRoles: [
      ...data.jobs.map((job) => ({
        jobId: job.id,
        userId: 'user-recruiter',
        role: 'recruiter' as const,
      })),
      { jobId: SENIOR_GO_ENGINEER.id, userId: 'user-hiring-manager', role: 'hiring_manager' },
    ],
    interviewers: data.applications
      .filter((application) => application.status === 'active')
      .flatMap((application) => {
        const stages = jobs.get(application.jobId)?.stages ?? []
        const reached = stages.slice(
          0,
          stages.findIndex((stage) => stage.id === application.stageId) + 1,
        )
        return reached.flatMap((stage) =>
          (STAGE_INTERVIEWERS[stage.id] ?? []).map((userId) => ({
            applicationId: application.id,
            stageId: stage.id,
            userId,
            assignedAt: entered.get(application.id)?.get(stage.id) ?? application.stageEnteredAt,
          })),
        )
      }),
  }
}
