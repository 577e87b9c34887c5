import { useState } from 'react'
import { Link } from 'react-router-dom'
import { competenciesFor } from '@contract/rules/reviews.ts'
import { useApplicationReviews } from '../api/get-application-reviews.ts'
import { clearLocalDraft, readLocalDraft, type DraftKey } from '../lib/local-draft.ts'
import { contentFor, isAssigned, ownScorecard, submittedContent } from '../lib/scorecard-content.ts'
import { startingPoint, type StartingPoint } from '../lib/starting-point.ts'
import { ScorecardForm } from './scorecard-form.tsx'
import { SubmittedScorecard } from './submitted-scorecard.tsx'

type Props = {
  applicationId: string
  stageId: string
  userId: string
  candidateName: string
  stageName: string
  jobTitle: string
  /** Back to the candidate's profile. */
  profileHref: string
  myReviewsHref: string
}

/** One interviewer's scorecard for one stage: the form while a draft, read-only once submitted. */
export function ScorecardPage(props: Props) {
  const { applicationId, stageId, userId, candidateName, stageName, jobTitle } = props
  const { data: reviews } = useApplicationReviews(applicationId)
  const competencies = competenciesFor(reviews.plan, stageId)
  const own = ownScorecard(reviews, userId, stageId)
  const canWrite = isAssigned(reviews, userId, stageId)
  const draftKey: DraftKey = { userId, applicationId, stageId }

  // Decided once on arrival (later refetches must not reset what the user is typing); the
  // form remounts, with a new key, when Amend starts another round.
  const [start, setStart] = useState<StartingPoint & { round: number }>(() => {
    const local = readLocalDraft(draftKey)
    const point = startingPoint(own, canWrite ? local : null, competencies)
    if (point.mode === 'view' || !point.restored) clearLocalDraft(draftKey)
    return { ...point, round: 0 }
  })

  const header = (
    <header className="space-y-1">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <Link to={props.myReviewsHref} className="text-brand-strong hover:underline">
          My reviews
        </Link>
        {' · '}
        <Link to={props.profileHref} className="text-brand-strong hover:underline">
          {candidateName}’s profile
        </Link>
      </nav>
      <h1 className="text-xl font-semibold">Scorecard: {candidateName}</h1>
      <p className="text-muted text-sm">
        {stageName} · {jobTitle}
      </p>
    </header>
  )

  let body
  if (!canWrite && !own) {
    body = (
      <p className="border-line bg-surface rounded-lg border p-4 text-sm">
        You are not an interviewer for {candidateName} in {stageName}, so there is no scorecard for
        you to write here. A recruiter can assign you on the candidate’s profile.
      </p>
    )
  } else if (start.mode === 'view' && own?.submitted) {
    const submittedCard = { ...own, submitted: own.submitted }
    body = (
      <SubmittedScorecard
        scorecard={submittedCard}
        competencies={competencies}
        onAmend={
          canWrite
            ? () =>
                setStart((current) => ({
                  mode: 'edit',
                  content: contentFor(competencies, submittedContent(submittedCard.submitted)),
                  version: submittedCard.version,
                  restored: false,
                  round: current.round + 1,
                }))
            : undefined
        }
      />
    )
  } else if (start.mode === 'edit' && canWrite) {
    body = (
      <ScorecardForm
        key={start.round}
        draftKey={draftKey}
        competencies={competencies}
        initialContent={start.content}
        initialVersion={start.version}
        restored={start.restored}
        amending={Boolean(own?.submitted)}
        onSubmitted={() => setStart((current) => ({ mode: 'view', round: current.round + 1 }))}
        onShowSubmitted={() => setStart((current) => ({ mode: 'view', round: current.round + 1 }))}
      />
    )
  } else {
    body = (
      <p className="border-line bg-surface rounded-lg border p-4 text-sm">
        You are no longer an interviewer for {candidateName} in {stageName}, so this scorecard
        cannot be changed.
      </p>
    )
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6 p-6">
      {header}
      {body}
    </div>
  )
}
