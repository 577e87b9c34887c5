import { useState } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import type { ApplicationDetail } from '@contract/applications.ts'
import type { Job } from '@contract/jobs.ts'
import { stageById } from '@contract/rules/stages.ts'
import { applicationQueryOptions } from '@/features/candidates/api/get-application.ts'
import { useJob } from '@/features/candidates/api/get-job.ts'
import { applicationReviewsQueryOptions } from '@/features/reviews/api/get-application-reviews.ts'
import { CompareView } from '@/features/reviews/components/compare-view.tsx'
import {
  compareIdsProblem,
  compareStageProblem,
  parseCompareIds,
} from '@/features/reviews/lib/compare.ts'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { paths } from '../paths.ts'

/** /jobs/:jobId/compare?ids=a,b,c — two to four candidates of one stage, side by side. */
export function Component() {
  const { jobId = '' } = useParams()
  const [search] = useSearchParams()
  const ids = parseCompareIds(search.get('ids'))
  const problem = compareIdsProblem(ids)

  return (
    <div className="mx-auto max-w-6xl space-y-4 p-4">
      <header className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h1 className="text-xl font-semibold">Compare candidates</h1>
          <QueryBoundary loading={null} notFound={null}>
            <JobLine jobId={jobId} />
          </QueryBoundary>
        </div>
        <Link to={paths.board(jobId)} className="text-brand-strong text-sm font-medium underline">
          Back to the board
        </Link>
      </header>
      {problem ? (
        <CompareProblem>{problem}</CompareProblem>
      ) : (
        <QueryBoundary
          loading={<p className="text-muted text-sm">Loading the candidates…</p>}
          notFound={
            <CompareProblem>
              One of these candidates does not exist, or you may not see them.
            </CompareProblem>
          }
        >
          {/* A new set of ids starts over, with its own stage check. */}
          <LoadedComparison key={ids.join(',')} jobId={jobId} ids={ids} />
        </QueryBoundary>
      )}
    </div>
  )
}

function JobLine({ jobId }: { jobId: string }) {
  const { data: job } = useJob(jobId)
  return <p className="text-muted text-sm">{job.title}</p>
}

function CompareProblem({ children }: { children: string }) {
  return (
    <p role="alert" className="bg-warning-soft rounded-lg p-4 text-sm">
      {children} Select 2–4 candidates in one stage on the board, then choose Compare.
    </p>
  )
}

function LoadedComparison({ jobId, ids }: { jobId: string; ids: string[] }) {
  const { data: job } = useJob(jobId)
  const details = useSuspenseQueries({ queries: ids.map(applicationQueryOptions) })
  const compared = details.map(({ data }) => ({ ...data.application, name: data.candidate.name }))
  // The same-stage rule holds when the page opens; a decision taken here may move a candidate
  // on, and the page then says where they went instead of refusing to show the comparison.
  const [opened] = useState(() => ({
    stageId: compared[0]?.stageId ?? '',
    problem: compareStageProblem(
      jobId,
      compared,
      (stageId) => stageById(job, stageId)?.name ?? 'a removed stage',
    ),
  }))
  if (opened.problem) return <CompareProblem>{opened.problem}</CompareProblem>
  return (
    <ComparisonTable
      job={job}
      stageId={opened.stageId}
      details={details.map((query) => query.data)}
    />
  )
}

function ComparisonTable({
  job,
  stageId,
  details,
}: {
  job: Job
  stageId: string
  details: ApplicationDetail[]
}) {
  const reviews = useSuspenseQueries({
    queries: details.map(({ application }) => applicationReviewsQueryOptions(application.id)),
  })
  return (
    <CompareView
      job={job}
      stageId={stageId}
      candidates={details.map(({ application, candidate, permissions }, index) => ({
        application,
        name: candidate.name,
        currentRole:
          [candidate.currentTitle, candidate.currentCompany].filter(Boolean).join(' at ') || null,
        skills: candidate.skills,
        canDecide: permissions.decide,
        // Both lists follow `details`, so the same index is the same application.
        reviews: reviews[index]!.data,
        profileHref: paths.application(job.id, application.id),
      }))}
    />
  )
}
