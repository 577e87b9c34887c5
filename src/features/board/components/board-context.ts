import { createContext, useContext, type ReactNode } from 'react'
import type { BoardCard } from '@contract/board.ts'
import type { Job } from '@contract/jobs.ts'
import type { MoveVariables } from '../api/move-application.ts'
import type { ColumnHandle } from '../lib/keyboard.ts'
import type { SelectionStore } from '../lib/selection.ts'

/** What every card needs and never changes while the board is shown. */
export type BoardActions = {
  job: Job
  /** Whether this user may move cards (drag, Shift+arrows, the Move menu). */
  canMove: boolean
  move: (variables: MoveVariables) => void
  openCard: (cardId: string) => void
  selection: SelectionStore
  /** Columns register here, so the arrow keys can reach across them. */
  columns: Map<string, ColumnHandle>
  /** Each card's measured height, by id: a card moved to another column keeps it there. */
  cardHeights: Map<string, number>
  /** What other features add to a card (e.g. its reviews), composed in app/. */
  cardExtras?: ((card: BoardCard) => CardExtras) | undefined
}

/** What another feature adds to a card: shown at its foot, and read out with its facts. */
export type CardExtras = { shown: ReactNode; spoken: string }

export const BoardActionsContext = createContext<BoardActions | null>(null)

export function useBoardActions() {
  const actions = useContext(BoardActionsContext)
  if (!actions) throw new Error('useBoardActions must be used inside a board')
  return actions
}

/** What a card needs of its own column; stable while the column is shown. */
export type ColumnActions = ColumnHandle & {
  /** Makes a card the column's tab stop (roving tabindex). */
  activate: (cardId: string) => void
  /** The loaded card at an index now (a card's neighbours, for Shift+↑ / Shift+↓). */
  cardIdAt: (index: number) => string | undefined
  /** A moved card landed here and took focus: the column shows it (see CardListHandle). */
  landed: (card: HTMLElement) => void
}

export const ColumnActionsContext = createContext<ColumnActions | null>(null)

export function useColumnActions() {
  const actions = useContext(ColumnActionsContext)
  if (!actions) throw new Error('useColumnActions must be used inside a column')
  return actions
}
