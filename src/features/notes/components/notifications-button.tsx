import { lazy, Suspense, useId, useRef, useState } from 'react'
import type { Notification } from '@contract/notes.ts'
import { useNotifications } from '../api/get-notifications.ts'

type Props = {
  /** Where a notification leads: the application it is about (paths live in app/). */
  linkTo: (notification: Notification) => string
}

// The list, its links and marking read load on the first open (or as the pointer or focus
// comes to the bell): every page has the bell, few open it.
const loadPopover = () => import('./notifications-popover.tsx')
const NotificationsPopover = lazy(loadPopover)

/**
 * The header's bell: its name says how many are unread ("Notifications, 2 unread"); it opens
 * a non-modal popover listing the newest first (notifications-popover.tsx).
 */
export function NotificationsButton({ linkTo }: Props) {
  const [open, setOpen] = useState(false)
  const { data } = useNotifications()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const popoverId = useId()
  const unread = data?.unread ?? 0

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen((current) => !current)}
        onPointerEnter={() => void loadPopover()}
        onFocus={() => void loadPopover()}
        className="hover:bg-subtle focus-visible:outline-focus relative flex size-8 items-center justify-center rounded-md focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        <BellIcon />
        {unread > 0 && (
          <span
            aria-hidden
            className="bg-danger absolute -top-0.5 -right-0.5 min-w-4 rounded-full px-1 text-center text-[0.65rem] leading-4 font-semibold text-white"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotificationsPopover
            id={popoverId}
            buttonRef={buttonRef}
            linkTo={linkTo}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  )
}

function BellIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="none" className="size-5">
      <path
        d="M10 2.5a5 5 0 0 0-5 5v2.8l-1.3 2.6a.7.7 0 0 0 .6 1h11.4a.7.7 0 0 0 .6-1L15 10.3V7.5a5 5 0 0 0-5-5ZM8 15.5a2 2 0 0 0 4 0"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
