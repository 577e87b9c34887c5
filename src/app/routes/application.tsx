import { useParams } from 'react-router-dom'
import type { Job } from '@contract/jobs.ts'
import { cardSelector } from '@/features/board/lib/keyboard.ts'
import {
  CandidateProfile,
  type ProfileSlots,
} from '@/features/candidates/components/candidate-profile.tsx'
import { ProfileSkeleton } from '@/features/candidates/components/profile-skeleton.tsx'
import { ProfileSubtitle, ProfileTitle } from '@/features/candidates/components/profile-title.tsx'
import { ActivityTimeline } from '@/features/notes/components/activity-timeline.tsx'
import { NotesSection } from '@/features/notes/components/notes-section.tsx'
import {
  ProfileDecision,
  ProfileReviewMatrix,
} from '@/features/reviews/components/profile-review.tsx'
import { YourScorecards } from '@/features/reviews/components/your-scorecards.tsx'
import { useSession } from '@/features/session/api/get-session.ts'
import { Dialog } from '@/ui/dialog.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { Skeleton } from '@/ui/skeleton.tsx'
import { paths } from '../paths.ts'
import { useClosePanel } from './use-close-panel.ts'

/** What other features add to the profile; features meet only here, in app/. */
const profileSlots: ProfileSlots = {
  yourScorecards: ({ detail, job }) => (
    <QueryBoundary loading={<Skeleton className="h-12" />}>
      <OwnScorecards applicationId={detail.application.id} job={job} />
    </QueryBoundary>
  ),
  decision: ({ detail, job }) => (
    <ProfileDecision
      application={detail.application}
      job={job}
      candidateName={detail.candidate.name}
    />
  ),
  review: ({ detail, job }) => (
    <ProfileReviewMatrix
      applicationId={detail.application.id}
      job={job}
      candidateName={detail.candidate.name}
    />
  ),
  notes: ({ detail }) => (
    <NotesSection
      applicationId={detail.application.id}
      // Only those who see every application may list the team (interviewers may not).
      canListTeam={detail.permissions.viewAll}
    />
  ),
  activity: ({ detail, job }) => (
    <QueryBoundary loading={<Skeleton className="h-24" />}>
      <ActivityTimeline
        applicationId={detail.application.id}
        stages={job.stages}
        rejection={detail.application.rejection}
      />
    </QueryBoundary>
  ),
}

export function Component() {
  const { jobId = '', applicationId = '' } = useParams()
  const close = useClosePanel()
  return (
    <Dialog
      layout="sheet"
      title={<ProfileTitle applicationId={applicationId} />}
      description={<ProfileSubtitle applicationId={applicationId} />}
      onClose={close}
      // The card, wherever the profile moved it.
      returnFocusTo={() => document.querySelector<HTMLElement>(cardSelector(applicationId))}
    >
      <QueryBoundary
        loading={<ProfileSkeleton />}
        notFound={<p className="text-sm">There is no application with the id “{applicationId}”.</p>}
      >
        <CandidateProfile
          key={applicationId}
          applicationId={applicationId}
          jobId={jobId}
          slots={profileSlots}
        />
      </QueryBoundary>
    </Dialog>
  )
}

/** The signed-in user's scorecards for this application, linking to each form. */
function OwnScorecards({ applicationId, job }: { applicationId: string; job: Job }) {
  const session = useSession()
  if (!session) return null
  return (
    <YourScorecards
      applicationId={applicationId}
      userId={session.user.id}
      stages={job.stages}
      scorecardHref={(stageId) => paths.scorecard(job.id, applicationId, stageId)}
    />
  )
}
