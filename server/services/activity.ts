import type { StageHistoryEntry } from '@contract/applications.ts'
import type { Activity, ActivityItem } from '@contract/notes.ts'
import type { Scorecard } from '@contract/reviews.ts'
import { notFound } from '../http/problem.ts'
import type { DecisionRecord } from '../store/store.ts'
import { demand } from './access.ts'
import type { ServiceContext } from './context.ts'
import { reviewVisibility, visibleScorecards } from './reviews.ts'

const WHAT = 'That application'

/**
 * Among items at the same instant, which shows as the later: a decision above the scorecard
 * that led to it, above a note about it, above a plain stage change.
 */
const KIND_ORDER: Record<ActivityItem['kind'], number> = {
  stage: 0,
  note: 1,
  scorecard: 2,
  decision: 3,
}

/** An item with where it came from in its (oldest-first) source, for a stable order. */
type Sortable = { item: ActivityItem; index: number }

/** Newest first; ties by kind, then the later written first: the same order on every store. */
function newestFirst(a: Sortable, b: Sortable) {
  if (a.item.at !== b.item.at) return a.item.at < b.item.at ? 1 : -1
  return (
    KIND_ORDER[b.item.kind] - KIND_ORDER[a.item.kind] ||
    b.index - a.index ||
    (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0)
  )
}

/**
 * A decision writes its stage change too (a rejection, or the move it makes); the timeline
 * shows that once, as the decision, which says more (why, with what note).
 */
const madeBy = (decisions: readonly DecisionRecord[]) => (entry: StageHistoryEntry) =>
  decisions.some(
    (decision) =>
      decision.at === entry.at &&
      decision.actor.id === entry.actor.id &&
      (decision.decision === 'reject'
        ? entry.kind === 'rejected'
        : entry.kind === 'moved' && entry.toStageId === decision.toStageId),
  )

/**
 * One item per submission of a scorecard: the first, then each amendment (a draft is no
 * activity until submitted).
 */
function submissions(scorecard: Scorecard): ActivityItem[] {
  const all = [...scorecard.revisions, ...(scorecard.submitted ? [scorecard.submitted] : [])]
  return all.map((submission, index) => ({
    kind: 'scorecard',
    // Ids have only letters, digits, - and _: one per submission of the scorecard.
    id: `${scorecard.id}-${index + 1}`,
    applicationId: scorecard.applicationId,
    actor: scorecard.author,
    at: submission.submittedAt,
    scorecardId: scorecard.id,
    stageId: scorecard.stageId,
    recommendation: submission.recommendation,
    amended: index > 0,
  }))
}

/**
 * An application's timeline, newest first: stage changes, notes, scorecard submissions and
 * decisions. Notes are for everyone who may view the application (an interviewer under the
 * blind rule too: they are the team's conversation, not feedback); scorecards follow the blind
 * rule (reviews.ts), so a blinded interviewer sees only their own.
 */
export async function getActivity(ctx: ServiceContext, applicationId: string): Promise<Activity> {
  const { store, user } = ctx
  const application = await store.getApplication(applicationId)
  if (!application) throw notFound(WHAT)
  const { permissions, blinded, scorecards } = await reviewVisibility(store, user, application)
  demand(permissions, 'view', WHAT)
  const [history, notes, decisions] = await Promise.all([
    store.listHistory(applicationId),
    store.listNotes(applicationId),
    store.listDecisions(applicationId),
  ])
  const decided = madeBy(decisions)
  const sources: ActivityItem[][] = [
    history
      .filter((entry) => !decided(entry))
      .map((entry) => ({
        kind: 'stage',
        id: entry.id,
        applicationId: entry.applicationId,
        actor: entry.actor,
        at: entry.at,
        change: entry.kind,
        fromStageId: entry.fromStageId,
        toStageId: entry.toStageId,
      })),
    notes.map((note) => ({
      kind: 'note',
      id: note.id,
      applicationId: note.applicationId,
      actor: note.author,
      at: note.createdAt,
      note,
    })),
    visibleScorecards(user, blinded, scorecards).flatMap(submissions),
    decisions.map((decision) => ({
      kind: 'decision',
      id: decision.id,
      applicationId: decision.applicationId,
      actor: decision.actor,
      at: decision.at,
      decision: decision.decision,
      fromStageId: decision.fromStageId,
      toStageId: decision.toStageId,
      reason: decision.reason,
      // A decision's note may sum up the feedback: not for someone still writing theirs.
      note: blinded ? null : decision.note,
    })),
  ]
  const items = sources
    .flatMap((items) => items.map((item, index) => ({ item, index })))
    .sort(newestFirst)
    .map(({ item }) => item)
  return { items }
}
