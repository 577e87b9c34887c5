import type { observeElementRect } from '@tanstack/react-virtual'
import {
  defaultRangeExtractor,
  elementScroll,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual'
import {
  startTransition,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react'
import type { BoardCard as BoardCardData } from '@contract/board.ts'
import { cn } from '@/lib/cn.ts'
import { BoardCard } from './board-card.tsx'
import { useBoardActions } from './board-context.ts'

/** What a column asks of its list. */
export type CardListHandle = {
  /** Brings a card into view (the virtualizer may not show it). */
  scrollToIndex: (index: number) => void
  /**
   * The user's own card landed here in this commit and took focus: after holding the cards in
   * view where they were, the list shows it.
   */
  showLanded: (card: HTMLElement) => void
  /** Back to the top, as a new list (a new search): nothing held from the old one. */
  toTop: () => void
}

type Props = {
  cards: BoardCardData[]
  /** All the column's cards, loaded or not: "card 37 of 1,204". */
  setSize: number
  tabStop: string | undefined
  /** Cards that stay mounted while out of view: the tab stop, the dragged and the focused. */
  keepIds: (string | undefined)[]
  label: string
  stageId: string
  scrollRef: RefObject<HTMLUListElement | null>
  /** A mark at the end of the list: near the view, the next page loads. */
  endRef: RefObject<HTMLLIElement | null>
  handleRef: Ref<CardListHandle>
  /** Shown instead of cards when there are none. */
  empty: ReactNode
}

/** A card's height before it is measured (two lines of details; gap excluded). */
const ESTIMATED_CARD_HEIGHT = 66
const GAP = 6
/** Cards mounted beyond each end of the view, so a fast scroll or a Tab finds them. */
const OVERSCAN = 2

/** The list is the column's scrolling area (and its drop target). */
const scrollerClass = 'min-h-16 flex-1 overflow-y-auto px-1.5 pb-2'

/** Every loaded card mounted: the `?virtualize=off` reference for the benchmark. */
export function PlainCardList({
  cards,
  setSize,
  tabStop,
  label,
  stageId,
  scrollRef,
  endRef,
  handleRef,
  empty,
}: Props) {
  // The browser's own scroll anchoring and focus scrolling keep this list in place.
  useImperativeHandle(
    handleRef,
    () => ({
      scrollToIndex: () => undefined,
      showLanded: () => undefined,
      toTop: () => {
        if (scrollRef.current) scrollRef.current.scrollTop = 0
      },
    }),
    [scrollRef],
  )
  return (
    <ul
      ref={scrollRef}
      data-stage-id={stageId}
      aria-label={label}
      className={cn(scrollerClass, 'flex flex-col gap-1.5')}
    >
      {cards.map((card, index) => (
        <BoardCard
          key={card.id}
          card={card}
          index={index}
          setSize={setSize}
          isActive={card.id === tabStop}
        />
      ))}
      {cards.length === 0 && empty}
      <li ref={endRef} aria-hidden className="h-px shrink-0" />
    </ul>
  )
}

/** Only the cards in view (plus a few) are mounted, each at its place in the column. */
export function VirtualCardList({
  cards,
  setSize,
  tabStop,
  keepIds,
  label,
  stageId,
  scrollRef,
  endRef,
  handleRef,
  empty,
}: Props) {
  const { cardHeights } = useBoardActions()
  const keepKey = keepIds.join(' ')
  const keep = useMemo(
    () =>
      keepKey
        .split(' ')
        .map((id) => cards.findIndex((card) => card.id === id))
        .filter((index) => index !== -1),
    [cards, keepKey],
  )
  const rangeExtractor = useCallback(
    (range: Range) =>
      [...new Set([...defaultRangeExtractor(range), ...keep])].sort((a, b) => a - b),
    [keep],
  )
  const getItemKey = useCallback((index: number) => cards[index]?.id ?? index, [cards])
  const anchor = useRef<ScrollAnchor>(undefined)
  const landedRef = useRef<HTMLElement | null>(null)
  // The virtualizer re-renders this list as it scrolls by design, so the compiler's memoizing
  // (which it skips here) would not help.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    // A card moved here from another column keeps the height it was measured at there.
    estimateSize: (index) => cardHeights.get(cards[index]?.id ?? '') ?? ESTIMATED_CARD_HEIGHT,
    measureElement: (element, entry, instance) =>
      measureCard(cardHeights, element, entry, instance),
    gap: GAP,
    overscan: OVERSCAN,
    // The list's own top padding (none) and bottom padding (pb-2).
    paddingEnd: 8,
    getItemKey,
    rangeExtractor,
    onChange: (instance) => (anchor.current = scrollAnchor(instance)),
    observeElementRect: observeColumnRect,
    scrollToFn: scrollColumnTo,
    // The first render already mounts the cards the column will show: measured in a layout
    // effect, the height would re-render every column at once, synchronously, after the first
    // commit. A column is about the window less the headers above it (a quarter of a laptop's
    // or a phone's window); the observer corrects the guess after layout.
    initialRect: { width: 0, height: Math.round(window.innerHeight * 0.75) },
  })
  useKeepScrollPosition(virtualizer, cards, anchor, landedRef, scrollRef)
  useImperativeHandle(
    handleRef,
    () => ({
      scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
      // For the layout effect below, which runs after the landed card's own in the same
      // commit; a card that lands without changing the list (scrolled to) leaves nothing.
      showLanded: (card) => {
        landedRef.current = card
        queueMicrotask(() => (landedRef.current = null))
      },
      // Through the virtualizer, which knows where the list is without a layout, and does
      // not scroll a list already at its top (scrollColumnTo).
      toTop: () => {
        anchor.current = undefined
        virtualizer.scrollToOffset(0)
      },
    }),
    [virtualizer],
  )

  return (
    <ul
      ref={scrollRef}
      data-stage-id={stageId}
      aria-label={label}
      // The list holds its scroll position itself (useKeepScrollPosition): the browser's
      // anchoring would adjust it too.
      className={cn(scrollerClass, 'relative flex flex-col gap-1.5 [overflow-anchor:none]')}
    >
      {/* The mounted cards sit in the list's flow (the first one, and any after a gap, with a
          margin for the cards not mounted above it); this mark at the total height gives the
          list its full scroll length. Not a custom property on the list: every card would
          inherit it, so each change of length would restyle every mounted card. */}
      <li
        ref={endRef}
        aria-hidden
        className="absolute size-px"
        style={{ top: virtualizer.getTotalSize() - 1 }}
      />
      {virtualizer.getVirtualItems().map((item, at, items) => {
        const card = cards[item.index]
        if (!card) return null
        const previous = items[at - 1]
        return (
          <BoardCard
            key={card.id}
            card={card}
            index={item.index}
            setSize={setSize}
            isActive={card.id === tabStop}
            skip={item.start - (previous ? previous.end + GAP : 0)}
            measure={virtualizer.measureElement}
          />
        )
      })}
      {cards.length === 0 && empty}
    </ul>
  )
}

/**
 * A card's height from the ResizeObserver, which reports after layout. A card just mounted
 * keeps its known or estimated height until then: reading its size at once would force a
 * layout in the middle of a move's render (the default reads offsetHeight).
 */
function measureCard(
  heights: Map<string, number>,
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLUListElement, Element>,
) {
  const index = instance.indexFromElement(element)
  const key = String(instance.options.getItemKey(index))
  const box = entry?.borderBoxSize[0]
  if (!box) return instance.itemSizeCache.get(key) ?? instance.options.estimateSize(index)
  const height = Math.round(box.blockSize)
  heights.set(key, height)
  return height
}

/**
 * The column's height, as a ResizeObserver reports it after layout. Until then (and in jsdom,
 * which has neither layout nor observer) the column has the height initialRect guesses, so
 * it mounts the cards it will likely show rather than none. Not read at once as the library does:
 * that forces a layout of the whole board while it first renders, and of columns scrolled out
 * of view, which the browser would otherwise skip (content-visibility).
 */
const observeColumnRect: typeof observeElementRect = (instance, onRect) => {
  const element = instance.scrollElement
  if (!element || !window.ResizeObserver) return
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0]
    // The cards a new height shows or hides render in the background (a transition), not in
    // one blocking render of every column at once.
    if (box?.blockSize)
      startTransition(() => onRect({ width: box.inlineSize, height: box.blockSize }))
  })
  observer.observe(element)
  return () => observer.disconnect()
}

/**
 * Scrolls the column, except to the top when it is there already: the library does that for
 * every new column, and any scroll forces a layout of the whole board first, columns out of
 * view included.
 */
const scrollColumnTo: typeof elementScroll = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) === 0 && (instance.scrollOffset ?? 0) === 0) return
  elementScroll(offset, options, instance)
}

/** The first card in view and how far its top is above the column's: what must not move. */
type ScrollAnchor = { cardId: string; above: number } | undefined

function scrollAnchor(instance: Virtualizer<HTMLUListElement, Element>): ScrollAnchor {
  const offset = instance.scrollOffset ?? 0
  // At the very top nothing is held: a card put first should show, as browsers do.
  if (offset <= 0) return undefined
  const item = instance.getVirtualItems().find((virtual) => virtual.end > offset)
  return item ? { cardId: String(item.key), above: offset - item.start } : undefined
}

/**
 * Cards taken out of or put into a column above the view would shift what the user looks at
 * (cards not mounted are outside the browser's own scroll anchoring): after each change,
 * scroll so the first card in view stays where it was. Then, if the change was the user's own
 * card landing here (it took focus), show it: the held cards may have hidden it.
 */
function useKeepScrollPosition(
  virtualizer: Virtualizer<HTMLUListElement, Element>,
  cards: BoardCardData[],
  anchor: RefObject<ScrollAnchor>,
  landedRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLUListElement | null>,
) {
  useLayoutEffect(() => {
    const landed = landedRef.current
    landedRef.current = null
    const held = anchor.current
    const element = scrollRef.current
    const index = held ? cards.findIndex((card) => card.id === held.cardId) : -1
    const start = virtualizer.measurementsCache[index]?.start
    if (held && element && start !== undefined) {
      const target = start + held.above
      if (Math.abs(element.scrollTop - target) >= 1) element.scrollTop = target
    }
    landed?.scrollIntoView({ block: 'nearest' })
  }, [virtualizer, cards, anchor, landedRef, scrollRef])
}
