import type {
  ApplicationReviews,
  Competency,
  CompetencyRating,
  Rating,
  Recommendation,
  Scorecard,
  ScorecardContent,
} from '@contract/reviews.ts'

const UNRATED: CompetencyRating = { rating: null, note: '' }

/**
 * The form's content: one entry per planned competency (unrated when new), seeded from a
 * draft or a submission. Ratings of competencies the plan no longer has are left out: the
 * API refuses them (422), so keeping them would stop every save. The submission and its
 * revisions still hold them for the record.
 */
export function contentFor(
  competencies: readonly Competency[],
  seed?: ScorecardContent | null,
): ScorecardContent {
  const ratings: Record<string, CompetencyRating> = {}
  for (const { key } of competencies) ratings[key] = seed?.ratings[key] ?? UNRATED
  return {
    ratings,
    recommendation: seed?.recommendation ?? null,
    summary: seed?.summary ?? '',
  }
}

/** The content of a submission, without its submission time. */
export const submittedContent = ({
  ratings,
  recommendation,
  summary,
}: NonNullable<Scorecard['submitted']>): ScorecardContent => ({ ratings, recommendation, summary })

/** Whether two contents say the same, ignoring key order and unrated empty entries. */
export function sameContent(a: ScorecardContent, b: ScorecardContent) {
  if (a.recommendation !== b.recommendation || a.summary !== b.summary) return false
  const keys = new Set([...Object.keys(a.ratings), ...Object.keys(b.ratings)])
  return [...keys].every((key) => {
    const left = a.ratings[key] ?? UNRATED
    const right = b.ratings[key] ?? UNRATED
    return left.rating === right.rating && left.note === right.note
  })
}

export const withRating = (
  content: ScorecardContent,
  key: string,
  change: Partial<CompetencyRating>,
): ScorecardContent => ({
  ...content,
  ratings: { ...content.ratings, [key]: { ...(content.ratings[key] ?? UNRATED), ...change } },
})

export const withRecommendation = (
  content: ScorecardContent,
  recommendation: Recommendation,
): ScorecardContent => ({ ...content, recommendation })

export const withSummary = (content: ScorecardContent, summary: string): ScorecardContent => ({
  ...content,
  summary,
})

/** The signed-in user's scorecard for one stage, if they have one. */
export const ownScorecard = (reviews: ApplicationReviews, userId: string, stageId: string) =>
  reviews.scorecards.find((card) => card.stageId === stageId && card.author.id === userId)

/** Whether the user interviews this application at this stage (and so may write its scorecard). */
export const isAssigned = (reviews: ApplicationReviews, userId: string, stageId: string) =>
  reviews.assignments.some(
    (assignment) => assignment.stageId === stageId && assignment.interviewer.id === userId,
  )

/** Ratings as the radio inputs' values ("1" … "4", "no_evidence") and back. */
export const ratingValue = (rating: Rating | null) => (rating === null ? '' : String(rating))
export const parseRating = (value: string): Rating =>
  value === 'no_evidence' ? 'no_evidence' : (Number(value) as 1 | 2 | 3 | 4)

/** The field an API or rule error path names, as a DOM id prefix for the form. */
export const fieldIdFor = (path: string) => `scorecard-${path.replace(/[^a-z0-9-]/gi, '-')}`
