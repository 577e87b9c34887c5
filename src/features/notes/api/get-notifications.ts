import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { NotificationList } from '@contract/notes.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => api<NotificationList>(apiPaths.notifications(), { signal }),
    // Coming back to the tab is when people expect news, stale or not; live events do the rest.
    refetchOnWindowFocus: 'always',
  })

export const useNotifications = () => useQuery(notificationsQueryOptions())
