import type { QueryClient } from '@tanstack/react-query'
import { queryKeys } from './query-keys.ts'

/**
 * Refetches an opening's board after changes to it: its counts, and the columns of `stageIds`
 * under every filter (every column for 'all'). A column still marked stale comes too: a move
 * cancels the board's refetches in flight, and a cancelled refetch is not tried again.
 */
export function refetchBoard(
  queryClient: QueryClient,
  jobId: string,
  stageIds: ReadonlySet<string> | 'all',
) {
  if (stageIds === 'all') {
    return queryClient.invalidateQueries({ queryKey: queryKeys.boards.job(jobId) })
  }
  const columns = queryKeys.boards.columns(jobId)
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.boards.frames(jobId) }),
    queryClient.invalidateQueries({
      queryKey: columns,
      // A column's key goes on from the columns' with its stage id.
      predicate: (query) =>
        query.state.isInvalidated || stageIds.has(String(query.queryKey[columns.length])),
    }),
  ])
}
