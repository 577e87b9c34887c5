import { useCallback } from 'react'
import { Outlet, useParams, useSearchParams } from 'react-router-dom'
import { boardFiltersOf } from '@contract/api.ts'
import type { BoardCard } from '@contract/board.ts'
import { BoardSkeleton } from '@/features/board/components/board-skeleton.tsx'
import { BoardView } from '@/features/board/components/board-view.tsx'
import {
  ReviewSummary,
  spokenReviewSummary,
} from '@/features/reviews/components/review-summary.tsx'
import { NotFoundState } from '@/ui/states.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

/**
 * A card's review line (scorecards in and owed, recommendations) and its words for screen
 * readers; the reviews feature makes both.
 */
const cardReviews = (card: BoardCard) => ({
  shown: <ReviewSummary reviews={card.reviews} />,
  spoken: spokenReviewSummary(card.reviews),
})

export function Component() {
  const { jobId = '' } = useParams()
  const [search, setSearch] = useSearchParams()
  const { closed, q } = boardFiltersOf(search)
  const query = search.size ? `?${search}` : ''
  const cardHref = useCallback(
    (cardId: string) => paths.application(jobId, cardId) + query,
    [jobId, query],
  )
  const compareHref = useCallback(
    (ids: string[]) => `${paths.compare(jobId)}?ids=${ids.map(encodeURIComponent).join(',')}`,
    [jobId],
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
          q={q}
          onSearchChange={(next) =>
            // Each search replaces the last in the history: Back leaves the board.
            setSearch(
              (current) => {
                if (next) current.set('q', next)
                else current.delete('q')
                return current
              },
              { replace: true },
            )
          }
          onClosedChange={(next) =>
            setSearch((current) => {
              if (next === 'show') current.set('closed', 'show')
              else current.delete('closed')
              return current
            })
          }
          cardHref={cardHref}
          addCandidateHref={paths.newCandidate(jobId) + query}
          compareHref={compareHref}
          cardExtras={cardReviews}
        />
      </QueryBoundary>
      <Outlet />
    </>
  )
}
