import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { apiPaths } from '@contract/api.ts'
import type { SaveScorecardDraftRequest, Scorecard } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { replaceScorecard } from './reviews-cache.ts'

/**
 * Saves the current user's draft for one stage. A plain async function rather than a
 * mutation: autosave runs its own queue (one save in flight, each based on the version the
 * last one returned, retries with back-off) and sends a last save when the form unmounts.
 */
export function useSaveScorecardDraft(applicationId: string, stageId: string) {
  const queryClient = useQueryClient()
  return useCallback(
    async (request: SaveScorecardDraftRequest) => {
      const scorecard = await api<Scorecard>(apiPaths.scorecardDraft(applicationId, stageId), {
        method: 'PUT',
        body: request,
      })
      replaceScorecard(queryClient, scorecard)
      // A first save turns "Not started" into "Draft" in My reviews.
      if (request.expectedVersion === null) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.myReviews })
      }
      return scorecard
    },
    [queryClient, applicationId, stageId],
  )
}
