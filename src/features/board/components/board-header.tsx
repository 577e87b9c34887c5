import { startTransition, useOptimistic } from 'react'
import { Link } from 'react-router-dom'
import type { Board } from '@contract/board.ts'
import { buttonVariants } from '@/ui/button.tsx'
import type { ClosedFilter } from '../api/get-board.ts'

type Props = {
  board: Board
  closed: ClosedFilter
  onClosedChange: (closed: ClosedFilter) => void
  addCandidateTo: string
}

export function BoardHeader({ board, closed, onClosedChange, addCandidateTo }: Props) {
  const { job, totals } = board
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
      <div className="ml-auto flex items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-brand size-4"
            checked={shownClosed === 'show'}
            onChange={(event) => handleClosedChange(event.target.checked ? 'show' : 'hide')}
          />
          Show rejected and withdrawn
        </label>
        {board.permissions.edit && (
          <Link to={addCandidateTo} className={buttonVariants({ variant: 'primary' })}>
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
