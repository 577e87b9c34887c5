import * as z from 'zod/mini'
import { Permissions } from './auth.ts'
import { APPLICATION_STATUSES, REJECTION_REASONS, SOURCES } from './catalog.ts'
import { Candidate, CandidateInput } from './candidates.ts'
import { Actor, Id, IsoDate, optionalText, Timestamp, Version } from './common.ts'

export const ApplicationStatus = z.enum(APPLICATION_STATUSES)
export const Source = z.enum(SOURCES, 'Choose a source')
export const RejectionReason = z.enum(REJECTION_REASONS, 'Choose a reason')

export const Rejection = z.object({
  reason: RejectionReason,
  note: z.nullable(z.string()),
})
export type Rejection = z.infer<typeof Rejection>

export const Application = z.object({
  id: Id,
  jobId: Id,
  candidateId: Id,
  stageId: Id,
  /** Fractional index: applications in a stage sort by rank, then id. */
  rank: z.string(),
  status: ApplicationStatus,
  rejection: z.nullable(Rejection),
  source: Source,
  appliedAt: IsoDate,
  stageEnteredAt: Timestamp,
  /** Increments on every write; writes carry the version they were based on. */
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Application = z.infer<typeof Application>

export const HistoryKind = z.enum(['applied', 'moved', 'rejected', 'withdrawn', 'restored'])
export type HistoryKind = z.infer<typeof HistoryKind>

/** One row per change of stage or status: who, from, to, when. */
export const StageHistoryEntry = z.object({
  id: Id,
  applicationId: Id,
  kind: HistoryKind,
  fromStageId: z.nullable(Id),
  toStageId: Id,
  actor: Actor,
  at: Timestamp,
})
export type StageHistoryEntry = z.infer<typeof StageHistoryEntry>

/** An interviewer assigned to one stage of an application. */
export const Assignment = z.object({ stageId: Id, interviewer: Actor })
export type Assignment = z.infer<typeof Assignment>

export const ApplicationDetail = z.object({
  application: Application,
  /** Without contact details (email null, no phone, location or links) for interviewers. */
  candidate: Candidate,
  history: z.array(StageHistoryEntry),
  /** Interviewers of the application's current stage. */
  interviewers: z.array(Actor),
  /** Every stage's interviewers (a blinded interviewer sees only their own). */
  assignments: z.array(Assignment),
  /** What the current user may do with this application. */
  permissions: Permissions,
})
export type ApplicationDetail = z.infer<typeof ApplicationDetail>

/** A rank as the server hands them out: a fractional index, letters and digits. */
/** Ranks grow as cards go again and again into one spot; far below this in any real board. */
export const RANK_MAX_LENGTH = 1000

export const Rank = z
  .string('A rank is required')
  .check(
    z.minLength(1, 'A rank is required'),
    z.maxLength(RANK_MAX_LENGTH, `A rank is at most ${RANK_MAX_LENGTH} characters`),
    z.regex(/^[0-9A-Za-z]+$/, 'A rank has only letters and digits'),
  )

/**
 * Where a moved card lands in its target stage: directly after or before another
 * application of that stage, at its start or end, or where a card of a given rank sorts (an
 * undo puts a card back at its old rank, among all its column's cards, even those a search
 * hides). Default: start.
 */
export const Position = z.union([
  z.literal('start'),
  z.literal('end'),
  z.strictObject({ afterId: Id }),
  z.strictObject({ beforeId: Id }),
  z.strictObject({ rank: Rank }),
])
export type Position = z.infer<typeof Position>

export const MoveRequest = z.object({
  toStageId: Id,
  position: z._default(Position, 'start'),
  expectedVersion: Version,
})
export type MoveRequest = z.input<typeof MoveRequest>

export const RejectRequest = z.object({
  reason: RejectionReason,
  note: optionalText(2000, 'Note'),
  expectedVersion: Version,
})
export type RejectRequest = z.input<typeof RejectRequest>

export const RestoreRequest = z.object({ expectedVersion: Version })
export type RestoreRequest = z.input<typeof RestoreRequest>

export const CreateApplicationRequest = z.object({
  candidate: CandidateInput,
  source: Source,
  /** Defaults to the job's first stage. */
  stageId: z.optional(Id),
})
export type CreateApplicationRequest = z.input<typeof CreateApplicationRequest>

/** Replaces the interviewers of one stage (default: the application's current stage). */
export const SetInterviewersRequest = z.object({
  stageId: z.optional(Id),
  userIds: z.array(Id).check(z.maxLength(20, 'At most 20 interviewers')),
})
export type SetInterviewersRequest = z.input<typeof SetInterviewersRequest>

/** 409 on a stale write: the application as it is now, and who last changed it where. */
export const ConflictProblemExtras = z.object({
  current: Application,
  lastChange: z.nullable(StageHistoryEntry),
})
export type ConflictProblemExtras = z.infer<typeof ConflictProblemExtras>
