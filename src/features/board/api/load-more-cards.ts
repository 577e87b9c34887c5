import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Board, BoardColumn, ColumnPage } from '@contract/board.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { appendPage } from '../lib/board-cache.ts'
import type { ClosedFilter } from './get-board.ts'

export const getColumnPage = (jobId: string, column: BoardColumn, closed: ClosedFilter) => {
  const query = new URLSearchParams({ closed, cursor: column.nextCursor ?? '' })
  return api<ColumnPage>(`${apiPaths.columnCards(jobId, column.stageId)}?${query}`)
}

/** The next page of one column, added to the board's cache after the cards already shown. */
export function useLoadMoreCards(jobId: string, closed: ClosedFilter) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (column: BoardColumn) => getColumnPage(jobId, column, closed),
    onSuccess: (page) =>
      queryClient.setQueryData<Board>(
        queryKeys.boards.detail(jobId, closed),
        (board) => board && appendPage(board, page),
      ),
  })
}
