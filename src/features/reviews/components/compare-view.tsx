import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import type { Application } from '@contract/applications.ts'
import type { Job } from '@contract/jobs.ts'
import type { ApplicationReviews } from '@contract/reviews.ts'
import { matchSkills } from '@contract/rules/skill-match.ts'
import { stageById } from '@contract/rules/stages.ts'
import {
  compareCell,
  compareRows,
  formatAverage,
  submittedRecommendations,
} from '../lib/compare.ts'
import type { CompetencyRow } from '../lib/review-matrix.ts'
import { DecisionPanel } from './decision-panel.tsx'
import { RatingChip, RecommendationChip } from './rating-chip.tsx'
import { BLINDED_MESSAGE } from './review-matrix.tsx'

export type ComparedCandidate = {
  application: Application
  name: string
  currentRole: string | null
  skills: string[]
  canDecide: boolean
  reviews: ApplicationReviews
  profileHref: string
}

type Props = {
  job: Job
  /** The stage the candidates were compared in (one may have moved on since). */
  stageId: string
  candidates: ComparedCandidate[]
}

/** Candidates side by side: competencies as rows, candidates as columns. */
export function CompareView({ job, stageId, candidates }: Props) {
  const plan = candidates[0]?.reviews.plan ?? []
  const rows = compareRows(
    plan,
    candidates.filter((item) => !item.reviews.blinded).map((item) => item.reviews),
  )
  const stageName = (id: string) => stageById(job, id)?.name ?? 'a removed stage'

  return (
    <div className="border-line bg-surface overflow-x-auto rounded-lg border">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          {candidates.length} candidates in {stageName(stageId)}, side by side
        </caption>
        <colgroup>
          <col className="w-56" />
        </colgroup>
        <thead className="bg-subtle">
          <tr>
            <th scope="col" className="px-3 py-2 align-bottom font-medium">
              Competency
            </th>
            {candidates.map((item) => (
              <th key={item.application.id} scope="col" className="px-3 py-2 align-top">
                <Link
                  to={item.profileHref}
                  className="text-brand-strong text-base font-semibold underline-offset-2 hover:underline"
                >
                  {item.name}
                </Link>
                <span className="text-muted block text-xs font-normal">
                  {item.currentRole ?? 'No current role'}
                </span>
                {item.application.stageId !== stageId && (
                  <span className="bg-brand-soft text-brand-strong mt-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium">
                    Now in {stageName(item.application.stageId)}
                  </span>
                )}
                {item.application.status !== 'active' && (
                  <span className="bg-danger-soft text-danger-strong mt-1 ml-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium capitalize">
                    {item.application.status}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr className="border-line border-t">
              <th scope="row" className="px-3 py-2 font-medium">
                Competencies
              </th>
              {candidates.map((item) => (
                <td key={item.application.id} className="text-muted px-3 py-2">
                  {item.reviews.blinded ? BLINDED_MESSAGE : 'Not assessed yet'}
                </td>
              ))}
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key} className="border-line border-t">
              <th scope="row" className="px-3 py-2 align-top font-medium">
                {row.name}
                <span className="text-muted block text-xs font-normal">
                  {row.stageIds.map(stageName).join(', ')}
                </span>
              </th>
              {candidates.map((item) => (
                <td key={item.application.id} className="px-3 py-2 align-top">
                  {item.reviews.blinded ? (
                    <span className="text-muted">Hidden</span>
                  ) : (
                    <RatingsCell reviews={item.reviews} row={row} />
                  )}
                </td>
              ))}
            </tr>
          ))}
          <Row title="Overall recommendations" strong>
            {candidates.map((item) => (
              <td key={item.application.id} className="px-3 py-2 align-top">
                <Recommendations reviews={item.reviews} />
              </td>
            ))}
          </Row>
          <Row title="Skill match">
            {candidates.map((item) => (
              <td key={item.application.id} className="px-3 py-2 align-top">
                <SkillMatch skills={item.skills} job={job} />
              </td>
            ))}
          </Row>
          <Row title="Decision">
            {candidates.map((item) => (
              <td key={item.application.id} className="px-3 py-2 align-top">
                {item.canDecide ? (
                  <DecisionPanel
                    application={item.application}
                    job={job}
                    candidateName={item.name}
                    suggestion={item.reviews.suggestion}
                    label={`Decision on ${item.name}`}
                  />
                ) : null}
                <Link
                  to={item.profileHref}
                  className="text-brand-strong mt-2 inline-block text-xs font-medium underline"
                >
                  Open {item.name}’s profile
                </Link>
              </td>
            ))}
          </Row>
        </tbody>
      </table>
    </div>
  )
}

function Row({
  title,
  strong,
  children,
}: {
  title: string
  strong?: boolean
  children: ReactNode
}) {
  return (
    <tr className="border-line border-t-2">
      <th
        scope="row"
        className={strong ? 'px-3 py-2 align-top font-semibold' : 'px-3 py-2 align-top font-medium'}
      >
        {title}
      </th>
      {children}
    </tr>
  )
}

function RatingsCell({ reviews, row }: { reviews: ApplicationReviews; row: CompetencyRow }) {
  const { ratings, average } = compareCell(reviews.scorecards, row.key)
  if (ratings.length === 0) return <span className="text-muted">Not assessed</span>
  return (
    <div className="space-y-1">
      <p className="font-semibold">
        {average === null ? (
          <span className="text-muted font-normal">No evidence</span>
        ) : (
          <>
            {formatAverage(average)}
            <span className="text-muted font-normal"> average of 4</span>
          </>
        )}
      </p>
      <ul className="flex flex-wrap gap-1" aria-label={`${row.name} ratings`}>
        {ratings.map(({ reviewer, stageId, rating }) => (
          <li key={`${stageId}:${reviewer.id}`} className="flex items-center gap-1">
            <RatingChip rating={rating} />
            <span className="text-muted text-xs">{reviewer.name}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Recommendations({ reviews }: { reviews: ApplicationReviews }) {
  if (reviews.blinded) return <span className="text-muted">{BLINDED_MESSAGE}</span>
  const submitted = submittedRecommendations(reviews.scorecards)
  const owed = reviews.owed.length
  return (
    <div className="space-y-1">
      {submitted.length === 0 ? (
        <span className="text-muted">No scorecards yet</span>
      ) : (
        <ul className="flex flex-wrap gap-1" aria-label="Recommendations">
          {submitted.map(({ reviewer, recommendation }, index) => (
            <li key={`${reviewer.id}-${index}`} className="flex items-center gap-1">
              <RecommendationChip recommendation={recommendation} />
              <span className="text-muted text-xs">{reviewer.name}</span>
            </li>
          ))}
        </ul>
      )}
      {owed > 0 && <p className="text-muted text-xs">{owed} owed</p>}
    </div>
  )
}

function SkillMatch({ skills, job }: { skills: string[]; job: Job }) {
  const match = matchSkills(skills, job.requirements)
  return (
    <p>
      Must-haves: {match.mustMet} of {match.must.length}
      <span className="text-muted block text-xs">
        Nice-to-haves: {match.niceMet} of {match.nice.length}
      </span>
    </p>
  )
}
