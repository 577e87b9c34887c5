import { useId, useState } from 'react'
import type { Stage } from '@contract/jobs.ts'
import type { ApplicationReviews } from '@contract/reviews.ts'
import {
  buildReviewMatrix,
  matrixCell,
  type CompetencyRow,
  type ReviewerColumn,
} from '../lib/review-matrix.ts'
import { EvidenceDialog } from './evidence-dialog.tsx'
import { RatingChip, RecommendationChip } from './rating-chip.tsx'

type Props = {
  reviews: ApplicationReviews
  stages: readonly Stage[]
  candidateName: string
}

type Opened = { columnKey: string; rowKey: string | null }

/** Blinded viewers see this instead of anyone else's feedback (the API sends none). */
export const BLINDED_MESSAGE = 'Submit your scorecard to see the others’.'

/**
 * Competencies (rows) by reviewer (columns), each rating a button that opens its evidence;
 * the last row holds each reviewer's overall recommendation.
 */
export function ReviewMatrix({ reviews, stages, candidateName }: Props) {
  const captionId = useId()
  const [opened, setOpened] = useState<Opened | null>(null)

  if (reviews.blinded) {
    return (
      <p className="bg-warning-soft rounded-lg p-3">
        <strong>Feedback is hidden until you submit.</strong> {BLINDED_MESSAGE}
      </p>
    )
  }
  const { columns, rows } = buildReviewMatrix(reviews, stages)
  if (columns.length === 0) {
    return <p className="text-muted">No interviewers assigned yet, so no scorecards.</p>
  }
  const openColumn = columns.find((column) => column.key === opened?.columnKey)
  const openRow = rows.find((row) => row.key === opened?.rowKey) ?? null

  return (
    <>
      <div className="border-line overflow-x-auto rounded-lg border">
        <table className="w-full border-collapse text-left text-sm" aria-labelledby={captionId}>
          <caption id={captionId} className="sr-only">
            Scorecards for {candidateName}: competencies by reviewer
          </caption>
          <thead className="bg-subtle">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-medium">
                Competency
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="px-2 py-1.5 align-top font-medium">
                  <span className="block">{column.reviewer.name}</span>
                  <span className="text-muted block text-xs font-normal">
                    {column.stageName}
                    {!column.submitted && ' · Owed'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-line border-t">
                <th scope="row" className="px-2 py-1.5 align-top font-medium">
                  {row.name}
                </th>
                {columns.map((column) => (
                  <td key={column.key} className="px-2 py-1.5 align-top">
                    <Cell
                      column={column}
                      row={row}
                      onOpen={() => setOpened({ columnKey: column.key, rowKey: row.key })}
                    />
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-line bg-subtle/50 border-t-2">
              <th scope="row" className="px-2 py-1.5 font-semibold">
                Overall recommendation
              </th>
              {columns.map((column) => (
                <td key={column.key} className="px-2 py-1.5">
                  {column.submitted ? (
                    <button
                      type="button"
                      className="focus-visible:outline-focus rounded-full focus-visible:outline-2 focus-visible:outline-offset-2"
                      onClick={() => setOpened({ columnKey: column.key, rowKey: null })}
                    >
                      <RecommendationChip recommendation={column.submitted.recommendation} />
                      <span className="sr-only">, open {column.reviewer.name}’s scorecard</span>
                    </button>
                  ) : (
                    <Owed />
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {openColumn?.submitted && (
        <EvidenceDialog
          column={{ ...openColumn, submitted: openColumn.submitted }}
          row={openRow}
          rows={rows}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  )
}

function Owed() {
  return (
    <span className="border-line text-muted inline-flex rounded-full border border-dashed px-2 py-0.5 text-xs">
      Owed
    </span>
  )
}

function Cell({
  column,
  row,
  onOpen,
}: {
  column: ReviewerColumn
  row: CompetencyRow
  onOpen: () => void
}) {
  const cell = matrixCell(column, row)
  if (cell.kind === 'owed') return <Owed />
  if (cell.kind === 'not-assessed') {
    return (
      <span className="text-muted">
        <span aria-hidden>—</span>
        <span className="sr-only">Not assessed in this interview</span>
      </span>
    )
  }
  return (
    <button
      type="button"
      onClick={onOpen}
      className="focus-visible:outline-focus inline-flex items-center gap-1 rounded-full focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      <RatingChip rating={cell.rating} />
      {cell.note.trim() && (
        <span aria-hidden className="text-muted text-xs" title="Has a note">
          ✎
        </span>
      )}
      <span className="sr-only">
        , evidence for {row.name} from {column.reviewer.name}
      </span>
    </button>
  )
}
