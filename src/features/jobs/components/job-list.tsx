import { Link } from 'react-router-dom'
import { useJobs } from '../api/get-jobs.ts'

export function JobList({ boardHref }: { boardHref: (jobId: string) => string }) {
  const { data } = useJobs()
  return (
    <div className="mx-auto max-w-3xl p-6">
      <h1 className="mb-4 text-xl font-semibold">Openings</h1>
      {data.jobs.length === 0 ? (
        <p className="text-muted">No openings yet.</p>
      ) : (
        <ul className="divide-line border-line bg-surface divide-y rounded-xl border">
          {data.jobs.map((job) => (
            <li key={job.id} className="flex items-center gap-4 p-4">
              <div className="min-w-0 flex-1">
                <Link
                  to={boardHref(job.id)}
                  className="text-brand-strong font-medium hover:underline"
                >
                  {job.title}
                </Link>
                <p className="text-muted text-sm">
                  {job.team} · {job.location} · {job.stageCount} stages
                </p>
              </div>
              <p className="text-sm">
                <span className="font-semibold tabular-nums">{job.activeCount}</span> active
                candidates
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
