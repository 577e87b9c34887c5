import { Link, useParams } from 'react-router-dom'
import { useBoard } from '@/features/board/api/get-board.ts'
import { PlanEditor } from '@/features/reviews/components/plan-editor.tsx'
import { Skeleton } from '@/ui/skeleton.tsx'
import { NotFoundState } from '@/ui/states.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

/** /jobs/:jobId/plan — the interview plan, for those who may edit the opening. */
export function Component() {
  const { jobId = '' } = useParams()
  return (
    <QueryBoundary
      loading={<Skeleton className="m-6 mx-auto h-96 max-w-3xl" />}
      notFound={
        <NotFoundState title="Opening not found">
          There is no opening with the id “{jobId}”.
        </NotFoundState>
      }
    >
      <Plan jobId={jobId} />
    </QueryBoundary>
  )
}

function Plan({ jobId }: { jobId: string }) {
  // The board's default view (usually cached already) says what this user may do here.
  const { data: board } = useBoard(jobId, { closed: 'hide', q: '' })
  const back = (
    <Link to={paths.board(jobId)} className="text-brand-strong text-sm font-medium hover:underline">
      Back to the board
    </Link>
  )
  if (!board.permissions.edit) {
    return (
      <div className="mx-auto max-w-3xl space-y-3 p-6">
        <h1 className="text-xl font-semibold">Interview plan</h1>
        <p className="border-line bg-surface rounded-lg border p-4 text-sm">
          Only admins and the opening’s recruiters can change its interview plan.
        </p>
        {back}
      </div>
    )
  }
  return (
    <>
      <div className="mx-auto max-w-3xl px-6 pt-4">{back}</div>
      <PlanEditor jobId={jobId} jobTitle={board.job.title} stages={board.job.stages} />
    </>
  )
}
