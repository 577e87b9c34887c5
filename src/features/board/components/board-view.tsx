import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Position } from '@contract/applications.ts'
import { readColumn } from '../api/column-cache.ts'
import { useBoardFrame, type BoardFilters, type ClosedFilter } from '../api/get-board.ts'
import { useMoveApplication } from '../api/move-application.ts'
import { useBoardDrop } from '../hooks/use-board-drop.ts'
import { useStagedReveal } from '../hooks/use-staged-reveal.ts'
import { useVirtualize } from '../hooks/use-virtualize.ts'
import { isNoopMove, loadedCards } from '../lib/board-cache.ts'
import { focusCard, type ColumnHandle } from '../lib/keyboard.ts'
import { createSelectionStore } from '../lib/selection.ts'
import { BoardActionsContext, type BoardActions } from './board-context.ts'
import { BoardColumn } from './board-column.tsx'
import { BoardHeader } from './board-header.tsx'

const HELP = 'Arrow keys move between candidates. Enter opens the profile.'
const HELP_WITH_MOVES =
  'Arrow keys move between candidates. Shift with an arrow key moves the focused candidate to the next or previous stage, or up and down its column. Enter opens the profile.'

type Props = {
  jobId: string
  closed: ClosedFilter
  /** The search, as the address has it ('' for none). */
  q: string
  onClosedChange: (closed: ClosedFilter) => void
  onSearchChange: (q: string) => void
  /** Where a card links to: its profile over the board. */
  cardHref: (cardId: string) => string
  addCandidateHref: string
  /** The comparison of these applications. */
  compareHref: (ids: string[]) => string
  /** What other features add to each card (see BoardActions). */
  cardExtras?: BoardActions['cardExtras']
}

export function BoardView({
  jobId,
  closed,
  q,
  onClosedChange,
  onSearchChange,
  cardHref,
  addCandidateHref,
  compareHref,
  cardExtras,
}: Props) {
  const filters = useMemo<BoardFilters>(() => ({ closed, q }), [closed, q])
  const board = useBoardFrame(jobId, filters)
  const { move } = useMoveApplication(jobId, filters)
  const virtualize = useVirtualize()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [selection] = useState(createSelectionStore)
  const [columns] = useState(() => new Map<string, ColumnHandle>())
  const [cardHeights] = useState(() => new Map<string, number>())
  const stages = board.job.stages.filter((stage) => board.stageIds.includes(stage.id))
  const shown = useStagedReveal(stages.length)

  const handleDrop = useCallback(
    (cardId: string, toStageId: string, position: Position) => {
      const target = readColumn({ queryClient, jobId, filters }, toStageId)
      if (target && isNoopMove(loadedCards(target), cardId, position)) return
      move({ cardId, toStageId, position })
      // As after a keyboard move: focus follows the card, so its column shows where it landed.
      focusCard(cardId)
    },
    [queryClient, jobId, filters, move],
  )
  useBoardDrop(handleDrop)

  const actions = useMemo<BoardActions>(
    () => ({
      job: board.job,
      canMove: board.permissions.move,
      move,
      // Closing the profile then goes back (useClosePanel), not forward to a second board entry.
      openCard: (cardId) => navigate(cardHref(cardId), { state: { fromBoard: true } }),
      selection,
      columns,
      cardHeights,
      cardExtras,
    }),
    [
      board.job,
      board.permissions.move,
      move,
      navigate,
      cardHref,
      selection,
      columns,
      cardHeights,
      cardExtras,
    ],
  )

  const handleKeyDown = (event: KeyboardEvent) => {
    // Menus close on Esc first (and say so); an Esc nobody used clears the selection.
    if (event.key === 'Escape' && !event.defaultPrevented) selection.clear()
  }

  return (
    <BoardActionsContext.Provider value={actions}>
      {/* Esc bubbles up from any card or control of the board. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="flex h-full min-h-0 flex-col" onKeyDown={handleKeyDown}>
        <BoardHeader
          job={board.job}
          totals={board.totals}
          canAdd={board.permissions.edit}
          closed={closed}
          onClosedChange={onClosedChange}
          q={q}
          onSearchChange={onSearchChange}
          addCandidateTo={addCandidateHref}
          compareHref={compareHref}
        />
        <p id="board-help" className="sr-only">
          {board.permissions.move ? HELP_WITH_MOVES : HELP}
        </p>
        <div
          role="group"
          aria-label="Pipeline board"
          aria-describedby="board-help"
          // Busy while the columns fill in with their cards (a moment, see useStagedReveal).
          aria-busy={shown < stages.length}
          className="flex min-h-0 flex-1 gap-3 overflow-x-auto px-4 pb-3"
        >
          {stages.map((stage, index) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              filters={filters}
              virtualize={virtualize}
              revealed={index < shown}
            />
          ))}
        </div>
      </div>
    </BoardActionsContext.Provider>
  )
}
