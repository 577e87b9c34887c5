import { useParams } from 'react-router-dom'
import { stageById } from '@contract/rules/stages.ts'
import { useApplication } from '@/features/candidates/api/get-application.ts'
import { useJob } from '@/features/candidates/api/get-job.ts'
import { ScorecardPage } from '@/features/reviews/components/scorecard-page.tsx'
import { useSession } from '@/features/session/api/get-session.ts'
import { Skeleton } from '@/ui/skeleton.tsx'
import { NotFoundState } from '@/ui/states.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

/** /jobs/:jobId/applications/:applicationId/scorecards/:stageId — the user's scorecard. */
export function Component() {
  const { jobId = '', applicationId = '', stageId = '' } = useParams()
  return (
    <QueryBoundary
      loading={<Skeleton className="m-6 mx-auto h-96 max-w-3xl" />}
      notFound={
        <NotFoundState title="Scorecard not found">
          There is no application with the id “{applicationId}” that you may see.
        </NotFoundState>
      }
    >
      <Scorecard jobId={jobId} applicationId={applicationId} stageId={stageId} />
    </QueryBoundary>
  )
}

function Scorecard({
  jobId,
  applicationId,
  stageId,
}: {
  jobId: string
  applicationId: string
  stageId: string
}) {
  const session = useSession()
  const { data: detail } = useApplication(applicationId)
  const { data: job } = useJob(jobId)
  const stage = stageById(job, stageId)
  if (!session) return null
  if (!stage || detail.application.jobId !== jobId) {
    return (
      <NotFoundState title="Scorecard not found">
        {job.title} has no stage with the id “{stageId}” for this candidate.
      </NotFoundState>
    )
  }
  return (
    <ScorecardPage
      // A new user or stage starts afresh (its own local copy and server draft).
      key={`${session.user.id}:${applicationId}:${stageId}`}
      applicationId={applicationId}
      stageId={stageId}
      userId={session.user.id}
      candidateName={detail.candidate.name}
      stageName={stage.name}
      jobTitle={job.title}
      profileHref={paths.application(jobId, applicationId)}
      myReviewsHref={paths.myReviews()}
    />
  )
}
