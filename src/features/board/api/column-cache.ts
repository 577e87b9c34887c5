import type { QueryClient } from '@tanstack/react-query'
import type { Position } from '@contract/applications.ts'
import type { Board, BoardCard } from '@contract/board.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import {
  insertCard,
  loadedCards,
  moveCount,
  removeCard,
  type ColumnData,
} from '../lib/board-cache.ts'
import type { BoardFilters } from './get-board.ts'

/** The cache entries of one board as shown: its counts and each column's loaded pages. */
export type BoardScope = { queryClient: QueryClient; jobId: string; filters: BoardFilters }

const boardKey = ({ jobId, filters }: BoardScope) =>
  queryKeys.boards.detail(jobId, filters.closed, filters.q)

const columnKey = ({ jobId, filters }: BoardScope, stageId: string) =>
  queryKeys.boards.column(jobId, stageId, filters.closed, filters.q)

export const readBoard = (scope: BoardScope) =>
  scope.queryClient.getQueryData<Board>(boardKey(scope))

export const readColumn = (scope: BoardScope, stageId: string) =>
  scope.queryClient.getQueryData<ColumnData>(columnKey(scope, stageId))

/** Writes a column's entry only when it changed, so the other columns do not re-render. */
function updateColumn(
  scope: BoardScope,
  stageId: string,
  update: (data: ColumnData) => ColumnData,
) {
  const data = readColumn(scope, stageId)
  if (!data) return
  const next = update(data)
  if (next !== data) scope.queryClient.setQueryData(columnKey(scope, stageId), next)
}

/** A card among the loaded ones, with its column's loaded cards. */
export function findLoadedCard(scope: BoardScope, cardId: string) {
  for (const column of readBoard(scope)?.columns ?? []) {
    const data = readColumn(scope, column.stageId)
    const cards = data ? loadedCards(data) : []
    const card = cards.find((item) => item.id === cardId)
    if (card) return { card, cards, count: column.count }
  }
  return undefined
}

/**
 * Puts `card` (with its new stage) at `position` of its column, or in rank order ('rank', for
 * the server's copy), takes it out of wherever it was loaded, and moves one from the count of
 * `fromStageId` to its new column's.
 */
export function relocateCard(
  scope: BoardScope,
  card: BoardCard,
  fromStageId: string,
  position: Position | 'rank',
) {
  for (const column of readBoard(scope)?.columns ?? []) {
    if (column.stageId !== card.stageId) {
      updateColumn(scope, column.stageId, (data) => removeCard(data, card.id))
    }
  }
  updateColumn(scope, card.stageId, (data) =>
    insertCard(
      removeCard(data, card.id),
      card,
      position === 'rank' ? { rank: card.rank } : position,
    ),
  )
  scope.queryClient.setQueryData<Board>(
    boardKey(scope),
    (board) => board && moveCount(board, fromStageId, card.stageId),
  )
}
