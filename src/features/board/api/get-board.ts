import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Board } from '@contract/board.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export type ClosedFilter = 'show' | 'hide'

/** What the board shows: closed applications or not, and a search ('' for none). */
export type BoardFilters = { closed: ClosedFilter; q: string }

/** The query string the board and its column pages share. */
export function filterParams({ closed, q }: BoardFilters) {
  const params = new URLSearchParams({ closed })
  if (q) params.set('q', q)
  return params
}

export const getBoard = (jobId: string, filters: BoardFilters, signal?: AbortSignal) =>
  api<Board>(`${apiPaths.board(jobId)}?${filterParams(filters)}`, { signal })

export const boardQueryOptions = (jobId: string, filters: BoardFilters) =>
  queryOptions({
    queryKey: queryKeys.boards.detail(jobId, filters.closed, filters.q),
    queryFn: ({ signal }) => getBoard(jobId, filters, signal),
  })

export const useBoard = (jobId: string, filters: BoardFilters) =>
  useSuspenseQuery(boardQueryOptions(jobId, filters))
