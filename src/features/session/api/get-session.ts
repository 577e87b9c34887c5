import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Session } from '@contract/auth.ts'
import { api, isApiError } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { resetDataQueries } from '@/lib/reset-queries.ts'

/** Who is signed in, or null when nobody is: here a 401 is an answer, not a failure. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        return await api<Session>(apiPaths.session(), { signal })
      } catch (error) {
        if (isApiError(error, 401)) return null
        throw error
      }
    },
    // It changes only when this tab signs in or out; an expired session shows as a 401 elsewhere.
    staleTime: Infinity,
  })

/** The session, never suspending: undefined until it is known. */
export const useSession = () => useQuery(sessionQueryOptions()).data

/** Makes `session` the current one and forgets everything cached for whoever came before. */
export function adoptSession(queryClient: QueryClient, session: Session) {
  queryClient.setQueryData(sessionQueryOptions().queryKey, session)
  void resetDataQueries(queryClient)
}
