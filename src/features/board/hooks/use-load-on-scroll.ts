import { useEffect, type RefObject } from 'react'

/** How close to a column's bottom (px) the next page starts loading: about six cards. */
const NEAR_BOTTOM = 480

type Paging = {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  loadMore: () => void
  /** How many cards are loaded: after a page lands the column may still be short. */
  loaded: number
}

/** Loads a column's next page when it is scrolled near its bottom. */
export function useLoadOnScroll(
  ref: RefObject<HTMLElement | null>,
  { hasNextPage, isFetchingNextPage, loadMore, loaded }: Paging,
) {
  useEffect(() => {
    const element = ref.current
    if (!element || !hasNextPage || isFetchingNextPage) return
    const check = () => {
      // Without layout (no height) nothing is "near the bottom": the Show more row remains.
      if (!element.clientHeight) return
      const below = element.scrollHeight - element.scrollTop - element.clientHeight
      if (below < NEAR_BOTTOM) loadMore()
    }
    // At the next frame, not now: reading the sizes in this effect would force a layout in
    // the middle of a move's keystroke or drop (the costliest part of one, measured).
    const frame = requestAnimationFrame(check)
    element.addEventListener('scroll', check, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', check)
    }
  }, [ref, hasNextPage, isFetchingNextPage, loadMore, loaded])
}
