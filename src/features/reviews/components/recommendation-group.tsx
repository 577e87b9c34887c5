import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type Recommendation } from '@contract/catalog.ts'
import { fieldIdFor } from '../lib/scorecard-content.ts'
import { ChoiceGroup } from './choice-group.tsx'

const OPTIONS = RECOMMENDATIONS.map((value) => ({ value, label: RECOMMENDATION_LABELS[value] }))

/** The overall call: four options and deliberately no neutral one. */
export function RecommendationGroup({
  value,
  error,
  onChange,
}: {
  value: Recommendation | null
  error?: string | undefined
  onChange: (value: Recommendation) => void
}) {
  return (
    <ChoiceGroup
      legend="Overall recommendation"
      name="recommendation"
      options={OPTIONS}
      value={value ?? ''}
      firstId={fieldIdFor('content.recommendation')}
      error={error}
      onChange={(next) => onChange(next as Recommendation)}
    />
  )
}
