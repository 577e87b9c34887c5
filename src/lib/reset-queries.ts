import type { QueryClient } from '@tanstack/react-query'
import { queryKeys } from './query-keys.ts'

/**
 * Forgets every cached answer except who is signed in, refetching what is on screen: after a
 * change of user nothing of the previous one shows, after a data reset nothing stale does.
 */
export const resetDataQueries = (queryClient: QueryClient) =>
  queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] })
