import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router-dom'
import { jobsQueryOptions } from '@/features/jobs/api/get-jobs.ts'
import { paths } from '../paths.ts'

/** `/` opens the first opening's board (the Senior Go Engineer in the demo). */
export const loader = (queryClient: QueryClient) => async () => {
  const { jobs } = await queryClient.ensureQueryData(jobsQueryOptions())
  const first = jobs[0]
  return redirect(first ? paths.board(first.id) : paths.jobs())
}
