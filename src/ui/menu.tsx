import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react'
import { createPortal } from 'react-dom'
import { cn } from '@/lib/cn.ts'

export type MenuItem = {
  key: string
  label: ReactNode
  onSelect: () => void
  disabled?: boolean
  hint?: ReactNode
}

type MenuProps = {
  /** Renders the trigger; spread the props onto a <button>. */
  trigger: (props: TriggerProps) => ReactNode
  items: MenuItem[]
  label: string
}

type TriggerProps = {
  ref: RefObject<HTMLButtonElement | null>
  'aria-haspopup': 'menu'
  'aria-expanded': boolean
  'aria-controls': string | undefined
  onClick: () => void
  onKeyDown: (event: React.KeyboardEvent) => void
}

/**
 * A menu button (WAI-ARIA APG): arrow keys move between items, Enter or Space picks, Esc
 * closes back to the trigger, Tab closes and goes on from it. The list is fixed-positioned at
 * the end of the trigger's landmark (main, header…), not in the card, so neither a scrolling
 * column can clip it nor a transformed ancestor (a placed board card) move it, and it is
 * still inside a landmark; React still bubbles its events through the trigger's tree.
 */
export function Menu({ trigger, items, label }: MenuProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const [position, setPosition] = useState({ top: 0, left: 0 })
  const menuId = useId()

  const close = (restoreFocus: boolean) => {
    setOpen(false)
    if (restoreFocus) triggerRef.current?.focus()
  }

  useLayoutEffect(() => {
    if (!open || !triggerRef.current || !listRef.current) return
    const rect = triggerRef.current.getBoundingClientRect()
    const list = listRef.current.getBoundingClientRect()
    const top =
      rect.bottom + 4 + list.height > window.innerHeight
        ? rect.top - 4 - list.height
        : rect.bottom + 4
    const left = Math.min(rect.left, window.innerWidth - list.width - 8)
    setPosition({ top: Math.max(8, top), left: Math.max(8, left) })
    const enabled = [
      ...listRef.current.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ),
    ]
    ;(open === 'last' ? enabled.at(-1) : enabled[0])?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!listRef.current?.contains(target) && !triggerRef.current?.contains(target)) close(false)
    }
    const handleScroll = (event: Event) => {
      if (!listRef.current?.contains(event.target as Node)) close(false)
    }
    document.addEventListener('pointerdown', handlePointerDown)
    window.addEventListener('scroll', handleScroll, true)
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown)
      window.removeEventListener('scroll', handleScroll, true)
    }
  }, [open])

  const handleListKeyDown = (event: React.KeyboardEvent) => {
    const enabled = [
      ...(listRef.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? []),
    ]
    const index = enabled.indexOf(document.activeElement as HTMLElement)
    const focusAt = (next: number) => enabled[(next + enabled.length) % enabled.length]?.focus()
    // Keys inside the menu belong to it, not to the card or board around it.
    event.stopPropagation()
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        focusAt(index + 1)
        break
      case 'ArrowUp':
        event.preventDefault()
        focusAt(index - 1)
        break
      case 'Home':
        event.preventDefault()
        focusAt(0)
        break
      case 'End':
        event.preventDefault()
        focusAt(enabled.length - 1)
        break
      case 'Escape':
        event.preventDefault()
        close(true)
        break
      case 'Tab':
        // From the trigger, the browser's own Tab then goes on to the control after it (the
        // list sits at the end of its landmark, far from the trigger in the tab order).
        close(true)
        break
    }
  }

  return (
    <>
      {trigger({
        ref: triggerRef,
        'aria-haspopup': 'menu',
        'aria-expanded': Boolean(open),
        'aria-controls': open ? menuId : undefined,
        onClick: () => (open ? close(false) : setOpen('first')),
        onKeyDown: (event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            event.stopPropagation()
            setOpen(event.key === 'ArrowDown' ? 'first' : 'last')
          }
        },
      })}
      {open &&
        createPortal(
          <ul
            ref={listRef}
            id={menuId}
            role="menu"
            aria-label={label}
            onKeyDown={handleListKeyDown}
            // Clicks inside the menu belong to it too (a card around it opens on click).
            onClick={(event) => event.stopPropagation()}
            style={{ top: position.top, left: position.left }}
            className="border-line bg-surface fixed z-40 min-w-52 rounded-lg border py-1 text-sm shadow-xl"
          >
            {items.map((item) => (
              <li
                key={item.key}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                onClick={() => {
                  if (item.disabled) return
                  close(true)
                  item.onSelect()
                }}
                onKeyDown={(event) => {
                  if ((event.key === 'Enter' || event.key === ' ') && !item.disabled) {
                    event.preventDefault()
                    close(true)
                    item.onSelect()
                  }
                }}
                className={cn(
                  'focus:bg-subtle flex items-center justify-between gap-4 px-3 py-1.5 outline-none',
                  item.disabled ? 'text-muted cursor-default' : 'hover:bg-subtle cursor-pointer',
                )}
              >
                <span>{item.label}</span>
                {item.hint && <span className="text-muted text-xs">{item.hint}</span>}
              </li>
            ))}
          </ul>,
          landmarkOf(triggerRef.current),
        )}
    </>
  )
}

/**
 * The modal dialog or landmark around `element` (none of them is transformed), else the body:
 * outside a modal dialog the page is inert.
 */
const landmarkOf = (element: HTMLElement | null) =>
  element?.closest<HTMLElement>('dialog, main, header, nav, aside, footer') ?? document.body
