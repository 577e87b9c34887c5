import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Activity } from '@contract/notes.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export const activityQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: queryKeys.activity.detail(applicationId),
    queryFn: ({ signal }) => api<Activity>(apiPaths.activity(applicationId), { signal }),
    // Moves made on the board while the profile was closed change it too: ask on every open.
    staleTime: 0,
  })

export const useActivity = (applicationId: string) =>
  useSuspenseQuery(activityQueryOptions(applicationId))
