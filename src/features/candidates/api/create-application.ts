import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { ApplicationDetail, CreateApplicationRequest } from '@contract/applications.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export function useCreateApplication(jobId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: CreateApplicationRequest) =>
      api<ApplicationDetail>(apiPaths.jobApplications(jobId), { method: 'POST', body: request }),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.applications.detail(detail.application.id), detail)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.boards.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobs.all }),
      ])
    },
  })
}
