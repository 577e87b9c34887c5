import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { ApplicationReviews } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** One application's plan, assignments, visible scorecards and suggestion, as this user may see them. */
export const applicationReviewsQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: queryKeys.reviews(applicationId),
    queryFn: ({ signal }) => api<ApplicationReviews>(apiPaths.reviews(applicationId), { signal }),
  })

export const useApplicationReviews = (applicationId: string) =>
  useSuspenseQuery(applicationReviewsQueryOptions(applicationId))
