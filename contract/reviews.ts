import * as z from 'zod/mini'
import { Assignment, RejectionReason } from './applications.ts'
import { DECISIONS, RECOMMENDATIONS } from './catalog.ts'
import { Actor, Id, optionalText, queryInt, text, Timestamp, Version } from './common.ts'

// The lists and labels are plain values in the catalog, which the SPA may load anywhere.
export {
  DECISION_LABELS,
  DECISIONS,
  RATING_LABELS,
  RATINGS,
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
} from './catalog.ts'

/** A competency's key: stable across stages, so one competency can be assessed twice. */
export const CompetencyKey = z
  .string('A competency key is required')
  .check(
    z.minLength(1, 'A competency key is required'),
    z.maxLength(40, 'A competency key is at most 40 characters'),
    z.regex(/^[a-z0-9-]+$/, 'A competency key has only lower-case letters, digits and -'),
  )

export const Competency = z.object({
  key: CompetencyKey,
  name: text(120, 'Competency name'),
})
export type Competency = z.infer<typeof Competency>

/** The competencies an interview at one stage assesses. */
export const StagePlan = z.object({
  stageId: Id,
  competencies: z.array(Competency).check(z.maxLength(20, 'At most 20 competencies a stage')),
})
export type StagePlan = z.infer<typeof StagePlan>

/** A job's interview plan: one entry per stage of the job, in pipeline order. */
export const InterviewPlan = z.object({
  jobId: Id,
  stages: z.array(StagePlan),
  version: Version,
  updatedAt: Timestamp,
})
export type InterviewPlan = z.infer<typeof InterviewPlan>

/** Replaces the plan; stages left out assess nothing. Keys are unique within a stage. */
export const UpdatePlanRequest = z.object({
  stages: z.array(StagePlan).check(z.maxLength(30, 'At most 30 stages')),
  expectedVersion: Version,
})
export type UpdatePlanRequest = z.input<typeof UpdatePlanRequest>

export const Rating = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal('no_evidence'),
])
export type Rating = z.infer<typeof Rating>

export const Recommendation = z.enum(RECOMMENDATIONS, 'Choose a recommendation')
export type Recommendation = z.infer<typeof Recommendation>

export const CompetencyRating = z.object({
  /** Null: not rated yet (a draft); a submitted scorecard rates every planned competency. */
  rating: z.nullable(Rating),
  note: z.string().check(z.maxLength(4000, 'A note must be at most 4000 characters')),
})
export type CompetencyRating = z.infer<typeof CompetencyRating>

/** What an interviewer writes: a rating and note per competency, a recommendation, a summary. */
export const ScorecardContent = z.object({
  ratings: z.record(CompetencyKey, CompetencyRating),
  recommendation: z.nullable(Recommendation),
  summary: z.string().check(z.maxLength(8000, 'The summary must be at most 8000 characters')),
})
export type ScorecardContent = z.infer<typeof ScorecardContent>

export const SubmittedScorecard = z.extend(ScorecardContent, {
  recommendation: Recommendation,
  submittedAt: Timestamp,
})
export type SubmittedScorecard = z.infer<typeof SubmittedScorecard>

/** One interviewer's scorecard for one stage of one application. */
export const Scorecard = z.object({
  id: Id,
  applicationId: Id,
  stageId: Id,
  author: Actor,
  /** The latest submission; null until first submitted. What everyone else may see. */
  submitted: z.nullable(SubmittedScorecard),
  /**
   * The author's work in progress (a first draft, or an amendment of a submission). Only the
   * author ever sees it; null for everyone else and when there is none.
   */
  draft: z.nullable(ScorecardContent),
  /** Earlier submissions an amendment replaced, oldest first. */
  revisions: z.array(SubmittedScorecard),
  version: Version,
  updatedAt: Timestamp,
})
export type Scorecard = z.infer<typeof Scorecard>

/** Saves the author's draft (autosave). `expectedVersion` null creates the scorecard. */
export const SaveScorecardDraftRequest = z.object({
  content: ScorecardContent,
  expectedVersion: z.nullable(Version),
})
export type SaveScorecardDraftRequest = z.input<typeof SaveScorecardDraftRequest>

/**
 * Submits `content` (saving it first, in the same write): every competency the stage plans
 * must be rated (1–4 or no evidence) and a recommendation chosen, else 422 per field.
 */
export const SubmitScorecardRequest = SaveScorecardDraftRequest
export type SubmitScorecardRequest = SaveScorecardDraftRequest

export const Decision = z.enum(DECISIONS, 'Choose a decision')
export type Decision = z.infer<typeof Decision>

/**
 * When every scorecard owed for the current stage is in and all agree: the next step to
 * consider. Only ever a suggestion; nothing moves until someone decides.
 */
export const Suggestion = z.object({
  decision: Decision,
  /** Where `advance`/`offer`/`hire` would move the application; null for reject. */
  toStageId: z.nullable(Id),
  /** E.g. "All 3 interviewers recommend yes". */
  reason: z.string(),
})
export type Suggestion = z.infer<typeof Suggestion>

/** Everything the review of one application shows, as the current user may see it. */
export const ApplicationReviews = z.object({
  applicationId: Id,
  /** The job's plan, every stage in pipeline order (empty competencies: none planned). */
  plan: z.array(StagePlan),
  /** Who interviews at which stage (a blinded viewer sees only their own). */
  assignments: z.array(Assignment),
  /**
   * Visible scorecards: the viewer's own (with its draft), and everyone's submitted ones
   * unless the blind rule hides them.
   */
  scorecards: z.array(Scorecard),
  /** Assignments without a submitted scorecard yet (a blinded viewer sees only their own). */
  owed: z.array(Assignment),
  /**
   * True when the viewer is an interviewer who still owes a scorecard here: others'
   * scorecards (and anything derived from them) stay hidden until they submit theirs.
   */
  blinded: z.boolean(),
  suggestion: z.nullable(Suggestion),
})
export type ApplicationReviews = z.infer<typeof ApplicationReviews>

/** A board card's review line: null when the viewer is blinded for that application. */
export const ReviewSummary = z.object({
  submitted: z.int(),
  owed: z.int(),
  /** The submitted recommendations, in submission order. */
  recommendations: z.array(Recommendation),
})
export type ReviewSummary = z.infer<typeof ReviewSummary>

/** A scorecard the current user owes (GET /api/reviews/mine), oldest assignment first. */
export const OwedReview = z.object({
  applicationId: Id,
  jobId: Id,
  jobTitle: z.string(),
  candidateName: z.string(),
  stageId: Id,
  stageName: z.string(),
  assignedAt: Timestamp,
  /** Whether a draft has been started. */
  status: z.enum(['not_started', 'draft']),
})
export type OwedReview = z.infer<typeof OwedReview>

/**
 * At most this many owed scorecards in one answer: a person owes a handful; a generated demo at
 * 100,000 applications makes its interviewers owe thousands, and the list stays cheap.
 */
export const MY_REVIEWS_LIMIT = 500

/**
 * GET /api/reviews/mine: how many of the owed scorecards to list, oldest first (default and at
 * most MY_REVIEWS_LIMIT); 0 lists none and answers only the total (the header's count).
 */
export const MyReviewsQuery = z.object({
  limit: z.optional(queryInt('The limit', 0, MY_REVIEWS_LIMIT)),
})
export type MyReviewsQuery = z.input<typeof MyReviewsQuery>

export const MyReviews = z.object({
  /** The oldest `limit` of them. */
  items: z.array(OwedReview),
  /** How many the user owes in all, however many are listed. */
  total: z.int(),
})
export type MyReviews = z.infer<typeof MyReviews>

/**
 * A hiring decision: advance to the next stage, reject (with a reason), make an offer (move
 * to the offer stage) or mark hired (from the offer stage).
 */
export const DecisionRequest = z.object({
  decision: Decision,
  /** Required for `reject`. */
  reason: z.optional(RejectionReason),
  note: optionalText(2000, 'Note'),
  expectedVersion: Version,
})
export type DecisionRequest = z.input<typeof DecisionRequest>
