import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { ApplicationDetail } from '@contract/applications.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

export const applicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: queryKeys.applications.detail(applicationId),
    queryFn: ({ signal }) =>
      api<ApplicationDetail>(apiPaths.application(applicationId), { signal }),
  })

export const useApplication = (applicationId: string) =>
  useSuspenseQuery(applicationQueryOptions(applicationId))
