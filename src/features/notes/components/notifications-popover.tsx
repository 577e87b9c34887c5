import { useEffect, useId, useRef, type RefObject } from 'react'
import { Link } from 'react-router-dom'
import type { Notification } from '@contract/notes.ts'
import { cn } from '@/lib/cn.ts'
import { Button } from '@/ui/button.tsx'
import { toast } from '@/ui/toast.tsx'
import { useNotifications } from '../api/get-notifications.ts'
import { useMarkNotificationsRead } from '../api/mark-notifications-read.ts'
import { TimeAgo } from './time-ago.tsx'

type Props = {
  id: string
  /** The bell that opened it: a click on it is not a click outside. */
  buttonRef: RefObject<HTMLButtonElement | null>
  linkTo: (notification: Notification) => string
  onClose: () => void
}

/**
 * The bell's popover, non-modal: newest first. Esc or a click outside closes it and focus
 * goes back to the bell; following one marks it read.
 */
export default function NotificationsPopover({ id, buttonRef, linkTo, onClose }: Props) {
  const { data, error, refetch } = useNotifications()
  const markRead = useMarkNotificationsRead()
  const popoverRef = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const unread = data?.unread ?? 0
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    popoverRef.current?.focus()
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (popoverRef.current?.contains(target) || buttonRef.current?.contains(target)) return
      onCloseRef.current()
    }
    // On the document: focus may have gone (a button disabled under it), Esc still closes.
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      onCloseRef.current()
      buttonRef.current?.focus()
    }
    document.addEventListener('pointerdown', handlePointerDown)
    document.addEventListener('keydown', handleKeyDown)
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown)
      document.removeEventListener('keydown', handleKeyDown)
    }
  }, [buttonRef])

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
    <div
      ref={popoverRef}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null
        if (next && !popoverRef.current?.contains(next) && next !== buttonRef.current) {
          onClose()
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
                  onClose()
                }}
              />
            </li>
          ))}
        </ul>
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
