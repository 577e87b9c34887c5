import { createContext, useContext } from 'react'
import type { Job } from '@contract/jobs.ts'
import type { MoveVariables } from '../api/move-application.ts'

/** What every card needs and never changes while the board is shown. */
export type BoardActions = {
  job: Job
  /** Whether this user may move cards (drag, Shift+arrows, the Move menu). */
  canMove: boolean
  move: (variables: MoveVariables) => void
  openCard: (cardId: string) => void
  activate: (cardId: string) => void
}

export const BoardActionsContext = createContext<BoardActions | null>(null)

export function useBoardActions() {
  const actions = useContext(BoardActionsContext)
  if (!actions) throw new Error('useBoardActions must be used inside a board')
  return actions
}
