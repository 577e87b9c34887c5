/** Helpers for moving focus around the board with the arrow keys. */
import type { Stage } from '@contract/jobs.ts'

/** What a column lets the keyboard do: focus its card at an index, loading pages as needed. */
export type ColumnHandle = {
  focusAt: (index: number) => void
  /** How many cards are loaded in it now. */
  loaded: () => number
}

export const cardSelector = (cardId: string) => `[data-card-id="${CSS.escape(cardId)}"]`

/** The card that should take focus when it next renders at a new place, and until when. */
let pendingFocus: { cardId: string; until: number } | undefined

/**
 * Focuses a card that is about to move. The move re-renders it in another column (a new
 * element) or moves its node (which drops focus), so the card claims focus itself when it
 * lands (`claimPendingFocus`); the frame callback covers a card that does not move.
 */
export function focusCard(cardId: string) {
  pendingFocus = { cardId, until: Date.now() + 2000 }
  // Let go of focus before the card's element leaves: taking out a focused element makes the
  // browser bring styles up to date there and then, a second time in the same move.
  const active = document.activeElement
  if (active instanceof HTMLElement && active.closest(cardSelector(cardId))) active.blur()
  requestAnimationFrame(() => document.querySelector<HTMLElement>(cardSelector(cardId))?.focus())
}

/** True once, when `cardId` is the card waiting for focus after its move. */
export function claimPendingFocus(cardId: string) {
  if (pendingFocus?.cardId !== cardId || Date.now() > pendingFocus.until) return false
  pendingFocus = undefined
  return true
}

/** The card waiting for focus after its move, if any: its column keeps it mounted. */
export const pendingFocusId = () =>
  pendingFocus && Date.now() <= pendingFocus.until ? pendingFocus.cardId : undefined

/** Focuses the card at `index` (or the last loaded one) of the next column with cards. */
export function focusAcross(
  stages: Stage[],
  columns: ReadonlyMap<string, ColumnHandle>,
  fromStageId: string,
  step: 1 | -1,
  index: number,
) {
  for (
    let at = stages.findIndex((stage) => stage.id === fromStageId) + step;
    at >= 0 && at < stages.length;
    at += step
  ) {
    const column = columns.get(stages[at]?.id ?? '')
    const loaded = column?.loaded() ?? 0
    if (column && loaded) return column.focusAt(Math.min(index, loaded - 1))
  }
}
