import { useId } from 'react'
import { Link } from 'react-router-dom'
import type { Stage } from '@contract/jobs.ts'
import { useApplicationReviews } from '../api/get-application-reviews.ts'

type Props = {
  applicationId: string
  userId: string
  /** The job's stages, for their names and pipeline order. */
  stages: readonly Pick<Stage, 'id' | 'name'>[]
  scorecardHref: (stageId: string) => string
}

/**
 * The signed-in user's own scorecards for this application: one line per stage they
 * interview (or wrote for), owed, started or submitted, linking to the form.
 */
export function YourScorecards({ applicationId, userId, stages, scorecardHref }: Props) {
  const { data: reviews } = useApplicationReviews(applicationId)
  const headingId = useId()
  const mine = stages.flatMap((stage) => {
    const assigned = reviews.assignments.some(
      (assignment) => assignment.stageId === stage.id && assignment.interviewer.id === userId,
    )
    const card = reviews.scorecards.find(
      (scorecard) => scorecard.stageId === stage.id && scorecard.author.id === userId,
    )
    if (!assigned && !card) return []
    const state = card?.submitted ? 'submitted' : card?.draft ? 'draft' : 'owed'
    return [{ stage, state } as const]
  })
  if (mine.length === 0) return null
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-2 text-base font-semibold">
        Your scorecards
      </h3>
      <ul className="space-y-1.5">
        {mine.map(({ stage, state }) => (
          <li key={stage.id} className="flex flex-wrap items-center gap-2">
            <span className="flex-1">
              {stage.name}
              <span className="text-muted">
                {' — '}
                {state === 'submitted' ? 'submitted' : state === 'draft' ? 'draft started' : 'owed'}
              </span>
            </span>
            <Link
              to={scorecardHref(stage.id)}
              className="text-brand-strong font-medium hover:underline"
              aria-label={`${LINK_TEXT[state]}, ${stage.name}`}
            >
              {LINK_TEXT[state]}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

const LINK_TEXT = {
  owed: 'Write scorecard',
  draft: 'Continue scorecard',
  submitted: 'View your scorecard',
} as const
