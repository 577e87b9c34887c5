import { formatDateTime } from '@/lib/format.ts'
import { Dialog } from '@/ui/dialog.tsx'
import type { CompetencyRow, ReviewerColumn } from '../lib/review-matrix.ts'
import { RatingChip, RecommendationChip } from './rating-chip.tsx'

type Props = {
  column: ReviewerColumn & { submitted: NonNullable<ReviewerColumn['submitted']> }
  /** The competency the cell was about; null for the whole scorecard (the recommendation). */
  row: CompetencyRow | null
  /** Every competency, to list the whole scorecard. */
  rows: readonly CompetencyRow[]
  onClose: () => void
}

/** What a rating rests on: the reviewer's note for the competency, and their summary. */
export function EvidenceDialog({ column, row, rows, onClose }: Props) {
  const { reviewer, stageName, submitted, amended } = column
  const shown = row ? [row] : rows.filter((item) => submitted.ratings[item.key]?.rating != null)
  return (
    <Dialog
      title={row ? `${reviewer.name} on ${row.name}` : `${reviewer.name}’s scorecard`}
      description={
        <>
          {stageName} · submitted{' '}
          <time dateTime={submitted.submittedAt}>{formatDateTime(submitted.submittedAt)}</time>
          {amended && ' (amended)'}
        </>
      }
      onClose={onClose}
    >
      <div className="space-y-4 text-sm">
        <dl className="space-y-3">
          {shown.map((item) => {
            const rated = submitted.ratings[item.key]
            return (
              <div key={item.key}>
                <dt className="flex flex-wrap items-center gap-2 font-medium">
                  {item.name}
                  {rated?.rating != null && <RatingChip rating={rated.rating} />}
                </dt>
                <dd className="mt-1 whitespace-pre-line">
                  {rated?.note.trim() ? (
                    rated.note
                  ) : (
                    <span className="text-muted">No note for this competency.</span>
                  )}
                </dd>
              </div>
            )
          })}
        </dl>
        <section className="border-line border-t pt-3">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold">
            Overall recommendation
            <RecommendationChip recommendation={submitted.recommendation} />
          </h3>
          <p className="mt-1 whitespace-pre-line">
            {submitted.summary.trim() || <span className="text-muted">No summary written.</span>}
          </p>
        </section>
      </div>
    </Dialog>
  )
}
