import { useParams } from 'react-router-dom'
import { CandidateProfile } from '@/features/candidates/components/candidate-profile.tsx'
import { ProfileSkeleton } from '@/features/candidates/components/profile-skeleton.tsx'
import { ProfileSubtitle, ProfileTitle } from '@/features/candidates/components/profile-title.tsx'
import { Dialog } from '@/ui/dialog.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { useClosePanel } from './use-close-panel.ts'

export function Component() {
  const { jobId = '', applicationId = '' } = useParams()
  const close = useClosePanel()
  return (
    <Dialog
      layout="sheet"
      title={<ProfileTitle applicationId={applicationId} />}
      description={<ProfileSubtitle applicationId={applicationId} />}
      onClose={close}
    >
      <QueryBoundary
        loading={<ProfileSkeleton />}
        notFound={<p className="text-sm">There is no application with the id “{applicationId}”.</p>}
      >
        <CandidateProfile key={applicationId} applicationId={applicationId} jobId={jobId} />
      </QueryBoundary>
    </Dialog>
  )
}
