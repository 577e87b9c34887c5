import { RECOMMENDATIONS } from '@contract/catalog.ts'
import type { Recommendation, ReviewSummary as ReviewSummaryData } from '@contract/reviews.ts'
import { cn } from '@/lib/cn.ts'
import { RECOMMENDATION_MARKS, recommendationLabel, recommendationTone } from '../lib/labels.ts'
import { TONE_CLASSES } from './rating-chip.tsx'

type Props = {
  /** Null while the viewer is blinded (or nothing to say): nothing shows. */
  reviews: ReviewSummaryData | null
  className?: string
}

/** Strongest yes first, so the line reads the same way on every card. */
const ORDER = [...RECOMMENDATIONS].reverse()

const shows = (reviews: ReviewSummaryData | null): reviews is ReviewSummaryData =>
  !!reviews && reviews.submitted + reviews.owed > 0

/** Each recommendation given, strongest yes first, with how many gave it. */
const tallyOf = (recommendations: readonly Recommendation[]) =>
  ORDER.map((kind) => [kind, count(recommendations, kind)] as const).filter(([, n]) => n > 0)

/**
 * A board card's review line: "2 in · 1 owed" and a tally per recommendation ("2 ++ 1 −").
 * A tally, not one mark per scorecard: a card further down the pipeline may have a dozen,
 * and a board mounts many cards. Screen readers hear `spokenReviewSummary` instead.
 */
export function ReviewSummary({ reviews, className }: Props) {
  if (!shows(reviews)) return null
  const { submitted, owed, recommendations } = reviews
  return (
    <p aria-hidden className={cn('flex min-w-0 items-center gap-1 leading-4', className)}>
      {/* Each text one string: one text node, not one per part (a board mounts many). */}
      <span className="text-muted shrink-0">
        {`${submitted} in${owed > 0 ? ` · ${owed} owed` : ''}`}
      </span>
      {tallyOf(recommendations).map(([kind, n]) => (
        <span
          key={kind}
          title={recommendationLabel(kind)}
          className={cn('rounded-full px-1 font-medium', TONE_CLASSES[recommendationTone(kind)])}
        >
          {/* Count first ("3 ++", "1 −"): a mark after a number would read as a sign. */}
          {`${n}\u202f${RECOMMENDATION_MARKS[kind]}`}
        </span>
      ))}
    </p>
  )
}

/** The review line in words (', scorecards: 3 in, 1 owed: 2 strong yes, 1 no'), or ''. */
export function spokenReviewSummary(reviews: ReviewSummaryData | null) {
  if (!shows(reviews)) return ''
  const { submitted, owed, recommendations } = reviews
  const spoken = tallyOf(recommendations).map(
    ([kind, n]) => `${n} ${recommendationLabel(kind).toLowerCase()}`,
  )
  return `, scorecards: ${submitted} in${owed > 0 ? `, ${owed} owed` : ''}${spoken.length > 0 ? `: ${spoken.join(', ')}` : ''}`
}

const count = (list: readonly Recommendation[], kind: Recommendation) =>
  list.filter((item) => item === kind).length
