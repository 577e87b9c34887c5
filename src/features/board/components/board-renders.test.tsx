import { screen, waitFor, within } from '@testing-library/react'
import { memo, Profiler, type ComponentProps } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { column, namesIn, openBoard } from '@/test/board.ts'
import type { BoardColumn as OriginalColumn } from './board-column.tsx'

/** Which columns (by stage id) committed a render, since the last `rendered.clear()`. */
const rendered = new Set<string>()

// Each column wrapped in a Profiler that notes every render of it or of anything inside it.
vi.mock('./board-column.tsx', async (importOriginal) => {
  const { BoardColumn: Column } = await importOriginal<{ BoardColumn: typeof OriginalColumn }>()
  return {
    BoardColumn: memo(function ProfiledColumn(props: ComponentProps<typeof Column>) {
      return (
        <Profiler id={props.stage.id} onRender={(id) => rendered.add(id)}>
          <Column {...props} />
        </Profiler>
      )
    }),
  }
})

describe('moving one card', () => {
  // A move, its answer and the refetch of every column: slow on a busy machine.
  it('re-renders the two columns it touches, and no other', { timeout: 15_000 }, async () => {
    const { user, queryClient } = await openBoard()
    const [name] = namesIn('Applied')
    await user.click(screen.getByRole('button', { name: `Move ${name}` }))
    rendered.clear()
    await user.click(screen.getByRole('menuitem', { name: 'Offer' }))
    expect(within(column('Offer')).getByText(name as string)).toBeInTheDocument()
    // The answer, and the refetch of the board and of every column, change nothing else.
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect([...rendered].sort()).toEqual(['sge-applied', 'sge-offer'])
  })
})

/**
 * jsdom lays nothing out: give columns a height and cards a size, as a browser would, through
 * a ResizeObserver (the columns learn their sizes from one, after layout).
 */
function layOut() {
  const size = (element: HTMLElement) =>
    element.dataset.stageId ? 150 : element.dataset.cardId ? 60 : 0
  class LaidOutResizeObserver {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: HTMLElement) {
      const entry = { target, borderBoxSize: [{ blockSize: size(target), inlineSize: 288 }] }
      queueMicrotask(() => this.report([entry as unknown as ResizeObserverEntry], this as never))
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', LaidOutResizeObserver)
}

afterEach(() => void vi.unstubAllGlobals())

describe('a virtualized column', () => {
  it('mounts only the cards in view and a few more, and says how many there are', async () => {
    layOut()
    await openBoard()
    const list = column('Recruiter screen')
    const total = Number(/(\d+) candidate/.exec(list.getAttribute('aria-label') ?? '')?.[1])
    expect(total).toBeGreaterThan(12)
    // Once the column knows its height: 150 px shows three cards; two more wait below them.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3 + 2))
    const items = within(list).getAllByRole('listitem')
    expect(items.at(-1)).toHaveAttribute('aria-posinset', '5')
    expect(items.at(-1)).toHaveAttribute('aria-setsize', String(total))
  })

  it('mounts every loaded card with ?virtualize=off (the benchmark reference)', async () => {
    layOut()
    await openBoard('/jobs/senior-go-engineer/board?virtualize=off')
    const list = column('Recruiter screen')
    const total = Number(/(\d+) candidate/.exec(list.getAttribute('aria-label') ?? '')?.[1])
    expect(within(list).getAllByRole('listitem')).toHaveLength(total)
  })
})
