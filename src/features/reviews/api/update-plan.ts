import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { InterviewPlan, UpdatePlanRequest } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** Replaces a job's plan; every review of the job shows the new competencies after. */
export function useUpdatePlan(jobId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: UpdatePlanRequest) =>
      api<InterviewPlan>(apiPaths.plan(jobId), { method: 'PUT', body: request }),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plan(jobId), plan)
      return queryClient.invalidateQueries({ queryKey: queryKeys.allReviews })
    },
  })
}
