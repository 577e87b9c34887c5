import type { QueryClient } from '@tanstack/react-query'
import { jobsQueryOptions } from '@/features/jobs/api/get-jobs.ts'
import { JobList } from '@/features/jobs/components/job-list.tsx'
import { Skeleton } from '@/ui/skeleton.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(jobsQueryOptions())
  return null
}

export function Component() {
  return (
    <QueryBoundary loading={<Skeleton className="m-6 h-40" />}>
      <JobList boardHref={paths.board} />
    </QueryBoundary>
  )
}
