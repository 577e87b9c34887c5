import type { Competency } from '@contract/reviews.ts'
import { Button } from '@/ui/button.tsx'
import type { Conflict } from '../hooks/use-scorecard-autosave.ts'
import { ScorecardReadout } from './scorecard-readout.tsx'

/**
 * The scorecard was saved somewhere else (another tab or device) since this one loaded.
 * Neither version is dropped without the user's say: they see the other one and choose.
 */
export function ConflictNotice({
  conflict,
  competencies,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict
  competencies: readonly Competency[]
  onKeepMine: () => void
  onTakeTheirs: () => void
}) {
  return (
    <div
      role="alert"
      className="border-danger bg-warning-soft space-y-3 rounded-lg border p-4 text-sm"
    >
      <h2 className="font-semibold">
        {conflict.submitted
          ? 'This scorecard was submitted somewhere else'
          : 'This scorecard was changed somewhere else'}
      </h2>
      <p>
        It was {conflict.submitted ? 'submitted' : 'saved'} in another tab or on another device
        after this page loaded. Your changes here are not lost: choose which version to keep.
      </p>
      <details className="bg-surface border-line rounded-md border p-3">
        <summary className="cursor-pointer font-medium">See the other version</summary>
        <div className="mt-3">
          <ScorecardReadout content={conflict.content} competencies={competencies} />
        </div>
      </details>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={onKeepMine}>
          Keep my version
        </Button>
        <Button onClick={onTakeTheirs}>Use the other version</Button>
      </div>
    </div>
  )
}
