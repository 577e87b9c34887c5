import { useId, useSyncExternalStore } from 'react'
import { Link } from 'react-router-dom'
import { buttonVariants } from '@/ui/button.tsx'
import { comparable, COMPARE_LIMIT } from '../lib/selection.ts'
import { useBoardActions } from './board-context.ts'

/** "Compare (n)" for the picked cards; shows only once a card is picked. */
export function CompareBar({ compareHref }: { compareHref: (ids: string[]) => string }) {
  const { selection } = useBoardActions()
  const selected = useSyncExternalStore(selection.subscribe, selection.get)
  const hintId = useId()
  if (!selected.size) return null
  const ids = comparable(selected)
  const label = `Compare (${selected.size})`
  return (
    <div className="flex items-center gap-2 text-sm">
      {ids ? (
        <Link to={compareHref(ids)} className={buttonVariants({ variant: 'primary', size: 'sm' })}>
          {label}
        </Link>
      ) : (
        // A link with nowhere to go yet: focusable, so its hint can be heard.
        <span
          role="link"
          aria-disabled="true"
          tabIndex={0}
          aria-describedby={hintId}
          className={buttonVariants({ variant: 'secondary', size: 'sm', className: 'opacity-60' })}
        >
          {label}
        </span>
      )}
      {!ids && (
        <span id={hintId} className="text-muted text-xs">
          Pick {COMPARE_LIMIT.min}–{COMPARE_LIMIT.max} candidates in one stage
        </span>
      )}
      <button
        type="button"
        onClick={selection.clear}
        className={buttonVariants({ variant: 'ghost', size: 'sm' })}
      >
        Clear selection
      </button>
    </div>
  )
}
