import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Scorecard, SubmitScorecardRequest } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { replaceScorecard } from './reviews-cache.ts'

/**
 * Submits the current user's scorecard for one stage. The review (now unblinded for an
 * interviewer who submitted their last one), My reviews and the board's summaries refresh.
 */
export function useSubmitScorecard(applicationId: string, stageId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: SubmitScorecardRequest) =>
      api<Scorecard>(apiPaths.scorecardSubmit(applicationId, stageId), {
        method: 'POST',
        body: request,
      }),
    onSuccess: (scorecard) => {
      replaceScorecard(queryClient, scorecard)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews(applicationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myReviews }),
        queryClient.invalidateQueries({ queryKey: queryKeys.activity.detail(applicationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.boards.all }),
      ])
    },
  })
}
