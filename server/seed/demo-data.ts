import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import type { Job } from '@contract/jobs.ts'

/** Everything a store holds: what a seed produces and what a memory store snapshots. */
export type DemoData = {
  users: User[]
  jobs: Job[]
  candidates: Candidate[]
  applications: Application[]
  history: StageHistoryEntry[]
}
