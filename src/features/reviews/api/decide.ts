import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Application } from '@contract/applications.ts'
import type { DecisionRequest } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/**
 * Advance, reject, make an offer or mark hired. Not optimistic: a decision is deliberate and
 * rare, so the card moves when the API has written it. Afterwards (success or a 409 from a
 * stale version alike) the profile, its review, the board and the job counts refetch.
 */
export function useDecide(applicationId: string, jobId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: DecisionRequest) =>
      api<Application>(apiPaths.decision(applicationId), { method: 'POST', body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.applications.detail(applicationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews(applicationId) }),
        // A move or rejection changes what is owed (only reached stages of open ones are).
        queryClient.invalidateQueries({ queryKey: queryKeys.myReviews }),
        queryClient.invalidateQueries({ queryKey: queryKeys.activity.detail(applicationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.boards.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobs.all }),
      ]),
  })
}
