import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Board } from '@contract/board.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export type ClosedFilter = 'show' | 'hide'

export const getBoard = (jobId: string, closed: ClosedFilter, signal?: AbortSignal) =>
  api<Board>(`${apiPaths.board(jobId)}?closed=${closed}`, { signal })

export const boardQueryOptions = (jobId: string, closed: ClosedFilter) =>
  queryOptions({
    queryKey: queryKeys.boards.detail(jobId, closed),
    queryFn: ({ signal }) => getBoard(jobId, closed, signal),
  })

export const useBoard = (jobId: string, closed: ClosedFilter) =>
  useSuspenseQuery(boardQueryOptions(jobId, closed))
