import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { InterviewPlan } from '@contract/reviews.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** A job's interview plan: the competencies each stage assesses. */
export const planQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: queryKeys.plan(jobId),
    queryFn: ({ signal }) => api<InterviewPlan>(apiPaths.plan(jobId), { signal }),
  })

export const usePlan = (jobId: string) => useSuspenseQuery(planQueryOptions(jobId))
