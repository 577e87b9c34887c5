import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router-dom'
import { boardFiltersOf } from '@contract/api.ts'
import { boardQueryOptions } from '@/features/board/api/get-board.ts'

/**
 * Starts the board request at navigation, in parallel with loading the board's code (this
 * module is small and loaded up front; the view, in its own chunk, suspends on the request).
 */
export const boardLoader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    const filters = boardFiltersOf(new URL(request.url).searchParams)
    void queryClient.prefetchQuery(boardQueryOptions(params.jobId ?? '', filters))
    return null
  }
