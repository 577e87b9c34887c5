import { useCallback, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Position } from '@contract/applications.ts'
import { useBoard, type ClosedFilter } from '../api/get-board.ts'
import { useLoadMoreCards } from '../api/load-more-cards.ts'
import { useMoveApplication } from '../api/move-application.ts'
import { useBoardDrop } from '../hooks/use-board-drop.ts'
import { isNoopMove } from '../lib/board-cache.ts'
import { BoardActionsContext, type BoardActions } from './board-context.ts'
import { BoardColumn } from './board-column.tsx'
import { BoardHeader } from './board-header.tsx'

const HELP = 'Arrow keys move between candidates. Enter opens the profile.'
const HELP_WITH_MOVES =
  'Arrow keys move between candidates. Shift with an arrow key moves the focused candidate to the next or previous stage, or up and down its column. Enter opens the profile.'

type Props = {
  jobId: string
  closed: ClosedFilter
  onClosedChange: (closed: ClosedFilter) => void
  /** Where a card links to: its profile over the board. */
  cardHref: (cardId: string) => string
  addCandidateHref: string
}

export function BoardView({ jobId, closed, onClosedChange, cardHref, addCandidateHref }: Props) {
  const { data: board } = useBoard(jobId, closed)
  const { move } = useMoveApplication(jobId)
  const loadMore = useLoadMoreCards(jobId, closed)
  const loadingStageId = loadMore.isPending ? loadMore.variables.stageId : undefined
  const navigate = useNavigate()
  const [activeCardId, setActiveCardId] = useState<string>()

  const handleDrop = useCallback(
    (cardId: string, toStageId: string, position: Position) => {
      if (!isNoopMove(board, cardId, toStageId, position)) move({ cardId, toStageId, position })
    },
    [board, move],
  )
  useBoardDrop(handleDrop)

  const actions = useMemo<BoardActions>(
    () => ({
      job: board.job,
      canMove: board.permissions.move,
      move,
      openCard: (cardId) => navigate(cardHref(cardId)),
      activate: setActiveCardId,
    }),
    [board.job, board.permissions.move, move, navigate, cardHref],
  )

  return (
    <BoardActionsContext.Provider value={actions}>
      <div className="flex h-full min-h-0 flex-col">
        <BoardHeader
          board={board}
          closed={closed}
          onClosedChange={onClosedChange}
          addCandidateTo={addCandidateHref}
        />
        <p id="board-help" className="sr-only">
          {board.permissions.move ? HELP_WITH_MOVES : HELP}
        </p>
        <div
          role="group"
          aria-label="Pipeline board"
          aria-describedby="board-help"
          className="flex min-h-0 flex-1 gap-3 overflow-x-auto px-4 pb-3"
        >
          {board.job.stages.map((stage) => {
            const column = board.columns.find((item) => item.stageId === stage.id)
            if (!column) return null
            // Each column has one tab stop: the card last focused in it, else its first card.
            const tabStop = column.cards.some((card) => card.id === activeCardId)
              ? activeCardId
              : column.cards[0]?.id
            return (
              <BoardColumn
                key={stage.id}
                stage={stage}
                column={column}
                activeCardId={tabStop}
                onLoadMore={loadMore.mutate}
                isLoadingMore={loadingStageId === stage.id}
              />
            )
          })}
        </div>
      </div>
    </BoardActionsContext.Provider>
  )
}
