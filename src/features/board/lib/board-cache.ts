import type { Application, Position } from '@contract/applications.ts'
import type { Board, BoardCard, BoardColumn, ColumnPage } from '@contract/board.ts'
import { compareByRank } from '@contract/rules/rank.ts'

export type CardLocation = {
  column: BoardColumn
  columnIndex: number
  index: number
  card: BoardCard
}

export function findCard(board: Board, cardId: string): CardLocation | undefined {
  for (const [columnIndex, column] of board.columns.entries()) {
    const index = column.cards.findIndex((card) => card.id === cardId)
    const card = column.cards[index]
    if (card) return { column, columnIndex, index, card }
  }
  return undefined
}

/** Where a card sits now, as a move's position: enough to put it back later. */
export function positionOf(board: Board, cardId: string): Position {
  const found = findCard(board, cardId)
  if (!found) return 'start'
  const previous = found.column.cards[found.index - 1]
  return previous ? { afterId: previous.id } : 'start'
}

function insertionIndex(cards: BoardCard[], position: Position) {
  if (position === 'start') return 0
  if (position === 'end') return cards.length
  const anchorId = 'afterId' in position ? position.afterId : position.beforeId
  const anchor = cards.findIndex((card) => card.id === anchorId)
  // A neighbour that is gone (moved by someone else) leaves the card at the top.
  if (anchor === -1) return 0
  return 'afterId' in position ? anchor + 1 : anchor
}

/**
 * The board with one card moved; columns it does not touch keep their identity, so only
 * the affected columns re-render.
 */
export function moveCard(
  board: Board,
  cardId: string,
  toStageId: string,
  position: Position,
  patch?: Partial<BoardCard>,
): Board {
  const found = findCard(board, cardId)
  if (!found) return board
  const moved = { ...found.card, ...patch, stageId: toStageId }
  const columns = board.columns.map((column) => {
    const isSource = column.stageId === found.column.stageId
    const isTarget = column.stageId === toStageId
    if (!isSource && !isTarget) return column
    let cards = isSource ? column.cards.filter((card) => card.id !== cardId) : column.cards
    let count = column.count
    if (isTarget) {
      const index = insertionIndex(cards, position)
      cards = [...cards.slice(0, index), moved, ...cards.slice(index)]
    }
    if (isSource && !isTarget) count -= 1
    if (isTarget && !isSource) count += 1
    return { ...column, cards, count }
  })
  return { ...board, columns }
}

/** Put the server's copy of an application on the board, in rank order if its stage changed. */
export function applyApplication(board: Board, application: Application): Board {
  const found = findCard(board, application.id)
  if (!found) return board
  const patch = {
    stageId: application.stageId,
    rank: application.rank,
    status: application.status,
    rejection: application.rejection,
    stageEnteredAt: application.stageEnteredAt,
    version: application.version,
  }
  if (found.card.stageId === application.stageId) {
    return replaceCard(board, { ...found.card, ...patch })
  }
  const target = board.columns.find((column) => column.stageId === application.stageId)
  const next = target?.cards.find((card) => compareByRank(card, application) > 0)
  return moveCard(
    board,
    application.id,
    application.stageId,
    next ? { beforeId: next.id } : 'end',
    patch,
  )
}

export function replaceCard(board: Board, card: BoardCard): Board {
  return {
    ...board,
    columns: board.columns.map((column) =>
      column.stageId === card.stageId && column.cards.some((item) => item.id === card.id)
        ? { ...column, cards: column.cards.map((item) => (item.id === card.id ? card : item)) }
        : column,
    ),
  }
}

/** True when a move to `toStageId`/`position` would leave the card where it is. */
export function isNoopMove(board: Board, cardId: string, toStageId: string, position: Position) {
  const found = findCard(board, cardId)
  if (!found || found.column.stageId !== toStageId) return false
  if (typeof position === 'object') {
    const anchor = 'afterId' in position ? position.afterId : position.beforeId
    if (anchor === cardId) return true
  }
  const without = found.column.cards.filter((card) => card.id !== cardId)
  return insertionIndex(without, position) === found.index
}

/** A column's next page after its loaded cards (skipping any the board already shows). */
export function appendPage(board: Board, page: ColumnPage): Board {
  const shown = new Set(board.columns.flatMap((column) => column.cards.map((card) => card.id)))
  return {
    ...board,
    columns: board.columns.map((column) =>
      column.stageId === page.stageId
        ? {
            ...column,
            cards: [...column.cards, ...page.cards.filter((card) => !shown.has(card.id))],
            nextCursor: page.nextCursor,
          }
        : column,
    ),
  }
}
