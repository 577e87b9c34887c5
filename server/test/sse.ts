import { expect } from 'vitest'
import { ChangeEvent } from '@contract/events.ts'

/** One Server-Sent Event as a client sees it. */
export type SseMessage = { event: string; id: string | null; data: string }

/** Waits for `promise`, failing after `ms` with `what` (the timer does not outlive it). */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function parseBlock(block: string): SseMessage | undefined {
  const message: SseMessage = { event: 'message', id: null, data: '' }
  const data: string[] = []
  let fields = 0
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue // a comment: the heartbeat
    const colon = line.indexOf(':')
    const name = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    fields += 1
    if (name === 'event') message.event = value
    else if (name === 'id') message.id = value
    else if (name === 'data') data.push(value)
  }
  if (fields === 0) return undefined
  message.data = data.join('\n')
  return message
}

/**
 * Reads an event stream incrementally, one event at a time, each wait bounded. Always
 * `cancel()` it at the end of a test: that is the client going away.
 */
export function readEvents(response: Response) {
  if (!response.body) throw new Error('The response has no body to stream')
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let done = false

  /** Reads one more chunk into the buffer; false when the stream has ended. */
  async function fill(ms: number, what: string) {
    if (done) return false
    const chunk = await within(reader.read(), ms, what)
    if (chunk.done) {
      done = true
      return false
    }
    buffer += decoder.decode(chunk.value, { stream: true })
    return true
  }

  return {
    /** The next event (comments skipped); fails if none comes within `ms` or the stream ends. */
    async next(ms = 2_000): Promise<SseMessage> {
      for (;;) {
        const end = buffer.search(/\r?\n\r?\n/)
        if (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '')
          const message = parseBlock(block)
          if (message) return message
          continue
        }
        if (!(await fill(ms, 'the next event'))) throw new Error('The event stream ended')
      }
    },
    /** Resolves once the server has ended the stream (reading past anything left in it). */
    async ended(ms = 2_000) {
      while (await fill(ms, 'the event stream to end')) buffer = ''
    },
    cancel: async () => {
      await reader.cancel().catch(() => undefined)
    },
  }
}

export type EventReader = ReturnType<typeof readEvents>

/** The next event, which must be a change: its parsed, schema-checked body, id matching. */
export async function nextChange(events: EventReader) {
  const message = await events.next()
  expect(message.event).toBe('change')
  const change = ChangeEvent.parse(JSON.parse(message.data))
  expect(String(change.id)).toBe(message.id)
  return change
}
