import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { boardRequestPath, type BoardFilters } from '@contract/api.ts'
import type { Board } from '@contract/board.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export type { BoardFilters }
export type ClosedFilter = BoardFilters['closed']

export const getBoard = (jobId: string, filters: BoardFilters, signal?: AbortSignal) =>
  api<Board>(boardRequestPath(jobId, filters), { signal })

export const boardQueryOptions = (jobId: string, filters: BoardFilters) =>
  queryOptions({
    queryKey: queryKeys.boards.detail(jobId, filters.closed, filters.q),
    queryFn: ({ signal }) => getBoard(jobId, filters, signal),
  })

export const useBoard = (jobId: string, filters: BoardFilters) =>
  useSuspenseQuery(boardQueryOptions(jobId, filters))

/**
 * The board without its columns: the opening, totals, permissions and which columns there
 * are. It keeps its identity while cards move (only column counts change), so a move does
 * not re-render the board around the two columns it touches.
 */
const selectFrame = (board: Board) => ({
  job: board.job,
  totals: board.totals,
  permissions: board.permissions,
  stageIds: board.columns.map((column) => column.stageId),
})

export const useBoardFrame = (jobId: string, filters: BoardFilters) =>
  useSuspenseQuery({ ...boardQueryOptions(jobId, filters), select: selectFrame }).data

/** One column as the board has it: its count, and the first page of its cards. */
export function useBoardColumn(jobId: string, filters: BoardFilters, stageId: string) {
  const select = useCallback(
    (board: Board) => board.columns.find((column) => column.stageId === stageId),
    [stageId],
  )
  return useSuspenseQuery({ ...boardQueryOptions(jobId, filters), select }).data
}
