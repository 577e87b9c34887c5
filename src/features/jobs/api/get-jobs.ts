import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { JobList } from '@contract/jobs.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export const jobsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.jobs.list(),
    queryFn: ({ signal }) => api<JobList>(apiPaths.jobs(), { signal }),
  })

export const useJobs = () => useSuspenseQuery(jobsQueryOptions())
