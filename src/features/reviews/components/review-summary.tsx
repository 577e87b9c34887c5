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

/**
 * A board card's review line: "2 in · 1 owed" and a tally per recommendation ("2 ++ 1 −").
 * A tally, not one mark per scorecard: a card further down the pipeline may have a dozen,
 * and a board mounts many cards.
 */
export function ReviewSummary({ reviews, className }: Props) {
  if (!reviews || reviews.submitted + reviews.owed === 0) return null
  const { submitted, owed, recommendations } = reviews
  const tally = ORDER.map((kind) => [kind, count(recommendations, kind)] as const).filter(
    ([, n]) => n > 0,
  )
  const spoken = tally.map(([kind, n]) => `${n} ${recommendationLabel(kind).toLowerCase()}`)
  return (
    <p className={cn('flex min-w-0 items-center gap-1 leading-4', className)}>
      {/* Each text one string: one text node, not one per part (a board mounts many). */}
      <span className="text-muted shrink-0" aria-hidden>
        {`${submitted} in${owed > 0 ? ` · ${owed} owed` : ''}`}
      </span>
      <span className="sr-only">
        {`, scorecards: ${submitted} in${owed > 0 ? `, ${owed} owed` : ''}${spoken.length > 0 ? `: ${spoken.join(', ')}` : ''}`}
      </span>
      {tally.map(([kind, n]) => (
        <span
          key={kind}
          aria-hidden
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

const count = (list: readonly Recommendation[], kind: Recommendation) =>
  list.filter((item) => item === kind).length
