import type { QueryClient, QueryFilters } from '@tanstack/react-query'
import { mutationKeys, queryKeys } from './query-keys.ts'

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
  // A board's first load (a search still loading) may have read it before the change, and it
  // cannot be restarted; marked stale, it would count as fresh once landed. So once it has
  // landed it is fetched again, and its touched columns, which started from its first pages,
  // invalidated; each only while no move is under way (a move cancels the refetches in flight
  // as it starts; one started during it could undo it on screen).
  const firstLoads = targets
    .flatMap((filters) =>
      queryClient.getQueryCache().findAll({ ...filters, fetchStatus: 'fetching' }),
    )
    .filter((query) => query.state.data === undefined)
  const again = async () => {
    await Promise.all(firstLoads.map((query) => query.promise?.catch(() => undefined)))
    await movesSettled(queryClient)
    await queryClient.refetchQueries({ predicate: (query) => firstLoads.includes(query) })
    await movesSettled(queryClient)
    const shown = new Set(firstLoads.map((query) => JSON.stringify(query.queryKey.at(-1))))
    await queryClient.invalidateQueries({
      queryKey: columns,
      predicate: (query) =>
        shown.has(JSON.stringify(query.queryKey.at(-1))) &&
        (stageIds === 'all' || stageIds.has(String(query.queryKey[columns.length]))),
    })
  }
  return Promise.all([invalidate(), firstLoads.length ? again() : null])
}

/** Resolves once none of this tab's moves is in flight. */
function movesSettled(queryClient: QueryClient) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (queryClient.isMutating({ mutationKey: mutationKeys.move }) > 0) return
      unsubscribe()
      resolve()
    }
    const unsubscribe = queryClient.getMutationCache().subscribe(check)
    check()
  })
}
