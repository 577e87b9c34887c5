import { useCallback } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { Outlet, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom'
import { boardQueryOptions, type ClosedFilter } from '@/features/board/api/get-board.ts'
import { BoardSkeleton } from '@/features/board/components/board-skeleton.tsx'
import { BoardView } from '@/features/board/components/board-view.tsx'
import { NotFoundState } from '@/ui/states.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

const closedFilter = (search: URLSearchParams): ClosedFilter =>
  search.get('closed') === 'show' ? 'show' : 'hide'

/** Starts the board request while the route's code loads; the view suspends on it. */
export const loader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    const closed = closedFilter(new URL(request.url).searchParams)
    void queryClient.prefetchQuery(boardQueryOptions(params.jobId ?? '', closed))
    return null
  }

export function Component() {
  const { jobId = '' } = useParams()
  const [search, setSearch] = useSearchParams()
  const closed = closedFilter(search)
  const query = search.size ? `?${search}` : ''
  const cardHref = useCallback(
    (cardId: string) => paths.application(jobId, cardId) + query,
    [jobId, query],
  )

  return (
    <>
      <QueryBoundary
        loading={<BoardSkeleton />}
        notFound={
          <NotFoundState title="Opening not found">
            There is no opening with the id “{jobId}”.
          </NotFoundState>
        }
      >
        <BoardView
          jobId={jobId}
          closed={closed}
          onClosedChange={(next) =>
            setSearch((current) => {
              if (next === 'show') current.set('closed', 'show')
              else current.delete('closed')
              return current
            })
          }
          cardHref={cardHref}
          addCandidateHref={paths.newCandidate(jobId) + query}
        />
      </QueryBoundary>
      <Outlet />
    </>
  )
}
