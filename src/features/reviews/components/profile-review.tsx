import { useQuery } from '@tanstack/react-query'
import type { Application } from '@contract/applications.ts'
import type { Job } from '@contract/jobs.ts'
import { Button } from '@/ui/button.tsx'
import { applicationReviewsQueryOptions } from '../api/get-application-reviews.ts'
import { DecisionPanel } from './decision-panel.tsx'
import { ReviewMatrix } from './review-matrix.tsx'

type DecisionProps = { application: Application; job: Job; candidateName: string }

/**
 * The profile's decision panel, for those who decide. The buttons never wait for the review:
 * its suggestion appears once loaded (and stays away if it cannot load).
 */
export function ProfileDecision({ application, job, candidateName }: DecisionProps) {
  const { data: reviews } = useQuery(applicationReviewsQueryOptions(application.id))
  return (
    <DecisionPanel
      application={application}
      job={job}
      candidateName={candidateName}
      suggestion={reviews?.suggestion ?? null}
    />
  )
}

type MatrixProps = { applicationId: string; job: Job; candidateName: string }

/**
 * The profile's scorecard matrix (or the blind rule's message). It reads the same query as
 * the decision panel, without suspending: the rest of the profile never waits for it.
 */
export function ProfileReviewMatrix({ applicationId, job, candidateName }: MatrixProps) {
  const { data: reviews, error, refetch } = useQuery(applicationReviewsQueryOptions(applicationId))
  if (error) {
    return (
      <p role="alert" className="flex flex-wrap items-center gap-2">
        Could not load the scorecards: {error.message}
        <Button size="sm" onClick={() => void refetch()}>
          Retry
        </Button>
      </p>
    )
  }
  if (!reviews) return <p className="text-muted">Loading scorecards…</p>
  return <ReviewMatrix reviews={reviews} stages={job.stages} candidateName={candidateName} />
}
