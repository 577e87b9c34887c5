import { useSyncExternalStore } from 'react'

/** One polite live region for the app: screen readers hear each move and outcome. */
let message = ''
const listeners = new Set<() => void>()

export function announce(text: string) {
  // Re-announcing the same words needs a change the screen reader notices.
  message = message === text ? `${text}\u00a0` : text
  listeners.forEach((listener) => listener())
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function LiveRegion() {
  const text = useSyncExternalStore(subscribe, () => message)
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className="sr-only"
      data-testid="live-region"
    >
      {text}
    </div>
  )
}
