import { startTransition, useOptimistic } from 'react'
import { Link } from 'react-router-dom'
import type { BoardTotals } from '@contract/board.ts'
import type { Job } from '@contract/jobs.ts'
import { buttonVariants } from '@/ui/button.tsx'
import type { ClosedFilter } from '../api/get-board.ts'
import { BoardSearch } from './board-search.tsx'
import { CompareBar } from './compare-bar.tsx'

type Props = {
  job: Job
  totals: BoardTotals
  /** Whether this user may add candidates. */
  canAdd: boolean
  closed: ClosedFilter
  onClosedChange: (closed: ClosedFilter) => void
  q: string
  onSearchChange: (q: string) => void
  addCandidateTo: string
  compareHref: (ids: string[]) => string
}

export function BoardHeader({
  job,
  totals,
  canAdd,
  closed,
  onClosedChange,
  q,
  onSearchChange,
  addCandidateTo,
  compareHref,
}: Props) {
  // The box ticks at once; the board keeps showing until the other list has loaded.
  const [shownClosed, setShownClosed] = useOptimistic(closed)
  const handleClosedChange = (next: ClosedFilter) =>
    startTransition(() => {
      setShownClosed(next)
      onClosedChange(next)
    })
  return (
    <header className="flex flex-wrap items-end gap-x-6 gap-y-2 px-4 pt-3 pb-2">
      <div className="min-w-0">
        <h1 className="text-xl leading-7 font-semibold">{job.title}</h1>
        <p className="text-muted text-sm">
          {job.team} · {job.location}
        </p>
      </div>
      <dl className="flex gap-4 text-sm" aria-label="Totals">
        <Total label="Active" value={totals.active} />
        <Total label="Hired" value={totals.hired} />
        <Total label="Rejected" value={totals.rejected} />
        <Total label="Withdrawn" value={totals.withdrawn} />
      </dl>
      <div className="ml-auto flex flex-wrap items-center gap-3">
        <CompareBar compareHref={compareHref} />
        <BoardSearch q={q} onSearchChange={onSearchChange} />
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-brand size-4"
            checked={shownClosed === 'show'}
            onChange={(event) => handleClosedChange(event.target.checked ? 'show' : 'hide')}
          />
          Show rejected and withdrawn
        </label>
        {canAdd && (
          // The same right (edit) covers the plan; "plan" resolves against this /jobs/:jobId route.
          <Link to="plan" className={buttonVariants({ variant: 'secondary' })}>
            Interview plan
          </Link>
        )}
        {canAdd && (
          <Link
            to={addCandidateTo}
            // Closing the form goes back to this board entry (useClosePanel).
            state={{ fromBoard: true }}
            className={buttonVariants({ variant: 'primary' })}
          >
            Add candidate
          </Link>
        )}
      </div>
    </header>
  )
}

function Total({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex items-baseline gap-1">
      <dt className="text-muted">{label}</dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  )
}
