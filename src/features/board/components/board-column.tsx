import { memo, useId, useRef } from 'react'
import type { BoardColumn as BoardColumnData } from '@contract/board.ts'
import type { Stage } from '@contract/jobs.ts'
import { cn } from '@/lib/cn.ts'
import { Button } from '@/ui/button.tsx'
import { useColumnDrop } from '../hooks/use-column-drop.ts'
import { BoardCard } from './board-card.tsx'

type Props = {
  stage: Stage
  column: BoardColumnData
  /** The column's tab stop: the card last focused in it, else its first card. */
  activeCardId: string | undefined
  /** Fetches the column's next page; present while there is one. */
  onLoadMore?: (column: BoardColumnData) => void
  isLoadingMore?: boolean
}

export const BoardColumn = memo(function BoardColumn({
  stage,
  column,
  activeCardId,
  onLoadMore,
  isLoadingMore = false,
}: Props) {
  const listRef = useRef<HTMLUListElement>(null)
  const isOver = useColumnDrop(listRef, stage.id)
  const headingId = useId()
  const candidates = column.count === 1 ? '1 candidate' : `${column.count} candidates`

  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        'bg-subtle flex w-72 shrink-0 flex-col rounded-xl transition-colors',
        isOver && 'bg-brand-soft outline-brand/40 outline-2',
      )}
    >
      <h2
        id={headingId}
        className="flex items-center justify-between px-3 pt-2 pb-1.5 text-sm font-semibold"
      >
        <span className="truncate">{stage.name}</span>
        <span
          className="bg-surface text-muted ml-2 rounded-full px-2 text-xs font-medium"
          aria-label={candidates}
        >
          {column.count}
        </span>
      </h2>
      <ul
        ref={listRef}
        data-stage-id={stage.id}
        aria-label={`${stage.name}, ${candidates}`}
        className="flex min-h-16 flex-1 flex-col gap-1.5 overflow-y-auto px-1.5 pb-2"
      >
        {column.cards.map((card, index) => (
          <BoardCard
            key={card.id}
            card={card}
            isActive={card.id === activeCardId}
            previousId={column.cards[index - 1]?.id}
            nextId={column.cards[index + 1]?.id}
          />
        ))}
        {column.cards.length === 0 && (
          <li className="border-line text-muted rounded-lg border border-dashed px-3 py-4 text-center text-xs">
            No candidates in {stage.name}
          </li>
        )}
      </ul>
      {column.nextCursor && onLoadMore && (
        <div className="px-1.5 pb-2">
          <Button
            size="sm"
            variant="ghost"
            className="w-full"
            // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
            aria-disabled={isLoadingMore}
            onClick={() => {
              if (!isLoadingMore) onLoadMore(column)
            }}
          >
            {isLoadingMore
              ? 'Loading…'
              : `Show more (${column.count - column.cards.length} not shown)`}
          </Button>
        </div>
      )}
    </section>
  )
})
