/** DOM helpers for moving focus around the board with the arrow keys. */

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
  requestAnimationFrame(() => document.querySelector<HTMLElement>(cardSelector(cardId))?.focus())
}

/** True once, when `cardId` is the card waiting for focus after its move. */
export function claimPendingFocus(cardId: string) {
  if (pendingFocus?.cardId !== cardId || Date.now() > pendingFocus.until) return false
  pendingFocus = undefined
  return true
}

function cardsOf(column: Element | null) {
  return column ? [...column.querySelectorAll<HTMLElement>('[data-card-id]')] : []
}

/** The card above/below in its column, or at the same height in the next non-empty column. */
export function neighbourCard(from: HTMLElement, direction: 'up' | 'down' | 'left' | 'right') {
  const column = from.closest('[data-stage-id]')
  const cards = cardsOf(column)
  const index = cards.indexOf(from)
  if (direction === 'up') return cards[index - 1]
  if (direction === 'down') return cards[index + 1]
  const columns = [...document.querySelectorAll('[data-stage-id]')]
  const step = direction === 'right' ? 1 : -1
  for (
    let at = columns.indexOf(column as Element) + step;
    at >= 0 && at < columns.length;
    at += step
  ) {
    const candidates = cardsOf(columns[at] ?? null)
    if (candidates.length) return candidates[Math.min(index, candidates.length - 1)]
  }
  return undefined
}
