import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { cn } from '@/lib/cn.ts'
import { Button } from './button.tsx'

type DialogProps = {
  title: ReactNode
  description?: ReactNode
  /** Esc, the close button and a click on the backdrop all call this. */
  onClose: () => void
  children: ReactNode
  /** 'sheet' slides in from the right over the page; 'center' is a classic modal, 'wide' a wider one. */
  layout?: 'sheet' | 'center' | 'wide'
  className?: string
  /**
   * Where focus goes when the dialog leaves if what opened it has gone meanwhile (a card
   * the dialog moved to another column is a new element there).
   */
  returnFocusTo?: () => HTMLElement | null | undefined
}

/**
 * A modal on the native <dialog>: the browser traps focus and makes the page behind inert;
 * focus goes back to what had it when the dialog leaves.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
  layout = 'center',
  className,
  returnFocusTo,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  const returnFocusRef = useRef(returnFocusTo)
  returnFocusRef.current = returnFocusTo

  // A layout effect: its cleanup runs while the dialog is still in the page (a route change
  // removes it), so closing it there gives focus back before focus could fall to the body.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement
    if (!dialog.open) dialog.showModal()
    const handleCancel = (event: Event) => {
      // Let the owner decide (e.g. navigate back) instead of closing behind React's back.
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', handleCancel)
    return () => {
      dialog.removeEventListener('cancel', handleCancel)
      if (dialog.open) dialog.close()
      // Browsers return focus to the opener on close, if it is still there; jsdom does not.
      const active = document.activeElement
      if (active && active !== document.body && !dialog.contains(active)) return
      const back = opener instanceof HTMLElement && opener.isConnected ? opener : undefined
      ;(back ?? returnFocusRef.current?.())?.focus()
    }
  }, [])

  return (
    // A click on the backdrop is a mouse shortcut for Esc, which the browser already handles.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
      className={cn(
        'bg-surface text-ink backdrop:bg-ink/40 shadow-2xl',
        layout === 'sheet'
          ? 'ms-auto me-0 h-dvh max-h-dvh w-[min(40rem,100vw)] max-w-none'
          : layout === 'wide'
            ? 'm-auto w-[min(44rem,calc(100vw-2rem))] rounded-xl'
            : 'm-auto w-[min(34rem,calc(100vw-2rem))] rounded-xl',
        className,
      )}
    >
      <div className="flex h-full flex-col">
        <header className="border-line flex items-start gap-3 border-b px-5 py-4">
          <div className="min-w-0 flex-1">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description && (
              <div id={descriptionId} className="text-muted mt-0.5 text-sm">
                {description}
              </div>
            )}
          </div>
          <Button size="icon" variant="ghost" aria-label="Close" onClick={onClose}>
            <span aria-hidden className="text-lg">
              ×
            </span>
          </Button>
        </header>
        <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
      </div>
    </dialog>
  )
}
