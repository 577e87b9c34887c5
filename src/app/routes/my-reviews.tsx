import { MyReviewsPage } from '@/features/reviews/components/my-reviews-page.tsx'
import { Skeleton } from '@/ui/skeleton.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

/** /reviews — the scorecards the signed-in user owes. */
export function Component() {
  return (
    <QueryBoundary loading={<Skeleton className="m-6 mx-auto h-40 max-w-4xl" />}>
      <MyReviewsPage
        scorecardHref={(review) =>
          paths.scorecard(review.jobId, review.applicationId, review.stageId)
        }
        openingsHref={paths.jobs()}
      />
    </QueryBoundary>
  )
}
