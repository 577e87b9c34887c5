import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import type { QueryClient } from '@tanstack/react-query'
import type { ChangeKind } from '@contract/events.ts'
import { mutationKeys, queryKeys } from '@/lib/query-keys.ts'
import { refetchBoard } from '@/lib/refetch-board.ts'
import { resetDataQueries } from '@/lib/reset-queries.ts'

/** What someone else changed: one application, anything at all, or all the data (a reset). */
export type RemoteChange =
  | {
      kind: 'application'
      jobId: string | null
      applicationId: string | null
      /** The board columns it touched; none when not known (the whole board is refetched). */
      stageIds?: readonly string[]
      /** The event's kind, where known: a new note refetches the notifications, not the boards. */
      event?: ChangeKind
    }
  | { kind: 'anything' }
  | { kind: 'reset' }

/** A new note: it changes nothing a card shows, nor any count, so no board is refetched. */
const isNote = (change: RemoteChange) =>
  change.kind === 'application' && change.event === 'note.created'

function apply(queryClient: QueryClient, changes: RemoteChange[]) {
  if (changes.some((change) => change.kind === 'reset')) return resetDataQueries(queryClient)
  if (changes.some((change) => change.kind === 'anything')) return queryClient.invalidateQueries()
  // Per opening, the columns its changes touched; 'all' once one of them did not say.
  const columnsByJob = new Map<string, Set<string> | 'all'>()
  const applicationIds = new Set<string>()
  for (const change of changes) {
    if (change.kind !== 'application') continue
    if (change.applicationId) applicationIds.add(change.applicationId)
    if (!change.jobId || isNote(change)) continue
    const named = (change.applicationId && change.stageIds) || []
    const sofar = columnsByJob.get(change.jobId) ?? new Set<string>()
    columnsByJob.set(
      change.jobId,
      sofar === 'all' || !named.length ? 'all' : new Set([...sofar, ...named]),
    )
  }
  return Promise.all([
    ...[...columnsByJob].map(([jobId, columns]) => refetchBoard(queryClient, jobId, columns)),
    ...[...applicationIds].flatMap((id) => [
      queryClient.invalidateQueries({ queryKey: queryKeys.applications.detail(id) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.activity.detail(id) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.reviews(id) }),
    ]),
    // Assignments, submissions and moves change what this user owes (and the header's count).
    queryClient.invalidateQueries({ queryKey: queryKeys.myReviews }),
    // A new plan changes every review of the job.
    ...changes.flatMap((change) =>
      change.kind === 'application' && change.event === 'plan.changed' && change.jobId
        ? [
            queryClient.invalidateQueries({ queryKey: queryKeys.plan(change.jobId) }),
            queryClient.invalidateQueries({ queryKey: queryKeys.allReviews }),
          ]
        : [],
    ),
    // Someone may have mentioned this user (the server sends a note's event to those who see it).
    changes.some(isNote)
      ? queryClient.invalidateQueries({ queryKey: queryKeys.notifications })
      : undefined,
    // The list's counts of active candidates.
    changes.every(isNote)
      ? undefined
      : queryClient.invalidateQueries({ queryKey: queryKeys.jobs.list() }),
  ])
}

/**
 * Refetches what other people changed, but never under the user's hands: while a card is
 * being dragged, or one of this tab's moves is in flight (it refetches when it lands), the
 * changes wait and then land together.
 */
export function createChangeQueue(queryClient: QueryClient) {
  let pending: RemoteChange[] = []
  let dragging = false
  const isBusy = () => dragging || queryClient.isMutating({ mutationKey: mutationKeys.move }) > 0

  const flush = () => {
    if (!pending.length || isBusy()) return
    const changes = pending
    pending = []
    void apply(queryClient, changes)
  }

  const stopMonitoring = monitorForElements({
    onDragStart: () => {
      dragging = true
    },
    onDrop: () => {
      dragging = false
      // After the board's own drop handler, so the move it starts already counts as in flight.
      queueMicrotask(flush)
    },
  })
  // Every settled mutation may be the last move in flight.
  const stopWatching = queryClient.getMutationCache().subscribe(flush)

  return {
    push: (change: RemoteChange) => {
      pending.push(change)
      flush()
    },
    stop: () => {
      stopMonitoring()
      stopWatching()
      pending = []
    },
  }
}
