import { Link } from 'react-router-dom'
import type { OwedReview } from '@contract/reviews.ts'
import { formatDate } from '@/lib/format.ts'
import { useMyReviews } from '../api/get-my-reviews.ts'

const STATUS_LABELS: Record<OwedReview['status'], string> = {
  not_started: 'Not started',
  draft: 'Draft',
}

/** The scorecards the user owes, oldest assignment first, each opening its form. */
export function MyReviewsPage({
  scorecardHref,
  openingsHref,
}: {
  scorecardHref: (review: OwedReview) => string
  openingsHref: string
}) {
  const { data } = useMyReviews()
  // The API sends them oldest first; sorting again keeps that promise whatever it sends.
  const items = [...data.items].sort((a, b) => a.assignedAt.localeCompare(b.assignedAt))
  return (
    <div className="mx-auto max-w-4xl p-6">
      <h1 className="mb-1 text-xl font-semibold">My reviews</h1>
      <p className="text-muted mb-4 text-sm">
        Scorecards you owe, oldest first. Others’ feedback on a candidate shows once you have
        submitted yours.
      </p>
      {data.total > items.length && (
        <p className="mb-4 text-sm">
          {`These are the oldest ${items.length} of the ${data.total} you owe; the rest show here as you submit these.`}
        </p>
      )}
      {items.length === 0 ? (
        <div className="border-line bg-surface rounded-xl border p-6 text-center text-sm">
          <p className="font-medium">You owe no scorecards.</p>
          <p className="text-muted mt-1">
            When you are assigned to interview a candidate, their scorecard appears here.
          </p>
          <Link
            to={openingsHref}
            className="text-brand-strong mt-3 inline-block font-medium underline"
          >
            See all openings
          </Link>
        </div>
      ) : (
        <div className="border-line bg-surface overflow-x-auto rounded-xl border">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Scorecards you owe</caption>
            <thead className="text-muted border-line border-b text-xs uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Candidate
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Opening
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Stage
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Assigned
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-line divide-y">
              {items.map((review) => (
                <tr key={`${review.applicationId}:${review.stageId}`}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link
                      to={scorecardHref(review)}
                      className="text-brand-strong hover:underline"
                      aria-label={`${review.status === 'draft' ? 'Continue' : 'Write'} scorecard for ${review.candidateName}, ${review.stageName}`}
                    >
                      {review.candidateName}
                    </Link>
                  </th>
                  <td className="px-4 py-2">{review.jobTitle}</td>
                  <td className="px-4 py-2">{review.stageName}</td>
                  <td className="px-4 py-2">
                    <time dateTime={review.assignedAt}>{formatDate(review.assignedAt)}</time>
                  </td>
                  <td className="px-4 py-2">
                    <span
                      className={
                        review.status === 'draft'
                          ? 'bg-brand-soft text-brand-strong rounded-full px-2 py-0.5 text-xs font-medium'
                          : 'bg-subtle text-muted rounded-full px-2 py-0.5 text-xs font-medium'
                      }
                    >
                      {STATUS_LABELS[review.status]}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
