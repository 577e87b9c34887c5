import {
  RATING_LABELS,
  RECOMMENDATION_LABELS,
  type Rating,
  type Recommendation,
} from '@contract/catalog.ts'

/** How strongly a chip leans: its colour, always next to words that say the same. */
export type Tone = 'strong-yes' | 'yes' | 'no' | 'strong-no' | 'neutral'

export const ratingLabel = (rating: Rating) => RATING_LABELS[`${rating}`]

export function ratingTone(rating: Rating): Tone {
  if (rating === 'no_evidence') return 'neutral'
  return (['strong-no', 'no', 'yes', 'strong-yes'] as const)[rating - 1] ?? 'neutral'
}

export const recommendationLabel = (recommendation: Recommendation) =>
  RECOMMENDATION_LABELS[recommendation]

export const recommendationTone = (recommendation: Recommendation): Tone =>
  recommendation.replace('_', '-') as Tone

/** Compact marks for tight spaces (board cards); screen readers get the words instead. */
export const RECOMMENDATION_MARKS: Record<Recommendation, string> = {
  strong_yes: '++',
  yes: '+',
  no: '−',
  strong_no: '−−',
}
