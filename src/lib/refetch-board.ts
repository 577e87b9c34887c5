import type { QueryClient, QueryFilters } from '@tanstack/react-query'
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
  const columns = queryKeys.boards.columns(jobId)
  const targets: QueryFilters[] =
    stageIds === 'all'
      ? [{ queryKey: queryKeys.boards.job(jobId) }]
      : [
          { queryKey: queryKeys.boards.frames(jobId) },
          {
            queryKey: columns,
            // A column's key goes on from the columns' with its stage id.
            predicate: (query) =>
              query.state.isInvalidated || stageIds.has(String(query.queryKey[columns.length])),
          },
        ]
  const invalidate = () =>
    Promise.all(targets.map((filters) => queryClient.invalidateQueries(filters)))
  // A board on its way may have been read before the change, and marking it stale would not
  // stick: its fetch clears the mark as it lands. Invalidating restarts the fetches of boards
  // on screen, but not of one nothing shows yet, nor a first load (a search still loading):
  // once landed, those are fetched again, and then the boards and columns invalidated again
  // (columns that started from a board's first pages meanwhile have that board's age).
  const arriving = targets
    .flatMap((filters) =>
      queryClient.getQueryCache().findAll({ ...filters, fetchStatus: 'fetching' }),
    )
    .filter((query) => !query.isActive() || query.state.data === undefined)
  const again = async () => {
    await Promise.all(arriving.map((query) => query.promise?.catch(() => undefined)))
    await queryClient.refetchQueries({ predicate: (query) => arriving.includes(query) })
    await invalidate()
  }
  return Promise.all([invalidate(), arriving.length ? again() : null])
}
