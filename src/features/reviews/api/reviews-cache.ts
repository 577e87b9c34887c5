import type { QueryClient } from '@tanstack/react-query'
import type { ApplicationReviews, Scorecard } from '@contract/reviews.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** Puts the API's answer for one of the user's scorecards into the cached review. */
export function replaceScorecard(queryClient: QueryClient, scorecard: Scorecard) {
  queryClient.setQueryData<ApplicationReviews>(
    queryKeys.reviews(scorecard.applicationId),
    (reviews) =>
      reviews && {
        ...reviews,
        scorecards: reviews.scorecards.some((card) => card.id === scorecard.id)
          ? reviews.scorecards.map((card) => (card.id === scorecard.id ? scorecard : card))
          : [...reviews.scorecards, scorecard],
      },
  )
}
