import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { MarkNotificationsReadRequest, NotificationList } from '@contract/notes.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

const MARK_READ = ['notifications', 'mark-read'] as const

/** Marks some (or, without ids, all) notifications read: at once on screen, then for real. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: MARK_READ,
    mutationFn: (body: MarkNotificationsReadRequest) =>
      api<NotificationList>(apiPaths.notificationsRead(), { method: 'POST', body }),
    onMutate: async ({ ids }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.notifications })
      const previous = queryClient.getQueryData<NotificationList>(queryKeys.notifications)
      if (previous) {
        const now = new Date().toISOString()
        const items = previous.items.map((item) =>
          item.readAt || (ids && !ids.includes(item.id)) ? item : { ...item, readAt: now },
        )
        const marked = items.filter((item, index) => item !== previous.items[index]).length
        queryClient.setQueryData<NotificationList>(queryKeys.notifications, {
          items,
          // Without ids every one is read, including those beyond the first page.
          unread: ids ? Math.max(0, previous.unread - marked) : 0,
        })
      }
      return { previous }
    },
    // The API answers with the list as it now is. While another mark is still on its way that
    // answer would un-mark it on screen, so only the last one in flight writes its answer.
    onSuccess: (list) => {
      if (queryClient.isMutating({ mutationKey: MARK_READ }) === 1) {
        queryClient.setQueryData(queryKeys.notifications, list)
      }
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.notifications, context.previous)
      return queryClient.invalidateQueries({ queryKey: queryKeys.notifications })
    },
  })
}
