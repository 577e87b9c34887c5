import { replaceEqualDeep, type InfiniteData } from '@tanstack/react-query'
import type { Position } from '@contract/applications.ts'
import type { Board, BoardCard, ColumnPage } from '@contract/board.ts'
import { compareByRank } from '@contract/rules/rank.ts'

/** One column's cache entry: the pages loaded so far, each after the previous one's cursor. */
export type ColumnData = InfiniteData<ColumnPage, string | null>

/** A column's cache entry as the board's first page seeds it. */
export const columnSeed = (page: ColumnPage): ColumnData => ({ pages: [page], pageParams: [null] })

/**
 * The loaded cards of a column, top to bottom. A card can come twice when a page loads after
 * it was placed on the page before (a drop after the last loaded card): it shows once.
 */
export function loadedCards(data: ColumnData): BoardCard[] {
  const seen = new Set<string>()
  const cards: BoardCard[] = []
  for (const page of data.pages) {
    for (const card of page.cards) {
      if (seen.has(card.id)) continue
      seen.add(card.id)
      cards.push(card)
    }
  }
  return cards
}

/** True when no page follows the loaded ones: the loaded cards are the whole column. */
export const isFullyLoaded = (data: ColumnData) => !data.pages.at(-1)?.nextCursor

function withPage(data: ColumnData, pageIndex: number, cards: BoardCard[]): ColumnData {
  return {
    ...data,
    pages: data.pages.map((page, index) => (index === pageIndex ? { ...page, cards } : page)),
  }
}

export function removeCard(data: ColumnData, cardId: string): ColumnData {
  if (!data.pages.some((page) => page.cards.some((card) => card.id === cardId))) return data
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.cards.some((card) => card.id === cardId)
        ? { ...page, cards: page.cards.filter((card) => card.id !== cardId) }
        : page,
    ),
  }
}

/**
 * Where `index` of the loaded cards falls: a page and a place in it. A card a page repeats
 * is not counted again (see loadedCards), so the pages after it are not one place off.
 */
function locate(data: ColumnData, index: number) {
  const seen = new Set<string>()
  let rest = index
  for (const [pageIndex, page] of data.pages.entries()) {
    for (const [at, card] of page.cards.entries()) {
      if (seen.has(card.id)) continue
      if (rest === 0) return { pageIndex, at }
      seen.add(card.id)
      rest -= 1
    }
    // Past a page's last card: at its end, not at the next page's start.
    if (rest === 0) return { pageIndex, at: page.cards.length }
  }
  return { pageIndex: data.pages.length - 1, at: data.pages.at(-1)?.cards.length ?? 0 }
}

function insertAt(data: ColumnData, index: number, card: BoardCard): ColumnData {
  const { pageIndex, at } = locate(data, index)
  const cards = data.pages[pageIndex]?.cards ?? []
  return withPage(data, pageIndex, [...cards.slice(0, at), card, ...cards.slice(at)])
}

/**
 * The column with `card` put at `position` (take it out of its old place first). 'end' of a
 * column not fully loaded is past the loaded cards: the card is left out until its page loads;
 * so is a rank that sorts past them.
 */
export function insertCard(data: ColumnData, card: BoardCard, position: Position): ColumnData {
  const cards = loadedCards(data)
  if (position === 'start') return insertAt(data, 0, card)
  if (position === 'end') return isFullyLoaded(data) ? insertAt(data, cards.length, card) : data
  if ('rank' in position) {
    // Before the first card that sorts after that rank (ties by id, as on the server).
    const key = { rank: position.rank, id: card.id }
    const next = cards.find((item) => item.id !== card.id && compareByRank(item, key) > 0)
    return insertCard(data, card, next ? { beforeId: next.id } : 'end')
  }
  const anchorId = 'afterId' in position ? position.afterId : position.beforeId
  const anchor = cards.findIndex((item) => item.id === anchorId)
  // A neighbour that is gone (moved by someone else) leaves the card at the top.
  if (anchor === -1) return insertAt(data, 0, card)
  return insertAt(data, 'afterId' in position ? anchor + 1 : anchor, card)
}

/** True when moving a card to `position` in its own column would leave it where it is. */
export function isNoopMove(cards: BoardCard[], cardId: string, position: Position) {
  const index = cards.findIndex((card) => card.id === cardId)
  if (index === -1) return false
  if (typeof position === 'object') {
    // A rank is an undo's, never a drop's.
    if ('rank' in position) return false
    const anchorId = 'afterId' in position ? position.afterId : position.beforeId
    if (anchorId === cardId) return true
    const without = cards.filter((card) => card.id !== cardId)
    const anchor = without.findIndex((card) => card.id === anchorId)
    return anchor !== -1 && ('afterId' in position ? anchor + 1 : anchor) === index
  }
  // 'end' of a column is only a no-op when the card is the column's very last.
  return position === 'start' ? index === 0 : false
}

/** The board with one card counted in another column; other columns keep their identity. */
export function moveCount(board: Board, fromStageId: string, toStageId: string): Board {
  if (fromStageId === toStageId) return board
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stageId === fromStageId) return { ...column, count: column.count - 1 }
      if (column.stageId === toStageId) return { ...column, count: column.count + 1 }
      return column
    }),
  }
}

/** `cards` with each card deep-equal to the one `known` has under its id replaced by that. */
function keepKnown(known: ReadonlyMap<string, BoardCard>, cards: BoardCard[]) {
  return cards.map((card) => {
    const before = known.get(card.id)
    return before && replaceEqualDeep(before, card) === before ? before : card
  })
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, index) => item === b[index])

const byId = (cards: BoardCard[]) => new Map(cards.map((card) => [card.id, card]))

/**
 * Structural sharing for a column's cache entry and for its loaded cards (the two shapes a
 * column query holds), by card id. TanStack's default compares by position: a card put at
 * the top of a column would turn every card under it into a new object, and each of them
 * would render again. Here an unchanged card keeps its object wherever it now sits, and an
 * unchanged list or entry keeps its identity.
 */
export function shareColumn(previous: unknown, next: unknown): unknown {
  if (Array.isArray(next)) {
    const before = (previous ?? []) as BoardCard[]
    const cards = keepKnown(byId(before), next as BoardCard[])
    return sameItems(before, cards) ? before : cards
  }
  const data = next as ColumnData
  const before = previous as ColumnData | undefined
  if (!before) return data
  const known = byId(loadedCards(before))
  const pages = data.pages.map((page, index) => {
    const cards = keepKnown(known, page.cards)
    const old = before.pages[index]
    if (old && old.nextCursor === page.nextCursor && sameItems(old.cards, cards)) return old
    return { ...page, cards }
  })
  return sameItems(before.pages, pages) && sameItems(before.pageParams, data.pageParams)
    ? before
    : { ...data, pages }
}
