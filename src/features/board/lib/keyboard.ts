/** DOM helpers for moving focus around the board with the arrow keys. */

export const cardSelector = (cardId: string) => `[data-card-id="${CSS.escape(cardId)}"]`

export function focusCard(cardId: string) {
  // After a move the card re-renders in its new column; focus it once React has painted.
  requestAnimationFrame(() => document.querySelector<HTMLElement>(cardSelector(cardId))?.focus())
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
