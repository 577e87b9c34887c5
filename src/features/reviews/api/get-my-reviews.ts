import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { MyReviews } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** The scorecards the signed-in user owes, oldest assignment first. */
export const myReviewsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.myReviews,
    queryFn: ({ signal }) => api<MyReviews>(apiPaths.myReviews(), { signal }),
  })

export const useMyReviews = () => useSuspenseQuery(myReviewsQueryOptions())

/** How many scorecards the user owes in all, without the list (`limit=0`: a few bytes). */
export const owedCountQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.owedCount,
    queryFn: ({ signal }) => api<MyReviews>(`${apiPaths.myReviews()}?limit=0`, { signal }),
    select: (data) => data.total,
  })

/** How many scorecards are owed, for the navigation: undefined until known, never suspends. */
export const useOwedCount = () => useQuery(owedCountQueryOptions()).data
