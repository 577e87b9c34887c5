/**
 * Resolves once the browser has painted the next frame: work that can wait a frame (a
 * request behind an optimistic update) goes after the update is on screen. A hidden tab
 * paints no frames, so a timer resolves it there.
 */
export function afterNextPaint() {
  return new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 100)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}
