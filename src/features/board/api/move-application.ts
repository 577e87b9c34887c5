import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Application, ConflictProblemExtras, Position } from '@contract/applications.ts'
import type { Board, BoardCard } from '@contract/board.ts'
import { stageById } from '@contract/rules/stages.ts'
import { api, isApiError } from '@/lib/api-client.ts'
import { mutationKeys, queryKeys } from '@/lib/query-keys.ts'
import { announce } from '@/ui/live-region.tsx'
import { toast } from '@/ui/toast.tsx'
import { applyApplication, findCard, moveCard, positionOf } from '../lib/board-cache.ts'

export type MoveVariables = {
  cardId: string
  toStageId: string
  position: Position
  /** Undo moves are not themselves offered for undo. */
  isUndo?: boolean
}

type MoveContext = { name: string; fromStageId: string; fromPosition: Position } | undefined

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

function currentBoards(queryClient: QueryClient, jobId: string) {
  return queryClient.getQueriesData<Board>({ queryKey: queryKeys.boards.job(jobId) })
}

/** The card as the cache has it now, from whichever board query holds it. */
function cachedCard(queryClient: QueryClient, jobId: string, cardId: string) {
  for (const [, board] of currentBoards(queryClient, jobId)) {
    const found = board && findCard(board, cardId)
    if (found) return { board: board, ...found }
  }
  return undefined
}

function updateBoards(queryClient: QueryClient, jobId: string, update: (board: Board) => Board) {
  queryClient.setQueriesData<Board>(
    { queryKey: queryKeys.boards.job(jobId) },
    (board) => board && update(board),
  )
}

const stageName = (board: Board | undefined, stageId: string) =>
  (board && stageById(board.job, stageId)?.name) ?? 'another stage'

/**
 * Moves a card optimistically: the card moves at once, goes back if the API fails, and the
 * board is refetched only when the last move in flight settles, so no response overwrites
 * another move still under way.
 */
export function useMoveApplication(jobId: string) {
  const queryClient = useQueryClient()
  const mutation = useMutation<Application, Error, MoveVariables, MoveContext>({
    mutationKey: mutationKeys.move,
    mutationFn: ({ cardId, toStageId, position }) =>
      queueForCard(cardId, async (previous) => {
        const version = previous?.version ?? cachedCard(queryClient, jobId, cardId)?.card.version
        if (version === undefined) throw new Error('This candidate is no longer on the board.')
        return api<Application>(apiPaths.move(cardId), {
          method: 'POST',
          body: { toStageId, position, expectedVersion: version },
        })
      }),
    onMutate: async ({ cardId, toStageId, position }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.boards.job(jobId) })
      const found = cachedCard(queryClient, jobId, cardId)
      if (!found) return undefined
      const context = {
        name: found.card.name,
        fromStageId: found.card.stageId,
        fromPosition: positionOf(found.board, cardId),
      }
      updateBoards(queryClient, jobId, (board) => moveCard(board, cardId, toStageId, position))
      announce(describeMove(found.board, found.card, toStageId, cardId, queryClient, jobId))
      return context
    },
    onSuccess: (application, { isUndo }, context) => {
      updateBoards(queryClient, jobId, (board) => applyApplication(board, application))
      if (isUndo || !context) return
      const board = cachedCard(queryClient, jobId, application.id)?.board
      toast({
        title: `Moved ${context.name}`,
        description:
          context.fromStageId === application.stageId
            ? `New position in ${stageName(board, application.stageId)}`
            : `${stageName(board, context.fromStageId)} → ${stageName(board, application.stageId)}`,
        action: {
          label: 'Undo',
          onClick: () =>
            mutation.mutate({
              cardId: application.id,
              toStageId: context.fromStageId,
              position: context.fromPosition,
              isUndo: true,
            }),
        },
      })
    },
    onError: (error, { cardId }, context) => {
      const board = cachedCard(queryClient, jobId, cardId)?.board
      if (isApiError(error, 409) && 'current' in error.problem) {
        const { current, lastChange } = error.problem as unknown as ConflictProblemExtras
        updateBoards(queryClient, jobId, (item) => applyApplication(item, current))
        const who = lastChange ? ` by ${lastChange.actor.name}` : ''
        const message = `${context?.name ?? 'This candidate'} was already moved to ${stageName(board, current.stageId)}${who}. The board now shows where they are.`
        toast({ title: 'Someone else moved this candidate', description: message, tone: 'error' })
        announce(message)
        return
      }
      if (context) {
        updateBoards(queryClient, jobId, (item) =>
          moveCard(item, cardId, context.fromStageId, context.fromPosition),
        )
      }
      const message = `Could not move ${context?.name ?? 'the candidate'}: ${error.message} They are back in ${stageName(board, context?.fromStageId ?? '')}.`
      toast({ title: 'Move failed', description: message, tone: 'error' })
      announce(message)
    },
    onSettled: (_data, _error, { cardId }) => {
      if (queryClient.isMutating({ mutationKey: mutationKeys.move }) === 1) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.boards.job(jobId) })
        void queryClient.invalidateQueries({ queryKey: queryKeys.jobs.all })
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.applications.detail(cardId) })
    },
  })

  return { move: mutation.mutate, isPending: mutation.isPending }
}

function describeMove(
  board: Board,
  card: BoardCard,
  toStageId: string,
  cardId: string,
  queryClient: QueryClient,
  jobId: string,
) {
  const from = stageName(board, card.stageId)
  const to = stageName(board, toStageId)
  if (card.stageId !== toStageId) return `Moved ${card.name} from ${from} to ${to}`
  const after = cachedCard(queryClient, jobId, cardId)
  const place = after ? after.index + 1 : 1
  return `Moved ${card.name} to position ${place} of ${after?.column.cards.length ?? 1} in ${to}`
}
