import { apiPaths } from '@contract/api.ts'
import { ChangeEvent } from '@contract/events.ts'
import { clientId } from '@/lib/api-client.ts'
import type { RemoteChange } from './change-queue.ts'

/** How long to wait before opening a new stream once the server has closed one. */
export const REOPEN_AFTER_MS = 10_000

type Handlers = {
  onChange: (change: RemoteChange) => void
  /** The server refused or ended the stream (e.g. the session expired). */
  onClosed: () => void
}

/** Someone else's change, or undefined for this tab's own echo and for anything unreadable. */
export function toRemoteChange(data: string): RemoteChange | undefined {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return undefined
  }
  const parsed = ChangeEvent.safeParse(json)
  if (!parsed.success || parsed.data.origin === clientId) return undefined
  const { kind, jobId, applicationId } = parsed.data
  return kind === 'data.reset' ? { kind: 'reset' } : { kind: 'application', jobId, applicationId }
}

/**
 * Follows GET /api/events. After a dropped connection the browser reconnects by itself and
 * resumes after the last event id. When the server closes the stream for good, a new one is
 * opened later; it may have missed changes, so its first message refetches everything.
 */
export function followEventStream({ onChange, onClosed }: Handlers) {
  let source: EventSource | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const open = (afterGap: boolean) => {
    const current = new EventSource(apiPaths.events(), { withCredentials: true })
    source = current
    current.addEventListener('ready', () => {
      if (afterGap) onChange({ kind: 'anything' })
      afterGap = false
    })
    current.addEventListener('change', (event: MessageEvent<string>) => {
      const change = toRemoteChange(event.data)
      if (change) onChange(change)
    })
    current.addEventListener('error', () => {
      if (current.readyState !== EventSource.CLOSED) return
      onClosed()
      timer = setTimeout(() => open(true), REOPEN_AFTER_MS)
    })
  }

  open(false)
  return () => {
    clearTimeout(timer)
    source?.close()
  }
}
