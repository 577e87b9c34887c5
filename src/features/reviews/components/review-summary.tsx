import { Fragment } from 'react'
import type { ReviewSummary as ReviewSummaryData } from '@contract/reviews.ts'
import { cn } from '@/lib/cn.ts'
import { RecommendationChip } from './rating-chip.tsx'

type Props = {
  /** Null while the viewer is blinded (or nothing to say): nothing shows. */
  reviews: ReviewSummaryData | null
  className?: string
}

/** A board card's review line: "2 in · 1 owed" and one mark per submitted recommendation. */
export function ReviewSummary({ reviews, className }: Props) {
  if (!reviews || reviews.submitted + reviews.owed === 0) return null
  const { submitted, owed, recommendations } = reviews
  return (
    <p className={cn('flex min-w-0 items-center gap-1.5 leading-4', className)}>
      <span className="text-muted shrink-0">
        <span aria-hidden>
          {submitted} in{owed > 0 && ` · ${owed} owed`}
        </span>
        <span className="sr-only">
          , scorecards: {submitted} in{owed > 0 && `, ${owed} owed`}
          {recommendations.length > 0 && ', recommendations: '}
        </span>
      </span>
      {recommendations.length > 0 && (
        <span className="flex min-w-0 gap-0.5 overflow-hidden">
          {recommendations.map((recommendation, index) => (
            // The same call can come twice: submission order is the only identity here.
            <Fragment key={index}>
              {index > 0 && <span className="sr-only">, </span>}
              <RecommendationChip recommendation={recommendation} compact />
            </Fragment>
          ))}
        </span>
      )}
    </p>
  )
}
