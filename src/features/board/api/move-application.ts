import {
  MutationObserver,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import { apiPaths } from '@contract/api.ts'
import type { Application, Position } from '@contract/applications.ts'
import type { Board, BoardCard } from '@contract/board.ts'
import { stageById } from '@contract/rules/stages.ts'
import { afterNextPaint } from '@/lib/after-paint.ts'
import { api, conflictOf } from '@/lib/api-client.ts'
import { mutationKeys, queryKeys } from '@/lib/query-keys.ts'
import { refetchBoard } from '@/lib/refetch-board.ts'
import { announce } from '@/ui/live-region.tsx'
import { toast } from '@/ui/toast.tsx'
import { focusCard } from '../lib/keyboard.ts'
import { findLoadedCard, readBoard, relocateCard, type BoardScope } from './column-cache.ts'
import type { BoardFilters } from './get-board.ts'

export type MoveVariables = {
  cardId: string
  toStageId: string
  position: Position
  /** Undo moves are not themselves offered for undo. */
  isUndo?: boolean
  /**
   * The card as last known (its version is what the move is based on). An undo passes it:
   * a move to the end of a long column takes the card past the loaded pages.
   */
  card?: BoardCard
  /** The search `card` was seen under: a board with another search may not show it. */
  seenUnder?: string
}

/** A move already made on screen: the card as it was (its rank says where, to put it back). */
type MoveContext = { card: BoardCard }

/** What a move's mutation carries: its variables, and what the move did on screen. */
type PlacedMove = MoveVariables & { placed: MoveContext | undefined }

/**
 * Moves of one card run one after another, each based on the version the previous one
 * returned; moves of different cards run side by side.
 */
const cardQueues = new Map<string, Promise<Application | undefined>>()

function queueForCard(
  cardId: string,
  run: (previous: Application | undefined) => Promise<Application>,
) {
  const previous = cardQueues.get(cardId) ?? Promise.resolve(undefined)
  const next = previous.catch(() => undefined).then(run)
  const settled = next.catch(() => undefined)
  cardQueues.set(cardId, settled)
  void settled.then(() => {
    if (cardQueues.get(cardId) === settled) cardQueues.delete(cardId)
  })
  return next
}

/**
 * The version each card's last move from this tab saved. A board read that left before that
 * move landed (a search answering meanwhile) shows the older version until the refetch after
 * the moves, and a move based on it would be refused as a conflict. Versions only go up, so
 * the newer of the two is the one to send; once the board shows the saved one, or a newer
 * one, the entry goes. Per query client, as the cache whose copies it corrects.
 */
const savedVersions = new WeakMap<QueryClient, Map<string, number>>()

function savedVersionsOf(queryClient: QueryClient) {
  let saved = savedVersions.get(queryClient)
  if (!saved) savedVersions.set(queryClient, (saved = new Map()))
  return saved
}

/**
 * Per opening, the columns the moves in flight came from, went to or were found in: what the
 * refetch after the last of them reloads (kept here, not per board view: a search may change
 * the view while a move is under way).
 */
const touchedColumns = new Map<string, Set<string>>()

function touch(jobId: string, ...stageIds: string[]) {
  const touched = touchedColumns.get(jobId) ?? new Set<string>()
  for (const stageId of stageIds) touched.add(stageId)
  touchedColumns.set(jobId, touched)
}

/** Once the last move in flight has settled: each opening's counts and touched columns. */
function refetchAfterMoves(queryClient: QueryClient) {
  for (const [jobId, stageIds] of touchedColumns) void refetchBoard(queryClient, jobId, stageIds)
  touchedColumns.clear()
  void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.all })
}

const stageName = (board: Board | undefined, stageId: string) =>
  (board && stageById(board.job, stageId)?.name) ?? 'another stage'

/** A card with the server's copy of its application. */
const withApplication = (card: BoardCard, application: Application): BoardCard => ({
  ...card,
  stageId: application.stageId,
  rank: application.rank,
  status: application.status,
  rejection: application.rejection,
  stageEnteredAt: application.stageEnteredAt,
  version: application.version,
})

type MoveOptions = MutationOptions<Application, Error, PlacedMove, MoveContext | undefined>

/**
 * Moves a card optimistically in the board's per-column caches: the card moves at once (and
 * one candidate moves between the columns' counts), goes back if the API fails, and the board
 * is refetched only when the last move in flight settles, so no response overwrites another
 * move still under way. The refetch reloads the counts and every page loaded of the columns
 * the moves touched; the other columns did not change (someone else's changes come through
 * the event stream, which refetches the counts and the columns each change names).
 */
export function useMoveApplication(jobId: string, filters: BoardFilters) {
  const queryClient = useQueryClient()
  const scope = useMemo<BoardScope>(
    () => ({ queryClient, jobId, filters }),
    [queryClient, jobId, filters],
  )
  // An undo acts on the board as shown when it is clicked, which may have another search
  // (the same opening's board: the view may show another opening by then).
  const latest = useRef<{ jobId: string; move: (variables: MoveVariables) => void }>(undefined)
  const move = useMemo(() => {
    const options: MoveOptions = {
      mutationKey: mutationKeys.move,
      gcTime: 0,
      mutationFn: ({ cardId, toStageId, position, card }) =>
        queueForCard(cardId, async (previous) => {
          // The card has moved on screen already; its request can wait for that frame.
          await afterNextPaint()
          // The version of the move before this one, or of the card as the board showed it.
          const known = previous?.version ?? card?.version
          if (known === undefined) throw new Error('This candidate is no longer on the board.')
          const saved = savedVersionsOf(queryClient)
          const mine = saved.get(cardId) ?? 0
          if (mine <= known) saved.delete(cardId)
          const send = (expectedVersion: number) =>
            api<Application>(apiPaths.move(cardId), {
              method: 'POST',
              body: { toStageId, position, expectedVersion },
            })
          let application: Application
          try {
            application = await send(Math.max(known, mine))
          } catch (error) {
            // The server no longer has the version this tab saved: its data was reset since
            // (as the demo's can be), so the board's copy is the one to go by.
            const current = conflictOf(error)?.current
            if (mine <= known || !current || current.version >= mine) throw error
            saved.delete(cardId)
            application = await send(known)
          }
          saved.set(cardId, application.version)
          return application
        }),
      // The card moved on screen when the move started (see start below).
      onMutate: ({ placed }) => placed,
      onSuccess: (application, { isUndo, toStageId }, context) => {
        if (!context) return
        const shown = findLoadedCard(scope, application.id)?.card
        // Another move of this card is under way when it shows elsewhere: that one places it.
        if (!shown || shown.stageId === application.stageId) {
          relocateCard(
            scope,
            withApplication(shown ?? context.card, application),
            toStageId,
            'rank',
          )
        }
        if (isUndo) return
        const board = readBoard(scope)
        const { card } = context
        toast({
          title: `Moved ${card.name}`,
          description:
            card.stageId === application.stageId
              ? `New position in ${stageName(board, application.stageId)}`
              : `${stageName(board, card.stageId)} → ${stageName(board, application.stageId)}`,
          action: {
            label: 'Undo',
            onClick: () => {
              const undo = latest.current?.jobId === jobId ? latest.current.move : start
              undo({
                cardId: application.id,
                toStageId: card.stageId,
                // Its old place among all the column's cards, not only those loaded or
                // matching a search: where its old rank sorts now.
                position: { rank: card.rank },
                isUndo: true,
                card: withApplication(card, application),
                seenUnder: filters.q,
              })
              // The toast and its button go: focus follows the card back, as after any move.
              focusCard(application.id)
            },
          },
        })
      },
      onError: (error, { toStageId }, context) => {
        const board = readBoard(scope)
        const conflict = conflictOf(error)
        if (conflict && context) {
          const { current, lastChange } = conflict
          relocateCard(scope, withApplication(context.card, current), toStageId, 'rank')
          savedVersionsOf(queryClient).delete(current.id)
          touch(jobId, current.stageId)
          const who = lastChange ? ` by ${lastChange.actor.name}` : ''
          const message = `${context.card.name} was already moved to ${stageName(board, current.stageId)}${who}. The board now shows where they are.`
          toast({ title: 'Someone else moved this candidate', description: message, tone: 'error' })
          announce(message)
          return
        }
        if (context) relocateCard(scope, context.card, toStageId, 'rank')
        const message = `Could not move ${context?.card.name ?? 'the candidate'}: ${error.message} They are back in ${stageName(board, context?.card.stageId ?? '')}.`
        toast({ title: 'Move failed', description: message, tone: 'error' })
        announce(message)
      },
      onSettled: (_data, _error, { cardId }) => {
        if (queryClient.isMutating({ mutationKey: mutationKeys.move }) === 1) {
          refetchAfterMoves(queryClient)
        }
        void queryClient.invalidateQueries({ queryKey: queryKeys.applications.detail(cardId) })
      },
    }

    /**
     * Moves the card on screen at once, in the task of the key press, click or drop that
     * asked for it (so one render shows the move and the end of a drag), then sends it.
     * No component watches a move's state (useMutation would re-render the whole board view
     * as each move starts and ends): each runs through an observer nobody subscribes to.
     */
    const start = (variables: MoveVariables) => {
      const { cardId, toStageId, position } = variables
      // A board refetch in flight would put the card back when it answers. Cancelling
      // restores the cache at once, and a later revert keeps the write below.
      void queryClient.cancelQueries({ queryKey: queryKeys.boards.job(jobId) })
      // Read before the move, which may take the card past the loaded cards.
      const found = findLoadedCard(scope, cardId)
      const known = found?.card ?? variables.card
      touch(jobId, toStageId, known?.stageId ?? toStageId)
      // A card not loaded here is put on screen only where this board would show it.
      const shows = !filters.q || variables.seenUnder === filters.q
      const card = found?.card ?? (shows ? variables.card : undefined)
      let placed: MoveContext | undefined
      if (card) {
        placed = { card }
        relocateCard(scope, { ...card, stageId: toStageId }, card.stageId, position)
        announce(describeMove(scope, card, toStageId))
      }
      const observer = new MutationObserver(queryClient, options)
      void observer
        .mutate({ ...variables, card: variables.card ?? found?.card, placed })
        // Failures are handled (and shown) by onError.
        .catch(() => undefined)
        // A settled move is watched by nobody: let go of it, and the cache drops it (gcTime).
        // Held by its observer, it stayed in the cache for good, one more for every move.
        .finally(() => observer.reset())
    }
    return start
  }, [queryClient, jobId, filters, scope])
  useEffect(() => {
    latest.current = { jobId, move }
  }, [jobId, move])

  return { move }
}

function describeMove(scope: BoardScope, card: BoardCard, toStageId: string) {
  const board = readBoard(scope)
  const to = stageName(board, toStageId)
  if (card.stageId !== toStageId) {
    return `Moved ${card.name} from ${stageName(board, card.stageId)} to ${to}`
  }
  const count = board?.columns.find((column) => column.stageId === toStageId)?.count ?? 1
  const after = findLoadedCard(scope, card.id)
  // Not among the loaded cards: it went to the end of the column.
  const place = after ? after.cards.findIndex((item) => item.id === card.id) + 1 : count
  return `Moved ${card.name} to position ${place} of ${count} in ${to}`
}
