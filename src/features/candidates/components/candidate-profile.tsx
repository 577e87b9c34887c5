import type { ReactNode } from 'react'
import type { ApplicationDetail, StageHistoryEntry } from '@contract/applications.ts'
import { REJECTION_REASON_LABELS, SOURCE_LABELS } from '@contract/catalog.ts'
import type { Job } from '@contract/jobs.ts'
import { stageById } from '@contract/rules/stages.ts'
import { daysSince, formatDate, formatDateTime, formatDays, formatYears } from '@/lib/format.ts'
import { useApplication } from '../api/get-application.ts'
import { useJob } from '../api/get-job.ts'
import { ContactDetails } from './contact-details.tsx'
import { Interviewers } from './interviewers.tsx'
import { SkillMatchList } from './skill-match-list.tsx'
import { StatusActions } from './status-actions.tsx'

/** What a section another feature adds to the profile gets (composed in app/). */
export type ProfileContext = { detail: ApplicationDetail; job: Job }
export type ProfileSlot = (context: ProfileContext) => ReactNode

export type ProfileSlots = {
  /** A decision panel below the header; it then owns Reject for active applications. */
  decision?: ProfileSlot
  /** The signed-in user's own scorecards here (write / continue / view), after the interviewers. */
  yourScorecards?: ProfileSlot
  /** The review of the candidate (scorecards), after the interviewers. */
  review?: ProfileSlot
  /** The team's notes on the application, before its history. */
  notes?: ProfileSlot
  /** The whole activity timeline; replaces the plain stage history (one timeline, not two). */
  activity?: ProfileSlot
}

export function CandidateProfile({
  applicationId,
  jobId,
  slots = {},
}: {
  applicationId: string
  jobId: string
  slots?: ProfileSlots
}) {
  const { data: detail } = useApplication(applicationId)
  const { data: job } = useJob(jobId)
  const { application, candidate, history } = detail
  const stage = stageById(job, application.stageId)
  const context = { detail, job }
  // With a decision panel, the header's menu is left with Restore (and Reject once hired).
  const showStatusActions = !(slots.decision && application.status === 'active')

  return (
    <div className="space-y-6 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="bg-brand-soft text-brand-strong rounded-full px-2.5 py-0.5 font-medium">
          {stage?.name}
        </span>
        <span className="text-muted">
          {formatDays(daysSince(application.stageEnteredAt))} in stage
        </span>
        {application.status !== 'active' && (
          <span className="bg-danger-soft text-danger-strong rounded-full px-2.5 py-0.5 font-medium capitalize">
            {application.status}
          </span>
        )}
        {detail.permissions.decide && showStatusActions && (
          <div className="ml-auto">
            <StatusActions application={application} candidateName={candidate.name} />
          </div>
        )}
      </div>
      {application.rejection && (
        <p className="bg-danger-soft rounded-lg p-3">
          <strong>Rejected:</strong> {REJECTION_REASON_LABELS[application.rejection.reason]}
          {application.rejection.note && <> — {application.rejection.note}</>}
        </p>
      )}

      {detail.permissions.decide && slots.decision?.(context)}

      <Section title="Contact">
        <ContactDetails candidate={candidate} />
      </Section>

      <Section title="Interviewers">
        <Interviewers
          applicationId={application.id}
          interviewers={detail.interviewers}
          canAssign={detail.permissions.assign}
        />
      </Section>

      {/* Renders its own heading, and nothing when the user has no scorecard here. */}
      {slots.yourScorecards?.(context)}

      {slots.review && <Section title="Scorecards">{slots.review(context)}</Section>}

      <Section title="Experience">
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
          <dt className="text-muted">Current role</dt>
          <dd>
            {[candidate.currentTitle, candidate.currentCompany].filter(Boolean).join(' at ') ||
              'Not given'}
          </dd>
          <dt className="text-muted">Backend</dt>
          <dd>{formatYears(candidate.backendYears)}</dd>
          <dt className="text-muted">Go</dt>
          <dd>{formatYears(candidate.goYears)}</dd>
          <dt className="text-muted">Source</dt>
          <dd>{SOURCE_LABELS[application.source]}</dd>
          <dt className="text-muted">Applied</dt>
          <dd>{formatDate(application.appliedAt)}</dd>
          <dt className="text-muted">Tags</dt>
          <dd>{candidate.tags.length ? candidate.tags.join(', ') : 'None'}</dd>
        </dl>
      </Section>

      <Section title="Skills against the requirements">
        <SkillMatchList skills={candidate.skills} job={job} />
        <p className="text-muted mt-2">
          All skills: {candidate.skills.join(', ') || 'none listed'}
        </p>
      </Section>

      <Section title="Resume">
        <p className="whitespace-pre-line">{candidate.resumeText || 'No resume text.'}</p>
      </Section>

      {slots.notes && <Section title="Notes">{slots.notes(context)}</Section>}

      {slots.activity ? (
        <Section title="Activity">{slots.activity(context)}</Section>
      ) : (
        <Section title="Stage history">
          <StageHistory history={history} job={job} />
        </Section>
      )}
    </div>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3 className="mb-2 text-base font-semibold">{title}</h3>
      {children}
    </section>
  )
}

const HISTORY_VERBS: Record<StageHistoryEntry['kind'], string> = {
  applied: 'Applied to',
  moved: 'Moved',
  rejected: 'Rejected in',
  withdrawn: 'Withdrew in',
  restored: 'Restored in',
}

function StageHistory({ history, job }: Pick<ApplicationDetail, 'history'> & { job: Job }) {
  const name = (stageId: string | null) =>
    stageId ? (stageById(job, stageId)?.name ?? 'a removed stage') : ''
  return (
    <ol className="border-line space-y-1.5 border-l-2 pl-3">
      {[...history].reverse().map((entry) => (
        <li key={entry.id}>
          <p>
            {entry.kind === 'moved' ? (
              <>
                Moved from <strong>{name(entry.fromStageId)}</strong> to{' '}
                <strong>{name(entry.toStageId)}</strong>
              </>
            ) : (
              <>
                {HISTORY_VERBS[entry.kind]} <strong>{name(entry.toStageId)}</strong>
              </>
            )}
          </p>
          <p className="text-muted text-xs">
            {entry.actor.name} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  )
}
