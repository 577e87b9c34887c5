import { useEffect, useState, useSyncExternalStore } from 'react'
import { cn } from '@/lib/cn.ts'
import { Button } from './button.tsx'

export type Toast = {
  id: number
  title: string
  description?: string
  tone?: 'neutral' | 'error'
  action?: { label: string; onClick: () => void }
}

const DISMISS_AFTER_MS = 8000
const MOST_SHOWN = 3
let toasts: Toast[] = []
/** Toasts the pointer or focus is on: they stay (each toast adds and removes itself). */
const held = new Set<number>()
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

export function toast(input: Omit<Toast, 'id'>) {
  const id = nextId++
  toasts = [...toasts, { ...input, id }]
  // Three at most, so a burst of moves does not bury the board; the oldest goes first,
  // unless someone is on it (about to press its Undo).
  while (toasts.length > MOST_SHOWN) {
    const oldest = toasts.find((item) => !held.has(item.id)) ?? toasts[0]
    toasts = toasts.filter((item) => item !== oldest)
  }
  emit()
  return id
}

export function dismissToast(id: number) {
  toasts = toasts.filter((item) => item.id !== id)
  emit()
}

/** Drops every toast, e.g. between tests, since they live outside React. */
export function dismissAllToasts() {
  toasts = []
  emit()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function Toaster() {
  const items = useSyncExternalStore(subscribe, () => toasts)
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      {items.map((item) => (
        <ToastItem key={item.id} toast={item} />
      ))}
    </section>
  )
}

function ToastItem({ toast: item }: { toast: Toast }) {
  // A toast stays while the pointer is on it or focus is in it (its Undo needs the time), and
  // gets its full time again once both leave (WCAG 2.2.1).
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const isHeld = hovered || focused
  useEffect(() => {
    if (isHeld) {
      held.add(item.id)
      return () => void held.delete(item.id)
    }
    const timer = setTimeout(() => dismissToast(item.id), DISMISS_AFTER_MS)
    return () => clearTimeout(timer)
  }, [item.id, isHeld])

  return (
    <div
      role={item.tone === 'error' ? 'alert' : 'status'}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
      className={cn(
        'bg-surface pointer-events-auto flex items-start gap-3 rounded-lg border p-3 shadow-lg',
        item.tone === 'error' ? 'border-danger' : 'border-line',
      )}
    >
      <div className="min-w-0 flex-1">
        <p className={cn('text-sm font-medium', item.tone === 'error' && 'text-danger-strong')}>
          {item.title}
        </p>
        {item.description && <p className="text-muted mt-0.5 text-sm">{item.description}</p>}
      </div>
      {item.action && (
        <Button
          size="sm"
          onClick={() => {
            dismissToast(item.id)
            item.action?.onClick()
          }}
        >
          {item.action.label}
        </Button>
      )}
      <Button
        size="icon"
        variant="ghost"
        aria-label="Dismiss notification"
        onClick={() => dismissToast(item.id)}
      >
        <span aria-hidden>×</span>
      </Button>
    </div>
  )
}
