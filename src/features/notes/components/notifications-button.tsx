import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import type { Notification } from '@contract/notes.ts'
import { cn } from '@/lib/cn.ts'
import { Button } from '@/ui/button.tsx'
import { toast } from '@/ui/toast.tsx'
import { useNotifications } from '../api/get-notifications.ts'
import { useMarkNotificationsRead } from '../api/mark-notifications-read.ts'
import { TimeAgo } from './time-ago.tsx'

type Props = {
  /** Where a notification leads: the application it is about (paths live in app/). */
  linkTo: (notification: Notification) => string
}

/**
 * The header's bell: its name says how many are unread ("Notifications, 2 unread"); it opens
 * a non-modal popover listing the newest first. Esc or a click outside closes it and focus
 * goes back to the button; following one marks it read.
 */
export function NotificationsButton({ linkTo }: Props) {
  const [open, setOpen] = useState(false)
  const { data, error, refetch } = useNotifications()
  const markRead = useMarkNotificationsRead()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const popoverRef = useRef<HTMLDivElement>(null)
  const popoverId = useId()
  const titleId = useId()
  const unread = data?.unread ?? 0

  useEffect(() => {
    if (!open) return
    popoverRef.current?.focus()
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (popoverRef.current?.contains(target) || buttonRef.current?.contains(target)) return
      setOpen(false)
    }
    // On the document: focus may have gone (a button disabled under it), Esc still closes.
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    document.addEventListener('pointerdown', handlePointerDown)
    document.addEventListener('keydown', handleKeyDown)
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown)
      document.removeEventListener('keydown', handleKeyDown)
    }
  }, [open])

  const mark = (ids?: string[]) =>
    markRead.mutate(
      { ids },
      {
        onError: (failure) =>
          toast({
            title: 'Could not mark as read',
            description: failure.message,
            tone: 'error',
          }),
      },
    )

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
        <div
          ref={popoverRef}
          id={popoverId}
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null
            if (next && !popoverRef.current?.contains(next) && next !== buttonRef.current) {
              setOpen(false)
            }
          }}
          className="border-line bg-surface absolute top-full right-0 z-40 mt-2 w-96 max-w-[calc(100vw-2rem)] rounded-lg border shadow-xl focus:outline-none"
        >
          <div className="border-line flex items-center gap-2 border-b px-4 py-2">
            <h2 id={titleId} className="flex-1 text-sm font-semibold">
              Notifications
            </h2>
            <Button
              size="sm"
              variant="ghost"
              disabled={!unread}
              onClick={() => {
                // The button is about to be disabled: keep focus in the popover.
                popoverRef.current?.focus()
                mark()
              }}
            >
              Mark all read
            </Button>
          </div>
          {error && !data ? (
            <div role="alert" className="space-y-2 p-4 text-sm">
              <p>Could not load your notifications: {error.message}</p>
              <Button size="sm" onClick={() => void refetch()}>
                Retry
              </Button>
            </div>
          ) : !data ? (
            <p className="text-muted p-4 text-sm">Loading…</p>
          ) : data.items.length === 0 ? (
            <p className="text-muted p-4 text-sm">
              Nothing yet. When someone mentions you in a note, it shows here.
            </p>
          ) : (
            <ul aria-label="Mentions" className="max-h-[70vh] overflow-y-auto">
              {data.items.map((notification) => (
                <li key={notification.id} className="border-line border-b last:border-b-0">
                  <NotificationLink
                    notification={notification}
                    to={linkTo(notification)}
                    onFollow={() => {
                      if (!notification.readAt) mark([notification.id])
                      setOpen(false)
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}

/**
 * One notification: the link names who mentioned you on whom (short, for a screen reader's
 * list of links) and stretches over the whole item; the excerpt and time describe it.
 */
function NotificationLink({
  notification,
  to,
  onFollow,
}: {
  notification: Notification
  to: string
  onFollow: () => void
}) {
  const unread = !notification.readAt
  const excerptId = useId()
  return (
    <div
      className={cn(
        'hover:bg-subtle relative flex gap-3 px-4 py-3 text-sm',
        unread && 'bg-brand-soft/40',
      )}
    >
      <span
        aria-hidden
        className={cn(
          'mt-1.5 size-2 shrink-0 rounded-full',
          unread ? 'bg-brand' : 'bg-transparent',
        )}
      />
      <div className="min-w-0 flex-1">
        <Link
          to={to}
          onClick={onFollow}
          aria-describedby={excerptId}
          className="focus-visible:outline-focus block after:absolute after:inset-0 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {unread && <span className="sr-only">Unread:</span>}{' '}
          <strong>{notification.actor.name}</strong> mentioned you on{' '}
          <strong>{notification.candidateName}</strong>
        </Link>
        <p id={excerptId} className="text-muted truncate">
          {notification.excerpt}
        </p>
        <p className="text-muted text-xs">
          <TimeAgo at={notification.at} />
        </p>
      </div>
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
