import { useQueryClient } from '@tanstack/react-query'
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { Stage } from '@contract/jobs.ts'
import { cn } from '@/lib/cn.ts'
import { Button } from '@/ui/button.tsx'
import { useBoardColumn, type BoardFilters } from '../api/get-board.ts'
import { useColumnCards } from '../api/get-column.ts'
import { useColumnDrop } from '../hooks/use-column-drop.ts'
import { useDraggedCard } from '../hooks/use-dragged-card.ts'
import { useLoadOnScroll } from '../hooks/use-load-on-scroll.ts'
import { focusCard, pendingFocusId } from '../lib/keyboard.ts'
import { ColumnActionsContext, useBoardActions, type ColumnActions } from './board-context.ts'
import { PlainCardList, VirtualCardList, type CardListHandle } from './column-card-list.tsx'

type Props = {
  stage: Stage
  filters: BoardFilters
  /** Off: every loaded card is mounted (the benchmark's reference). */
  virtualize: boolean
  /** Whether the column shows its cards yet (the board fills in column by column). */
  revealed: boolean
}

const NEXT_PAGE = { cancelRefetch: false } as const

export const BoardColumn = memo(function BoardColumn({
  stage,
  filters,
  virtualize,
  revealed,
}: Props) {
  const { job, columns } = useBoardActions()
  const queryClient = useQueryClient()
  // The board's copy: the column's count, and its first page to start from.
  const column = useBoardColumn(job.id, filters, stage.id) ?? emptyColumn(stage.id)
  const {
    data: cards,
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
    fetchNextPage,
  } = useColumnCards(queryClient, job.id, filters, column)
  const scrollRef = useRef<HTMLUListElement>(null)
  const endRef = useRef<HTMLLIElement>(null)
  const listRef = useRef<CardListHandle>(null)
  const isOver = useColumnDrop(scrollRef, stage.id)
  // The gaps between cards take drops (see BoardCard) a render after the highlight: not in
  // the task that starts a drag, which is already the longest of a drag.
  const gapsTakeDrops = useDeferredValue(isOver)
  const draggedId = useDraggedCard(stage.id)
  const headingId = useId()
  // The column's tab stop: the card last focused in it, else its first card.
  const [activeCardId, setActiveCardId] = useState<string>()
  const tabStop = cards.some((card) => card.id === activeCardId) ? activeCardId : cards[0]?.id

  const loadMore = useCallback(() => void fetchNextPage(NEXT_PAGE), [fetchNextPage])
  useLoadOnScroll(scrollRef, endRef, {
    hasNextPage: revealed && hasNextPage,
    isFetchingNextPage,
    loadMore,
  })

  // A new search (or closed shown or hidden) is a new list, read from its top; the list itself
  // would hold the old scroll offset, as it does across moves.
  const filtersKey = `${filters.closed} ${filters.q}`
  const shownFilters = useRef(filtersKey)
  useLayoutEffect(() => {
    if (shownFilters.current === filtersKey) return
    shownFilters.current = filtersKey
    listRef.current?.toTop()
  }, [filtersKey])

  // The keyboard reads the latest cards through the column's (stable) actions.
  const latest = useRef({ cards, hasNextPage })
  latest.current = { cards, hasNextPage }
  const actions = useMemo<ColumnActions>(() => {
    const reveal = (cardId: string, index: number) => {
      setActiveCardId(cardId)
      focusCard(cardId)
      listRef.current?.scrollToIndex(index)
    }
    return {
      activate: setActiveCardId,
      landed: (card) => listRef.current?.showLanded(card),
      loaded: () => latest.current.cards.length,
      cardIdAt: (index) => latest.current.cards[index]?.id,
      focusAt: (index) => {
        const { cards: loaded, hasNextPage: more } = latest.current
        const card = loaded[index]
        if (index < 0) return
        if (card) return reveal(card.id, index)
        // One past the loaded cards: load the next page, then go on to its first card.
        if (index !== loaded.length || !more) return
        void fetchNextPage(NEXT_PAGE).then((result) => {
          const next = result.data?.[index]
          if (next) reveal(next.id, index)
        })
      },
    }
  }, [fetchNextPage])
  useEffect(() => {
    columns.set(stage.id, actions)
    return () => void columns.delete(stage.id)
  }, [columns, stage.id, actions])

  const candidates = column.count === 1 ? '1 candidate' : `${column.count} candidates`
  const empty = (
    <li className="border-line text-muted rounded-lg border border-dashed px-3 py-4 text-center text-xs">
      {filters.q
        ? `No candidates in ${stage.name} match “${filters.q}”`
        : `No candidates in ${stage.name}`}
    </li>
  )
  const listProps = {
    cards: revealed ? cards : [],
    setSize: Math.max(column.count, cards.length),
    tabStop,
    keepIds: [tabStop, draggedId, pendingFocusId()],
    label: `${stage.name}, ${candidates}`,
    stageId: stage.id,
    scrollRef,
    endRef,
    handleRef: listRef,
    empty: hasNextPage || !revealed ? null : empty,
  }

  return (
    <section
      aria-labelledby={headingId}
      data-over={gapsTakeDrops || undefined}
      // A column scrolled out of view is neither styled, laid out nor painted until it comes
      // into view (content-visibility): most of a board on a phone, a few columns on a laptop.
      className={cn(
        'group/column flex w-72 shrink-0 flex-col rounded-xl transition-colors [contain-intrinsic-size:auto_18rem_auto_30rem] [content-visibility:auto]',
        isOver ? 'bg-brand-soft outline-brand/40 outline-2' : 'bg-subtle',
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
      <ColumnActionsContext.Provider value={actions}>
        {virtualize ? <VirtualCardList {...listProps} /> : <PlainCardList {...listProps} />}
      </ColumnActionsContext.Provider>
      {hasNextPage && revealed && (
        <ShowMore
          notShown={column.count - cards.length}
          isLoading={isFetchingNextPage}
          isError={isFetchNextPageError}
          onLoadMore={loadMore}
        />
      )}
    </section>
  )
})

const emptyColumn = (stageId: string) => ({ stageId, count: 0, cards: [], nextCursor: null })

/** The next page on request: works without scrolling, and says when a page is loading. */
function ShowMore({
  notShown,
  isLoading,
  isError,
  onLoadMore,
}: {
  notShown: number
  isLoading: boolean
  isError: boolean
  onLoadMore: () => void
}) {
  return (
    <div className="px-1.5 pb-2">
      {isError && !isLoading && (
        <p role="alert" className="text-danger-strong px-1 pb-1 text-xs">
          The next candidates could not be loaded.
        </p>
      )}
      <Button
        size="sm"
        variant="ghost"
        className="w-full"
        // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
        aria-disabled={isLoading}
        onClick={() => {
          if (!isLoading) onLoadMore()
        }}
      >
        {isLoading ? 'Loading…' : `Show more (${Math.max(notShown, 0)} not shown)`}
      </Button>
    </div>
  )
}
