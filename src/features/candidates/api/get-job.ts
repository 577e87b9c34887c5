import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Job } from '@contract/jobs.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export const jobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: queryKeys.jobs.detail(jobId),
    queryFn: ({ signal }) => api<Job>(apiPaths.job(jobId), { signal }),
    staleTime: 5 * 60 * 1000,
  })

export const useJob = (jobId: string) => useSuspenseQuery(jobQueryOptions(jobId))
