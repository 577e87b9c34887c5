import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { BoardCard } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { Actor, User } from '@contract/common.ts'
import type { ChangeEvent } from '@contract/events.ts'
import type { Job } from '@contract/jobs.ts'
import type { JobRole } from '@contract/rules/permissions.ts'
import type { DemoData } from '../seed/demo-data.ts'

/** An application with the candidate fields a board card shows. */
export type ApplicationWithCandidate = { application: Application; candidate: Candidate }

/** How many applications of a job sit in each stage, by status. */
export type StageCount = { stageId: string; status: ApplicationStatus; count: number }

/** Where a rank sits in a stage: its own rank and id (ties sort by id). */
export type RankKey = { rank: string; id: string }

/**
 * Which of a job's applications a board shows. `q` (trimmed, non-empty) matches the
 * candidate's name, current title, current company or one of their skills as a substring,
 * ignoring case; `assignedTo` keeps only the applications that user interviews.
 */
export type CardFilter = { q?: string | null; assignedTo?: string | null }

/** What a page of a column holds: at most `limit` cards with these statuses, kept by the filter. */
export type StagePage = CardFilter & { statuses: readonly ApplicationStatus[]; limit: number }

/** Where a column's page starts: strictly after `after` in rank order (null: at the top). */
export type ColumnStart = { stageId: string; after: RankKey | null }

/** A user with what signing in checks: the scrypt hash (`salt:hash`, hex) of their password. */
export type UserCredentials = User & { passwordHash: string | null }

/** A signed-in browser. The cookie holds a random token; the store keeps only its hash. */
export type SessionRow = { tokenHash: string; userId: string; expiresAt: string; createdAt: string }

/** An event before the store numbers it. */
export type NewChangeEvent = Omit<ChangeEvent, 'id'>

/** What may be read, inside or outside a transaction. */
export type StoreReader = {
  listJobs(): Promise<Job[]>
  getJob(jobId: string): Promise<Job | undefined>
  /** Per stage and status; only the applications `filter` keeps (all of them by default). */
  countApplications(jobId: string, filter?: CardFilter): Promise<StageCount[]>
  /**
   * A page of each column in `columns` (in that order), each in rank order, in one read: a
   * board's first pages, or the next page of one column. Only the fields a card shows.
   */
  listStageCards(
    jobId: string,
    columns: readonly ColumnStart[],
    page: StagePage,
  ): Promise<BoardCard[][]>
  /**
   * A job's applications with the given statuses, in stage then rank order: the whole job at
   * once, with full candidates (the store tests' reference read; the board pages instead).
   */
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
  listUsers(): Promise<User[]>
  getCredentials(email: string): Promise<UserCredentials | undefined>
  /** The user's part on each opening's hiring team. */
  listJobRoles(userId: string): Promise<{ jobId: string; role: JobRole }[]>
  /** Interviewers assigned to the application. */
  listInterviewers(applicationId: string): Promise<Actor[]>
  /** Ids of the applications of `jobId` (or of every job) that `userId` interviews. */
  listAssignedApplicationIds(userId: string, jobId?: string): Promise<string[]>
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
  setInterviewers(applicationId: string, userIds: readonly string[]): Promise<void>
  /** Appends a change event; it is numbered and published when the transaction commits. */
  appendEvent(event: NewChangeEvent): Promise<void>
}

/**
 * Where the API keeps its data. Every write runs inside `transaction`: all of it commits or
 * none of it does, and transactions do not interleave on the same rows.
 */
export type Store = StoreReader & {
  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T>
  /** Replaces everything with `data` (the demo's reset), keeping users and sessions. */
  replaceAll(data: DemoData): Promise<void>

  createSession(session: SessionRow): Promise<void>
  /** The session if it exists and has not expired at `now`. */
  getSession(tokenHash: string, now: string): Promise<SessionRow | undefined>
  deleteSession(tokenHash: string): Promise<void>
  /**
   * How many failed sign-in attempts `key` had since `since`, first recording one at `at`
   * when given (attempts older than `since` are forgotten).
   */
  countSignInAttempt(key: string, at: string | null, since: string): Promise<number>
  /** Forgets `key`'s attempts (after a successful sign-in). */
  clearSignInAttempts(key: string): Promise<void>

  /** Events after `afterId`, oldest first, at most `limit`. */
  listEventsAfter(afterId: number, limit: number): Promise<ChangeEvent[]>
  latestEventId(): Promise<number>
  /** Calls `listener` when new events may have been committed (by any instance). */
  onEvents(listener: () => void): () => void

  /** Reachable right now? (GET /api/health) */
  ping(): Promise<boolean>
  close(): Promise<void>
}

/** The database cannot be reached; the API answers 503 and recovers when it returns. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable', { cause })
    this.name = 'StoreUnavailableError'
  }
}
