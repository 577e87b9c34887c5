import { useId } from 'react'
import type { Competency, Scorecard } from '@contract/reviews.ts'
import { formatDateTime } from '@/lib/format.ts'
import { Button } from '@/ui/button.tsx'
import { ScorecardReadout } from './scorecard-readout.tsx'

/** The author's submitted scorecard, read-only, with Amend and the versions it replaced. */
export function SubmittedScorecard({
  scorecard,
  competencies,
  onAmend,
}: {
  scorecard: Scorecard & { submitted: NonNullable<Scorecard['submitted']> }
  competencies: readonly Competency[]
  /** Absent when the user may no longer write here (e.g. no longer assigned). */
  onAmend?: (() => void) | undefined
}) {
  const { submitted, revisions } = scorecard
  const historyId = useId()
  return (
    <div className="space-y-5">
      <div className="bg-success-soft flex flex-wrap items-center gap-3 rounded-lg p-3 text-sm">
        <p className="flex-1">
          <strong>Submitted</strong>{' '}
          <time dateTime={submitted.submittedAt}>{formatDateTime(submitted.submittedAt)}</time>
          {revisions.length > 0 && ' (amended)'}
        </p>
        {onAmend && <Button onClick={onAmend}>Amend</Button>}
      </div>
      <ScorecardReadout content={submitted} competencies={competencies} />
      {revisions.length > 0 && (
        <section aria-labelledby={historyId} className="space-y-2">
          <h2 id={historyId} className="text-base font-semibold">
            Amended — previous versions
          </h2>
          <ol className="space-y-2">
            {[...revisions].reverse().map((revision) => (
              <li key={revision.submittedAt}>
                <details className="border-line bg-surface rounded-md border p-3">
                  <summary className="cursor-pointer text-sm font-medium">
                    Submitted{' '}
                    <time dateTime={revision.submittedAt}>
                      {formatDateTime(revision.submittedAt)}
                    </time>
                  </summary>
                  <div className="mt-3">
                    <ScorecardReadout content={revision} competencies={competencies} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  )
}
