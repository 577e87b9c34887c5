import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import type { Job } from '@contract/jobs.ts'
import type { JobRole } from '@contract/rules/permissions.ts'

/** Everything a store holds: what a seed produces and what a memory store snapshots. */
export type DemoData = {
  users: User[]
  jobs: Job[]
  candidates: Candidate[]
  applications: Application[]
  history: StageHistoryEntry[]
  /** Who recruits for or manages each opening. */
  jobRoles: { jobId: string; userId: string; role: JobRole }[]
  /** Who interviews which application. */
  interviewers: { applicationId: string; userId: string }[]
}
