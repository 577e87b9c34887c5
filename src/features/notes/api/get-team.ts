import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { UserList } from '@contract/common.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/**
 * The team, to suggest whom to mention. Same key and answer as the interviewer picker's list,
 * so the two share one cache entry. GET /api/users answers 403 to interviewers: ask only
 * when `enabled` (they can still type a handle).
 */
const teamQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => api<UserList>(apiPaths.users(), { signal }),
    staleTime: 5 * 60 * 1000,
  })

export const useTeam = (enabled: boolean) => useQuery({ ...teamQueryOptions(), enabled })
