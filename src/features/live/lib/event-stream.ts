import { apiPaths } from '@contract/api.ts'
import { CHANGE_KINDS, type ChangeKind } from '@contract/change-kinds.ts'
import { clientId } from '@/lib/api-client.ts'
import type { RemoteChange } from './change-queue.ts'

/** How long to wait before opening a new stream once the server has closed one. */
export const REOPEN_AFTER_MS = 10_000

type Handlers = {
  onChange: (change: RemoteChange) => void
  /** The server refused or ended the stream (e.g. the session expired). */
  onClosed: () => void
}

type ChangeFields = {
  kind: ChangeKind
  jobId: string | null
  applicationId: string | null
  stageIds?: unknown
  origin: string | null
}

const isNullableString = (value: unknown) => value === null || typeof value === 'string'

/**
 * The fields of a change event the SPA acts on, checked by hand: the schema library would
 * weigh on every page for these few fields (the API tests hold the stream to the schema).
 */
function readChange(json: unknown): ChangeFields | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const { kind, jobId, applicationId, origin } = json as Record<string, unknown>
  if (!CHANGE_KINDS.includes(kind as ChangeKind)) return undefined
  if (![jobId, applicationId, origin].every(isNullableString)) return undefined
  return json as ChangeFields
}

/** Someone else's change, or undefined for this tab's own echo and for anything unreadable. */
export function toRemoteChange(data: string): RemoteChange | undefined {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    return undefined
  }
  const event = readChange(json)
  if (!event || event.origin === clientId) return undefined
  const { kind, jobId, applicationId, stageIds } = event
  if (kind === 'data.reset') return { kind: 'reset' }
  // Without the columns it touched (unreadable), the whole board is refetched.
  const columns =
    Array.isArray(stageIds) && stageIds.every((id) => typeof id === 'string') ? stageIds : []
  return { kind: 'application', jobId, applicationId, stageIds: columns, event: kind }
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
