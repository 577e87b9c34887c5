import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router-dom'
import { boardQueryOptions, type ClosedFilter } from '@/features/board/api/get-board.ts'

export const closedFilter = (search: URLSearchParams): ClosedFilter =>
  search.get('closed') === 'show' ? 'show' : 'hide'
export const searchText = (search: URLSearchParams) => search.get('q')?.trim() ?? ''

/**
 * Starts the board request at navigation, in parallel with loading the board's code (this
 * module is small and loaded up front; the view, in its own chunk, suspends on the request).
 */
export const boardLoader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    const search = new URL(request.url).searchParams
    const filters = { closed: closedFilter(search), q: searchText(search) }
    void queryClient.prefetchQuery(boardQueryOptions(params.jobId ?? '', filters))
    return null
  }
