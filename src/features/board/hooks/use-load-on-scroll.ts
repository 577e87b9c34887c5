import { useEffect, type RefObject } from 'react'

/** How close to a column's bottom (px) the next page starts loading: about six cards. */
const NEAR_BOTTOM = 480

type Paging = {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  loadMore: () => void
}

/**
 * Loads a column's next page when the mark at the end of its list comes near the bottom of
 * the column's view. An IntersectionObserver reports after layout, so nothing here reads
 * sizes in the middle of a move. Each page that lands observes afresh: the first report
 * says whether the end is still near (a short page), and the next page follows.
 */
export function useLoadOnScroll(
  scrollRef: RefObject<HTMLElement | null>,
  endRef: RefObject<HTMLElement | null>,
  { hasNextPage, isFetchingNextPage, loadMore }: Paging,
) {
  useEffect(() => {
    const root = scrollRef.current
    const end = endRef.current
    // Without an observer (jsdom) the Show more button remains.
    if (!root || !end || !hasNextPage || isFetchingNextPage || !window.IntersectionObserver) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadMore()
      },
      { root, rootMargin: `0px 0px ${NEAR_BOTTOM}px 0px` },
    )
    observer.observe(end)
    return () => observer.disconnect()
  }, [scrollRef, endRef, hasNextPage, isFetchingNextPage, loadMore])
}
