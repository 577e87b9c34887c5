import { queryOptions } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { UserList } from '@contract/common.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** The team, to choose interviewers from (403 for interviewers: ask only with `assign`). */
export const usersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => api<UserList>(apiPaths.users(), { signal }),
    staleTime: 5 * 60 * 1000,
  })
