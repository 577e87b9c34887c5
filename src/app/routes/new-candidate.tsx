import { useLocation, useNavigate, useParams } from 'react-router-dom'
import { AddCandidateForm } from '@/features/candidates/components/add-candidate-form.tsx'
import { ProfileSkeleton } from '@/features/candidates/components/profile-skeleton.tsx'
import { Dialog } from '@/ui/dialog.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { toast } from '@/ui/toast.tsx'
import { paths } from '../paths.ts'
import { useClosePanel } from './use-close-panel.ts'

export function Component() {
  const { jobId = '' } = useParams()
  const navigate = useNavigate()
  const location = useLocation()
  const close = useClosePanel()
  return (
    <Dialog
      title="Add candidate"
      description="They join this opening's pipeline."
      onClose={close}
      layout="wide"
    >
      <QueryBoundary loading={<ProfileSkeleton />}>
        <AddCandidateForm
          jobId={jobId}
          onCancel={close}
          onCreated={(applicationId, name) => {
            toast({ title: `Added ${name}` })
            // The profile takes the form's place, and closes the way the form would have.
            navigate(paths.application(jobId, applicationId), {
              replace: true,
              state: location.state,
            })
          }}
        />
      </QueryBoundary>
    </Dialog>
  )
}
