import { QueryClient } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChangeEvent } from '@contract/events.ts'
import { DEMO_CHANGE_EVENT } from '@contract/change-kinds.ts'
import { clientId } from '@/lib/api-client.ts'
import { mutationKeys, queryKeys } from '@/lib/query-keys.ts'
import { mockServer } from '@/mocks/node.ts'
import { cardIdOf, column, moveElsewhere, namesIn, openBoard } from '@/test/board.ts'
import { createChangeQueue } from './lib/change-queue.ts'
import { followEventStream, REOPEN_AFTER_MS } from './lib/event-stream.ts'

const announceDemoChange = () => act(() => void window.dispatchEvent(new Event(DEMO_CHANGE_EVENT)))

describe('live updates in mock mode', () => {
  it('shows another tab’s change when the demo says the data changed', async () => {
    await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    await moveElsewhere(cardIdOf(name), 'sge-offer')
    expect(namesIn('Applied')).toContain(name)

    announceDemoChange()
    await waitFor(() => expect(namesIn('Offer')).toContain(name))
    expect(namesIn('Applied')).not.toContain(name)
  })

  it('waits for this tab’s move to land before refetching the board', async () => {
    const { user } = await openBoard()
    const [mine, theirs] = namesIn('Applied')
    if (!mine || !theirs) throw new Error('Applied needs two cards')
    const boardRequests: string[] = []
    const countBoardRequests = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/board')) boardRequests.push(request.url)
    }
    mockServer.events.on('request:start', countBoardRequests)
    let finishMove = () => {}
    const moveAnswered = new Promise<void>((resolve) => (finishMove = resolve))
    // Only this tab's move waits; the colleague's goes straight through (whichever comes first:
    // this tab sends its move only after the frame that shows it).
    const mineId = cardIdOf(mine)
    mockServer.use(
      http.post('*/api/applications/:id/move', ({ params }) =>
        params.id === mineId ? moveAnswered : undefined,
      ),
    )

    await user.click(within(column('Applied')).getByRole('button', { name: `Move ${mine}` }))
    await user.click(screen.getByRole('menuitem', { name: 'System design' }))
    await moveElsewhere(cardIdOf(theirs), 'sge-offer')
    announceDemoChange()
    await delay(50)
    // Nothing refetched under the move: the card stays where the user put it.
    expect(boardRequests).toHaveLength(0)
    expect(namesIn('System design')).toContain(mine)

    finishMove()
    await waitFor(() => expect(namesIn('Offer')).toContain(theirs))
    expect(namesIn('System design')).toContain(mine)
    mockServer.events.removeListener('request:start', countBoardRequests)
  })
})

describe('the change queue', () => {
  const board = queryKeys.boards.detail('job-1', 'hide')
  const detail = queryKeys.applications.detail('app-1')
  const other = queryKeys.boards.detail('job-2', 'hide')

  function seededClient() {
    const queryClient = new QueryClient()
    for (const key of [board, detail, other, queryKeys.jobs.list(), queryKeys.session]) {
      queryClient.setQueryData(key, { seeded: true })
    }
    return queryClient
  }
  const invalidated = (queryClient: QueryClient, key: readonly unknown[]) =>
    queryClient.getQueryState(key)?.isInvalidated

  it('refetches the board, the application and the jobs list a change names', () => {
    const queryClient = seededClient()
    const queue = createChangeQueue(queryClient)
    queue.push({ kind: 'application', jobId: 'job-1', applicationId: 'app-1' })
    expect(invalidated(queryClient, board)).toBe(true)
    expect(invalidated(queryClient, detail)).toBe(true)
    expect(invalidated(queryClient, queryKeys.jobs.list())).toBe(true)
    expect(invalidated(queryClient, other)).toBe(false)
    queue.stop()
  })

  it('refetches only the counts and the columns a change names, else the whole board', () => {
    const queryClient = seededClient()
    const column = (stageId: string) => queryKeys.boards.column('job-1', stageId, 'hide')
    for (const stageId of ['stage-1', 'stage-2', 'stage-3']) {
      queryClient.setQueryData(column(stageId), { seeded: true })
    }
    const queue = createChangeQueue(queryClient)
    const moved = { kind: 'application', jobId: 'job-1', applicationId: 'app-1' } as const
    queue.push({ ...moved, stageIds: ['stage-1', 'stage-2'] })
    expect(invalidated(queryClient, board)).toBe(true)
    expect(invalidated(queryClient, column('stage-1'))).toBe(true)
    expect(invalidated(queryClient, column('stage-2'))).toBe(true)
    expect(invalidated(queryClient, column('stage-3'))).toBe(false)
    expect(invalidated(queryClient, other)).toBe(false)

    queue.push({ ...moved, stageIds: [] })
    expect(invalidated(queryClient, column('stage-3'))).toBe(true)
    queue.stop()
  })

  it('leaves the boards and the jobs list alone after a new note', () => {
    const queryClient = seededClient()
    const activity = queryKeys.activity.detail('app-1')
    queryClient.setQueryData(activity, { seeded: true })
    const queue = createChangeQueue(queryClient)
    queue.push({
      kind: 'application',
      jobId: 'job-1',
      applicationId: 'app-1',
      stageIds: ['stage-1'],
      event: 'note.created',
    })
    expect(invalidated(queryClient, activity)).toBe(true)
    expect(invalidated(queryClient, board)).toBe(false)
    expect(invalidated(queryClient, queryKeys.jobs.list())).toBe(false)
    queue.stop()
  })

  it('refetches the timeline a change names, and the notifications after a new note', () => {
    const queryClient = seededClient()
    const activity = queryKeys.activity.detail('app-1')
    for (const key of [activity, queryKeys.notifications]) {
      queryClient.setQueryData(key, { seeded: true })
    }
    const queue = createChangeQueue(queryClient)
    queue.push({ kind: 'application', jobId: 'job-1', applicationId: 'app-1' })
    expect(invalidated(queryClient, activity)).toBe(true)
    expect(invalidated(queryClient, queryKeys.notifications)).toBe(false)
    queue.push({
      kind: 'application',
      jobId: 'job-1',
      applicationId: 'app-1',
      event: 'note.created',
    })
    expect(invalidated(queryClient, queryKeys.notifications)).toBe(true)
    queue.stop()
  })

  it('forgets all the data, but not the session, on a reset', async () => {
    const queryClient = seededClient()
    const queue = createChangeQueue(queryClient)
    queue.push({ kind: 'reset' })
    await waitFor(() => expect(queryClient.getQueryData(board)).toBeUndefined())
    expect(queryClient.getQueryData(queryKeys.session)).toEqual({ seeded: true })
    queue.stop()
  })

  it('holds changes while a move is in flight', async () => {
    const queryClient = seededClient()
    const queue = createChangeQueue(queryClient)
    let land = () => {}
    const landed = new Promise<void>((resolve) => (land = resolve))
    const move = queryClient
      .getMutationCache()
      .build(queryClient, { mutationKey: mutationKeys.move, mutationFn: () => landed })
      .execute(undefined)

    queue.push({ kind: 'application', jobId: 'job-1', applicationId: null })
    expect(invalidated(queryClient, board)).toBe(false)
    land()
    await move
    await waitFor(() => expect(invalidated(queryClient, board)).toBe(true))
    queue.stop()
  })
})

/** Enough of EventSource to drive the stream by hand. */
class FakeEventSource extends EventTarget {
  static readonly CLOSED = 2
  static instances: FakeEventSource[] = []
  readyState = 1
  closed = false
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super()
    FakeEventSource.instances.push(this)
  }
  close() {
    this.closed = true
  }
  emit(type: string, data: unknown) {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }))
  }
  fail() {
    this.readyState = FakeEventSource.CLOSED
    this.dispatchEvent(new Event('error'))
  }
}

const change = (overrides: Partial<ChangeEvent>): ChangeEvent => ({
  id: 7,
  kind: 'application.changed',
  jobId: 'job-1',
  applicationId: 'app-1',
  stageIds: ['stage-1', 'stage-2'],
  actor: { id: 'user-admin', name: 'Ingrid Halvorsen' },
  origin: 'another-tab',
  at: '2026-01-05T10:00:00.000Z',
  ...overrides,
})

describe('the event stream (real mode)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    FakeEventSource.instances = []
  })

  function follow() {
    vi.stubGlobal('EventSource', FakeEventSource)
    const onChange = vi.fn()
    const onClosed = vi.fn()
    const stop = followEventStream({ onChange, onClosed })
    const source = () => {
      const last = FakeEventSource.instances.at(-1)
      if (!last) throw new Error('no stream opened')
      return last
    }
    return { onChange, onClosed, stop, source }
  }

  it('opens one stream with the session cookie and passes on others’ changes', () => {
    const { onChange, stop, source } = follow()
    expect(FakeEventSource.instances).toHaveLength(1)
    expect(source().url).toBe('/api/events')
    expect(source().init).toEqual({ withCredentials: true })

    source().emit('ready', {})
    source().emit('change', change({}))
    source().emit('change', change({ kind: 'data.reset', jobId: null, applicationId: null }))
    // Columns it cannot read count as not named.
    source().emit('change', { ...change({}), stageIds: [1] })
    expect(onChange.mock.calls).toEqual([
      [
        {
          kind: 'application',
          jobId: 'job-1',
          applicationId: 'app-1',
          stageIds: ['stage-1', 'stage-2'],
          event: 'application.changed',
        },
      ],
      [{ kind: 'reset' }],
      [
        {
          kind: 'application',
          jobId: 'job-1',
          applicationId: 'app-1',
          stageIds: [],
          event: 'application.changed',
        },
      ],
    ])
    stop()
    expect(source().closed).toBe(true)
  })

  it('skips this tab’s own changes and anything unreadable', () => {
    const { onChange, stop, source } = follow()
    source().emit('change', change({ origin: clientId }))
    source().emit('change', { nonsense: true })
    source().dispatchEvent(new MessageEvent('change', { data: 'not json' }))
    expect(onChange).not.toHaveBeenCalled()
    stop()
  })

  it('reports a closed stream, opens a new one later and refetches what it missed', () => {
    vi.useFakeTimers()
    const { onChange, onClosed, stop, source } = follow()
    const first = source()
    first.fail()
    expect(onClosed).toHaveBeenCalledOnce()

    vi.advanceTimersByTime(REOPEN_AFTER_MS)
    expect(FakeEventSource.instances).toHaveLength(2)
    source().emit('ready', {})
    expect(onChange).toHaveBeenCalledWith({ kind: 'anything' })
    stop()
    expect(source().closed).toBe(true)
  })
})
