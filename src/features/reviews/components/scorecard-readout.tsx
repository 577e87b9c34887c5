import type { Competency, ScorecardContent } from '@contract/reviews.ts'
import { RatingChip, RecommendationChip } from './rating-chip.tsx'

/** A scorecard's content, read-only: each competency's rating and note, the call, the summary. */
export function ScorecardReadout({
  content,
  competencies,
}: {
  content: ScorecardContent
  competencies: readonly Competency[]
}) {
  return (
    <dl className="space-y-3 text-sm">
      {competencies.map(({ key, name }) => {
        const entry = content.ratings[key]
        return (
          <div key={key}>
            <dt className="font-medium">{name}</dt>
            <dd className="mt-1 space-y-1">
              {entry?.rating != null ? (
                <RatingChip rating={entry.rating} />
              ) : (
                <span className="text-muted">Not rated</span>
              )}
              {entry?.note && <p className="whitespace-pre-line">{entry.note}</p>}
            </dd>
          </div>
        )
      })}
      <div>
        <dt className="font-medium">Overall recommendation</dt>
        <dd className="mt-1">
          {content.recommendation ? (
            <RecommendationChip recommendation={content.recommendation} />
          ) : (
            <span className="text-muted">None yet</span>
          )}
        </dd>
      </div>
      <div>
        <dt className="font-medium">Summary</dt>
        <dd className="mt-1 whitespace-pre-line">
          {content.summary || <span className="text-muted">No summary.</span>}
        </dd>
      </div>
    </dl>
  )
}
