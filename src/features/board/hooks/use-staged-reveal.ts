import { startTransition, useEffect, useState } from 'react'

/**
 * How many of the board's columns show their cards so far. The first render is the board's
 * frame alone (the opening, its stages and their counts), which paints at once; then the
 * columns fill in from the left, one per task and each in a transition of its own. Built in one
 * go, a board is one long render and one long commit (every column's cards styled and laid out
 * together), and nothing shows until all of it is done: on a phone, most of that work is for
 * columns out of view.
 */
export function useStagedReveal(count: number) {
  const [shown, setShown] = useState(0)
  useEffect(() => {
    if (shown >= count) return
    const timer = setTimeout(() => startTransition(() => setShown(shown + 1)))
    return () => clearTimeout(timer)
  }, [shown, count])
  return shown
}
