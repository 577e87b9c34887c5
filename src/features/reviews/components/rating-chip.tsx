import type { Rating, Recommendation } from '@contract/reviews.ts'
import { cn } from '@/lib/cn.ts'
import {
  RECOMMENDATION_MARKS,
  ratingLabel,
  ratingTone,
  recommendationLabel,
  recommendationTone,
  type Tone,
} from '../lib/labels.ts'

/** Colour backs up the words; it never carries the meaning alone. */
export const TONE_CLASSES: Record<Tone, string> = {
  'strong-yes': 'bg-success text-white',
  yes: 'bg-success-soft text-success',
  no: 'bg-danger-soft text-danger-strong',
  'strong-no': 'bg-danger text-white',
  neutral: 'bg-subtle text-muted',
}

const chip =
  'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap'

export function RatingChip({ rating, className }: { rating: Rating; className?: string }) {
  return (
    <span className={cn(chip, TONE_CLASSES[ratingTone(rating)], className)}>
      {ratingLabel(rating)}
    </span>
  )
}

type RecommendationProps = {
  recommendation: Recommendation
  /** ++ / + / − / −− with the words for screen readers (and a tooltip) instead of shown. */
  compact?: boolean
  className?: string
}

export function RecommendationChip({ recommendation, compact, className }: RecommendationProps) {
  const label = recommendationLabel(recommendation)
  const classes = cn(chip, TONE_CLASSES[recommendationTone(recommendation)], className)
  if (!compact) return <span className={classes}>{label}</span>
  return (
    <span className={cn(classes, 'min-w-6 justify-center px-1 leading-4')} title={label}>
      <span aria-hidden>{RECOMMENDATION_MARKS[recommendation]}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}
