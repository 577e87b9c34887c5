import type { ReactNode } from 'react'
import type { Rejection } from '@contract/applications.ts'
import { REJECTION_REASON_LABELS, type RejectionReason } from '@contract/catalog.ts'
import type { ActivityItem } from '@contract/notes.ts'
import { RECOMMENDATION_LABELS } from '@contract/catalog.ts'
import { cn } from '@/lib/cn.ts'
import { useActivity } from '../api/get-activity.ts'
import { Markdown } from './markdown.tsx'
import { TimeAgo } from './time-ago.tsx'

type Stage = { id: string; name: string }

type Props = {
  applicationId: string
  /** The opening's stages, to name where things happened. */
  stages: readonly Stage[]
  /**
   * The application's current rejection: a rejection made from the status menu carries its
   * reason only here, so the latest "rejected" change shows it.
   */
  rejection: Rejection | null
}

/** Everything that happened to an application, newest first: one timeline for the profile. */
export function ActivityTimeline({ applicationId, stages, rejection }: Props) {
  const { data } = useActivity(applicationId)
  const name: StageName = (stageId) => (
    <strong>
      {stageId ? (stages.find((stage) => stage.id === stageId)?.name ?? 'a removed stage') : ''}
    </strong>
  )
  // The newest rejection, if it came from the status menu, is the one `rejection` describes.
  const latestRejection = data.items.find(
    (item) =>
      (item.kind === 'stage' && item.change === 'rejected') ||
      (item.kind === 'decision' && item.decision === 'reject'),
  )

  if (!data.items.length) return <p className="text-muted">Nothing has happened yet.</p>
  return (
    <ol aria-label="Activity" className="border-line space-y-3 border-l-2 pl-4">
      {data.items.map((item) => {
        const entry = describe(item, name, item === latestRejection ? rejection : null)
        return (
          <li key={`${item.kind}-${item.id}`} className="relative">
            <span
              aria-hidden
              className={cn(
                'absolute top-0.5 -left-[1.6rem] flex size-5 items-center justify-center rounded-full text-[0.65rem] font-bold',
                TONES[entry.tone],
              )}
            >
              {entry.icon}
            </span>
            <p>{entry.label}</p>
            {entry.detail && <div className="mt-1">{entry.detail}</div>}
            <p className="text-muted text-xs">
              {item.actor?.name ?? 'Hirelane'} · <TimeAgo at={item.at} />
            </p>
          </li>
        )
      })}
    </ol>
  )
}

type Tone = 'neutral' | 'good' | 'bad' | 'note'
const TONES: Record<Tone, string> = {
  neutral: 'bg-subtle text-ink',
  good: 'bg-brand-soft text-brand-strong',
  bad: 'bg-danger-soft text-danger-strong',
  note: 'bg-subtle text-muted',
}

type Entry = { icon: string; tone: Tone; label: ReactNode; detail?: ReactNode }

const Why = ({ reason, note }: { reason: RejectionReason | null; note: string | null }) =>
  reason || note ? (
    <p className="text-muted">
      {reason && <>Reason: {REJECTION_REASON_LABELS[reason]}</>}
      {reason && note && ' — '}
      {note}
    </p>
  ) : null

type StageName = (stageId: string | null) => ReactNode

function describe(item: ActivityItem, name: StageName, rejection: Rejection | null): Entry {
  switch (item.kind) {
    case 'stage':
      return describeStageChange(item, name, rejection)
    case 'decision':
      return describeDecision(item, name)
    case 'note':
      return {
        icon: '✎',
        tone: 'note',
        label: 'Added a note',
        detail: (
          <div className="text-muted line-clamp-3">
            <Markdown source={item.note.body} />
          </div>
        ),
      }
    case 'scorecard':
      return {
        icon: '★',
        tone: item.recommendation.endsWith('yes') ? 'good' : 'bad',
        label: (
          <>
            {item.amended ? 'Amended the scorecard' : 'Submitted a scorecard'} for{' '}
            {name(item.stageId)}: {RECOMMENDATION_LABELS[item.recommendation]}
          </>
        ),
      }
  }
}

function describeStageChange(
  item: Extract<ActivityItem, { kind: 'stage' }>,
  name: StageName,
  rejection: Rejection | null,
): Entry {
  switch (item.change) {
    case 'applied':
      return { icon: '+', tone: 'neutral', label: <>Applied to {name(item.toStageId)}</> }
    case 'moved':
      return {
        icon: '→',
        tone: 'neutral',
        label: (
          <>
            Moved from {name(item.fromStageId)} to {name(item.toStageId)}
          </>
        ),
      }
    case 'rejected':
      return {
        icon: '✕',
        tone: 'bad',
        label: <>Rejected in {name(item.toStageId)}</>,
        detail: rejection && <Why reason={rejection.reason} note={rejection.note} />,
      }
    case 'withdrawn':
      return { icon: '←', tone: 'bad', label: <>Withdrew in {name(item.toStageId)}</> }
    case 'restored':
      return { icon: '↺', tone: 'good', label: <>Restored to {name(item.toStageId)}</> }
  }
}

function describeDecision(
  item: Extract<ActivityItem, { kind: 'decision' }>,
  name: StageName,
): Entry {
  const note = <Why reason={item.reason} note={item.note} />
  switch (item.decision) {
    case 'advance':
      return {
        icon: '✓',
        tone: 'good',
        label: (
          <>
            Advanced from {name(item.fromStageId)} to {name(item.toStageId)}
          </>
        ),
        detail: note,
      }
    case 'reject':
      return {
        icon: '✕',
        tone: 'bad',
        label: <>Rejected in {name(item.fromStageId)}</>,
        detail: note,
      }
    case 'offer':
      return {
        icon: '✉',
        tone: 'good',
        label: item.toStageId ? (
          <>Made an offer: moved to {name(item.toStageId)}</>
        ) : (
          'Made an offer'
        ),
        detail: note,
      }
    case 'hire':
      return {
        icon: '★',
        tone: 'good',
        label: item.toStageId ? <>Marked hired in {name(item.toStageId)}</> : 'Marked hired',
        detail: note,
      }
  }
}
