import { screen, waitFor, within } from '@testing-library/react'
import { memo, Profiler, type ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { column, namesIn } from '@/test/board.ts'
import type { BoardColumn as OriginalColumn } from './board-column.tsx'
import { renderApp } from '@/test/render.tsx'

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
    const { user, queryClient } = renderApp('/jobs/senior-go-engineer/board')
    await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' })
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

/** jsdom lays nothing out: give columns a height and cards a size, as a browser would. */
function layOut() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.dataset.stageId ? 150 : 0
  })
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.dataset.cardId ? 60 : 0
  })
}

describe('a virtualized column', () => {
  it('mounts only the cards in view and a few more, and says how many there are', async () => {
    layOut()
    renderApp('/jobs/senior-go-engineer/board')
    await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' })
    const list = column('Recruiter screen')
    const total = Number(/(\d+) candidate/.exec(list.getAttribute('aria-label') ?? '')?.[1])
    const items = within(list).getAllByRole('listitem')
    // 150 px shows three cards; eight more are mounted below them.
    expect(total).toBeGreaterThan(12)
    expect(items.length).toBeLessThan(total)
    expect(items.length).toBeLessThanOrEqual(3 + 8)
    expect(items.at(-1)).toHaveAttribute('aria-setsize', String(total))
  })

  it('mounts every loaded card with ?virtualize=off (the benchmark reference)', async () => {
    layOut()
    renderApp('/jobs/senior-go-engineer/board?virtualize=off')
    await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' })
    const list = column('Recruiter screen')
    const total = Number(/(\d+) candidate/.exec(list.getAttribute('aria-label') ?? '')?.[1])
    expect(within(list).getAllByRole('listitem')).toHaveLength(total)
  })
})
