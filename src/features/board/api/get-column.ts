import { infiniteQueryOptions, useInfiniteQuery, type QueryClient } from '@tanstack/react-query'
import { apiPaths, boardSearchParams } from '@contract/api.ts'
import type { BoardColumn, ColumnPage } from '@contract/board.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { columnSeed, loadedCards, shareColumn } from '../lib/board-cache.ts'
import type { BoardFilters } from './get-board.ts'

export const getColumnPage = (
  jobId: string,
  stageId: string,
  filters: BoardFilters,
  cursor: string | null,
  signal?: AbortSignal,
) => {
  const query = boardSearchParams(filters)
  if (cursor) query.set('cursor', cursor)
  return api<ColumnPage>(`${apiPaths.columnCards(jobId, stageId)}?${query}`, { signal })
}

/**
 * One column's pages as an infinite query. Invalidating the board (after a move, or someone
 * else's change) refetches every page a column has loaded, in order, so a column never
 * collapses back to its first page.
 */
export const columnQueryOptions = (jobId: string, filters: BoardFilters, stageId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.boards.column(jobId, stageId, filters.closed, filters.q),
    queryFn: ({ pageParam, signal }) => getColumnPage(jobId, stageId, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    structuralSharing: shareColumn,
  })

/**
 * A column's loaded cards. The first page comes with the board, so the column starts from
 * it (as fresh as the board) instead of asking for it again.
 */
export function useColumnCards(
  queryClient: QueryClient,
  jobId: string,
  filters: BoardFilters,
  column: BoardColumn,
) {
  const board = queryKeys.boards.detail(jobId, filters.closed, filters.q)
  return useInfiniteQuery({
    ...columnQueryOptions(jobId, filters, column.stageId),
    initialData: () =>
      columnSeed({ stageId: column.stageId, cards: column.cards, nextCursor: column.nextCursor }),
    initialDataUpdatedAt: () => queryClient.getQueryState(board)?.dataUpdatedAt,
    select: loadedCards,
  })
}
