import type { Application, Assignment, StageHistoryEntry } from '@contract/applications.ts'
import type { BoardCard } from '@contract/board.ts'
import type { ApplicationStatus, RejectionReason } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { Actor, User } from '@contract/common.ts'
import type { ChangeEvent } from '@contract/events.ts'
import type { Job } from '@contract/jobs.ts'
import type { Note, Notification, NotificationList } from '@contract/notes.ts'
import type { JobRole } from '@contract/rules/permissions.ts'
import type {
  Decision,
  InterviewPlan,
  OwedReview,
  Recommendation,
  Scorecard,
} from '@contract/reviews.ts'
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

/** A notification with the user it is for (the contract's shape leaves that implicit). */
export type NotificationRow = Notification & { userId: string }

/** An interviewer's assignment to one stage of an application, and since when. */
export type AssignmentRow = Assignment & { assignedAt: string }

/** A hiring decision taken through the decision panel (its stage change is in the history). */
export type DecisionRecord = {
  id: string
  applicationId: string
  decision: Decision
  fromStageId: string
  toStageId: string | null
  reason: RejectionReason | null
  note: string | null
  actor: Actor
  at: string
}

/**
 * What a board card's review line needs of one application: every assignment and the
 * submitted scorecards' authors and recommendations (no content, no drafts).
 */
export type ReviewFacts = {
  applicationId: string
  assignments: Assignment[]
  submissions: {
    stageId: string
    author: Actor
    submitted: { recommendation: Recommendation; submittedAt: string }
  }[]
}

/** An event as the store keeps it: the change, and who else must hear of it. */
export type StoredChangeEvent = ChangeEvent & {
  /**
   * Users told of it though they may no longer see the application: interviewers just taken
   * off it, whose boards must drop it. Never streamed (it would tell who else was removed).
   */
  alsoTo: string[]
}

/** An event before the store numbers it. */
export type NewChangeEvent = Omit<StoredChangeEvent, 'id' | 'alsoTo'> & { alsoTo?: string[] }

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
  /** Everyone assigned to any stage of the application (once each), by name. */
  listInterviewers(applicationId: string): Promise<Actor[]>
  /** Ids of the applications of `jobId` (or of every job) that `userId` interviews (any stage). */
  listAssignedApplicationIds(userId: string, jobId?: string): Promise<string[]>
  /** Who interviews which stage, in pipeline order, then by name. */
  listAssignments(applicationId: string): Promise<AssignmentRow[]>
  /** The job's stored plan (inside a transaction: locked for update), if it has one. */
  getPlan(jobId: string): Promise<InterviewPlan | undefined>
  /** The application's scorecards in full (drafts and revisions too), oldest first. */
  listScorecards(applicationId: string): Promise<Scorecard[]>
  /** One author's scorecard for one stage (inside a transaction: locked for update). */
  getScorecard(
    applicationId: string,
    stageId: string,
    authorId: string,
  ): Promise<Scorecard | undefined>
  /** Oldest first. */
  listDecisions(applicationId: string): Promise<DecisionRecord[]>
  /**
   * Assignments and submitted recommendations of many applications in one read (a board
   * page's cards); applications with neither are left out.
   */
  listReviewFacts(applicationIds: readonly string[]): Promise<ReviewFacts[]>
  /**
   * The scorecards `userId` owes: their assignments without a submitted scorecard, on active
   * applications that have reached the assigned stage (an interview ahead is not owed yet),
   * oldest assignment first, at most `limit`.
   */
  listOwedReviews(userId: string, limit: number): Promise<OwedReview[]>
  /** How many scorecards `userId` owes in all: the rows listOwedReviews lists, uncapped. */
  countOwedReviews(userId: string): Promise<number>
  /** The application's notes, oldest first (ties in the order they were written). */
  listNotes(applicationId: string): Promise<Note[]>
  /**
   * The user's newest `limit` notifications, newest first (ties: the later written first),
   * and how many of all of theirs are unread.
   */
  listNotifications(userId: string, limit: number): Promise<NotificationList>
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
  /**
   * Replaces who interviews `stageId` of the application; those already assigned keep their
   * `assignedAt`, newcomers get `at`. Answers the ids of those taken off, in code-unit order.
   */
  setInterviewers(
    applicationId: string,
    stageId: string,
    userIds: readonly string[],
    at: string,
  ): Promise<string[]>
  savePlan(plan: InterviewPlan): Promise<void>
  insertScorecard(scorecard: Scorecard): Promise<void>
  /** Replaces the row; revisions are only ever appended. */
  updateScorecard(scorecard: Scorecard): Promise<void>
  insertDecision(decision: DecisionRecord): Promise<void>
  insertNote(note: Note): Promise<void>
  insertNotifications(rows: readonly NotificationRow[]): Promise<void>
  /**
   * Marks the user's unread notifications among `ids` (all of theirs when null) read at `at`;
   * other users' and unknown ids are left alone. Returns how many it marked.
   */
  markNotificationsRead(userId: string, ids: readonly string[] | null, at: string): Promise<number>
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
  listEventsAfter(afterId: number, limit: number): Promise<StoredChangeEvent[]>
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
