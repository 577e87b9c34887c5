import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import type { Job } from '@contract/jobs.ts'
import type { DemoData } from '../seed/demo-data.ts'

/** An application with the candidate fields a board card shows. */
export type ApplicationWithCandidate = { application: Application; candidate: Candidate }

/** How many applications of a job sit in each stage, by status. */
export type StageCount = { stageId: string; status: ApplicationStatus; count: number }

/** Where a rank sits in a stage: its own rank and id (ties sort by id). */
export type RankKey = { rank: string; id: string }

/** What may be read, inside or outside a transaction. */
export type StoreReader = {
  listJobs(): Promise<Job[]>
  getJob(jobId: string): Promise<Job | undefined>
  countApplications(jobId: string): Promise<StageCount[]>
  /** A job's applications with the given statuses, in stage then rank order. */
  listApplications(
    jobId: string,
    statuses: readonly ApplicationStatus[],
  ): Promise<ApplicationWithCandidate[]>
  getApplication(applicationId: string): Promise<Application | undefined>
  findApplicationByEmail(jobId: string, email: string): Promise<Application | undefined>
  getCandidate(candidateId: string): Promise<Candidate | undefined>
  listCandidateApplications(candidateId: string): Promise<Application[]>
  /** Oldest first. */
  listHistory(applicationId: string): Promise<StageHistoryEntry[]>
  getUser(userId: string): Promise<User | undefined>
  /**
   * The nearest rank in `stageId` strictly after (or before) `from`, or the stage's last
   * (first) rank when `from` is null; `excludeId` is left out (the card being moved).
   */
  adjacentRank(
    stageId: string,
    from: RankKey | null,
    direction: 'after' | 'before',
    excludeId: string,
  ): Promise<string | null>
}

/** What a transaction may also write. Nothing is visible to others until it commits. */
export type StoreWriter = StoreReader & {
  insertCandidate(candidate: Candidate): Promise<void>
  updateCandidate(candidate: Candidate): Promise<void>
  insertApplication(application: Application): Promise<void>
  updateApplication(application: Application): Promise<void>
  insertHistory(entry: StageHistoryEntry): Promise<void>
}

/**
 * Where the API keeps its data. Every write runs inside `transaction`: all of it commits or
 * none of it does, and transactions do not interleave on the same rows.
 */
export type Store = StoreReader & {
  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T>
  /** Replaces everything with `data` (the demo's reset). */
  replaceAll(data: DemoData): Promise<void>
}
