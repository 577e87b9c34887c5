import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Application, RejectRequest } from '@contract/applications.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export type StatusChange =
  | { action: 'reject'; body: RejectRequest }
  | { action: 'restore'; body: { expectedVersion: number } }

/** Reject, withdraw or restore an application; the board and the profile refresh after. */
export function useChangeStatus(applicationId: string, jobId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: StatusChange) =>
      api<Application>(apiPaths[action](applicationId), { method: 'POST', body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.applications.detail(applicationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.activity.detail(applicationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.boards.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobs.all }),
      ]),
  })
}
