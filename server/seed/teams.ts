import type { DemoData } from './demo-data.ts'
import { SENIOR_GO_ENGINEER } from './jobs.ts'

/** Stages whose candidates have interviewers: the technical and team interviews. */
const INTERVIEW_STAGES = new Set(['sge-go-technical', 'sge-system-design', 'sge-team-interview'])

/**
 * The demo's hiring teams: the recruiter recruits for every opening, the hiring manager
 * manages the Senior Go Engineer only, and the interviewer interviews the open applications
 * in its interview stages, so each role sees a different slice.
 */
export function demoTeams(
  data: Pick<DemoData, 'jobs' | 'applications'>,
): Pick<DemoData, 'jobRoles' | 'interviewers'> {
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
      .filter((application) => INTERVIEW_STAGES.has(application.stageId))
      .map((application) => ({ applicationId: application.id, userId: 'user-interviewer' })),
  }
}
