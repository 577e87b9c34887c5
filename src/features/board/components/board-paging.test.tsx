import type { QueryClient } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { queryKeys } from '@/lib/query-keys.ts'
import { mockServer } from '@/mocks/node.ts'
import type { Board } from '@contract/board.ts'
import {
  callApi,
  cardIdOf,
  column,
  moveElsewhere,
  moveWithMenu,
  namesIn,
  openBoard,
  slowBoardReads,
} from '@/test/board.ts'

const PAGE = 3

/**
 * The same request with `limit` set, through the mock API (a request that has a limit passes
 * these handlers by).
 */
function askWithLimit(request: Request, limit: number) {
  const url = new URL(request.url)
  url.searchParams.set('limit', String(limit))
  return fetch(url, { headers: request.headers })
}

/** Pages of three cards (the board's first page and each column page), and what was asked. */
function smallPages() {
  const requests: URL[] = []
  const withLimit = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    requests.push(url)
    return url.searchParams.has('limit') ? undefined : askWithLimit(request, PAGE)
  }
  mockServer.use(
    http.get('*/api/jobs/:jobId/board', withLimit),
    http.get('*/api/jobs/:jobId/stages/:stageId/cards', withLimit),
  )
  return requests
}

const countIn = (stage: string) =>
  Number(/(\d+) candidate/.exec(column(stage).getAttribute('aria-label') ?? '')?.[1])

const showMore = (stage: string) =>
  within(column(stage).closest('section') as HTMLElement).getByRole('button', {
    name: /^Show more/,
  })

describe('a long column', () => {
  it('loads a page at a time with Show more, and says where each card is', async () => {
    smallPages()
    const { user } = await openBoard()
    expect(namesIn('Applied')).toHaveLength(PAGE)
    const total = countIn('Applied')
    await user.click(screen.getByRole('button', { name: `Show more (${total - PAGE} not shown)` }))
    await waitFor(() => expect(namesIn('Applied')).toHaveLength(2 * PAGE))
    const items = within(column('Applied')).getAllByRole('listitem')
    expect(items[4]).toHaveAttribute('aria-posinset', '5')
    expect(items[4]).toHaveAttribute('aria-setsize', String(total))
  })

  it('moves the keyboard focus down across pages, loading the next one', async () => {
    smallPages()
    const { user } = await openBoard()
    const names = namesIn('Applied')
    screen
      .getByText(names[PAGE - 1] as string, { selector: 'p[id]' })
      .closest('li')
      ?.focus()
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(namesIn('Applied')).toHaveLength(2 * PAGE))
    const fourth = namesIn('Applied')[PAGE]
    await waitFor(() =>
      expect(document.activeElement?.querySelector('p[id]')).toHaveTextContent(fourth as string),
    )
    await user.keyboard('{ArrowUp}')
    await waitFor(() =>
      expect(document.activeElement?.querySelector('p[id]')).toHaveTextContent(
        names[PAGE - 1] as string,
      ),
    )
  })

  it('keeps the pages it loaded after a move and its refetch', async () => {
    smallPages()
    const { user, queryClient } = await openBoard()
    await user.click(showMore('Applied'))
    await waitFor(() => expect(namesIn('Applied')).toHaveLength(2 * PAGE))
    const [name = ''] = namesIn('Applied')
    await moveWithMenu(user, name, 'System design')
    expect(namesIn('System design')).toContain(name)
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    // Two pages were loaded: both came back, less the card that left.
    expect(namesIn('Applied')).toHaveLength(2 * PAGE)
    expect(namesIn('Applied')).not.toContain(name)
  })

  it('refetches after a move only the counts and the two columns it touched', async () => {
    const requests = smallPages()
    const { user, queryClient } = await openBoard()
    const [name = ''] = namesIn('Applied')
    requests.length = 0
    await moveWithMenu(user, name, 'System design')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    const asked = new Set(requests.map((url) => url.pathname.replace(/^.*\/jobs\/[^/]+\//, '')))
    expect(asked).toEqual(
      new Set(['board', 'stages/sge-applied/cards', 'stages/sge-system-design/cards']),
    )
    expect(namesIn('System design')).toContain(name)
  })

  it("still shows someone else's change whose refetch a move cut short", async () => {
    const { user, queryClient } = await openBoard()
    const [theirs] = namesIn('Recruiter screen')
    const [mine] = namesIn('Applied')
    if (!theirs || !mine) throw new Error('no cards to move')
    await moveElsewhere(cardIdOf(theirs), 'sge-offer')
    // Their change arrives (as the event stream would bring it) just before this user moves.
    mockServer.use(
      http.get('*/api/jobs/:jobId/stages/:stageId/cards', async () => void (await delay(100))),
    )
    void queryClient.invalidateQueries({ queryKey: queryKeys.boards.job('senior-go-engineer') })
    await moveWithMenu(user, mine, 'System design')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(namesIn('Offer')).toContain(theirs))
    expect(namesIn('Recruiter screen')).not.toContain(theirs)
    expect(namesIn('System design')).toContain(mine)
  })

  it('sends a move to the bottom of a partly loaded column as "end"', async () => {
    smallPages()
    const positions: unknown[] = []
    mockServer.use(
      http.post('*/api/applications/:id/move', async ({ request }) => {
        positions.push(((await request.clone().json()) as { position: unknown }).position)
      }),
    )
    const { user, queryClient } = await openBoard()
    const total = countIn('Applied')
    const [name = ''] = namesIn('Applied')
    await moveWithMenu(user, name, 'Bottom of this column')
    await waitFor(() => expect(positions).toEqual(['end']))
    // Past the loaded cards, not at the end of them; still counted in the column.
    expect(namesIn('Applied')).not.toContain(name)
    expect(countIn('Applied')).toBe(total)
    expect(screen.getByTestId('live-region')).toHaveTextContent(
      `Moved ${name} to position ${total} of ${total} in Applied`,
    )
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(namesIn('Applied')).not.toContain(name)
  })
})

/** Searches for Applied's first card, and moves it to Recruiter screen while that loads. */
async function moveWhileSearching() {
  const board = await openBoard()
  const [name = ''] = namesIn('Applied')
  slowSearches()
  await board.user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), name)
  await screen.findByText('Searching…')
  await moveWithMenu(board.user, name, 'Recruiter screen')
  return { ...board, name }
}

/** Moves the card to System design: it lands there, and no conflict is shown. */
async function moveAgainWithoutConflict(
  user: Awaited<ReturnType<typeof openBoard>>['user'],
  queryClient: QueryClient,
  name: string,
) {
  await moveWithMenu(user, name, 'System design')
  await waitFor(() => expect(queryClient.isMutating()).toBe(0), { timeout: 8000 })
  await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 8000 })
  expect(screen.queryByRole('alert')).toBeNull()
  expect(namesIn('System design')).toEqual([name])
}

/** Searches read the board at once and answer a while later, as on a large board. */
function slowSearches() {
  mockServer.use(
    http.get('*/api/jobs/:jobId/board', async ({ request }) => {
      const url = new URL(request.url)
      if (!url.searchParams.get('q') || url.searchParams.has('limit')) return undefined
      const response = await askWithLimit(request, 25)
      await delay(400)
      return response
    }),
  )
}

describe('searching the board', () => {
  it('asks the server with q, keeps it in the address, and says when a column has none', async () => {
    const requests = smallPages()
    const { user, router } = await openBoard()
    const [name] = namesIn('Applied')
    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), name as string)
    await waitFor(() => expect(router.state.location.search).toContain('q='))
    await waitFor(() => expect(namesIn('Applied')).toEqual([name]))
    expect(requests.some((url) => url.searchParams.get('q') === name)).toBe(true)
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(name)
    expect(screen.getByText(`No candidates in Offer match “${name}”`)).toBeInTheDocument()
  })

  it('searches for pasted words however they were spaced (a tab from a spreadsheet)', async () => {
    const requests = smallPages()
    const { user } = await openBoard()
    const [name = ''] = namesIn('Applied')
    await user.click(screen.getByRole('searchbox', { name: 'Search candidates' }))
    await user.paste(name.replace(' ', '\t '))
    await waitFor(() => expect(namesIn('Applied')).toEqual([name]))
    expect(requests.some((url) => url.searchParams.get('q') === name)).toBe(true)
  })

  it('opens a linked search with a tab or too long as the API takes it, not as an error', async () => {
    smallPages()
    const { router } = await openBoard()
    const [name = ''] = namesIn('Applied')
    await router.navigate(
      `/jobs/senior-go-engineer/board?q=${encodeURIComponent(name.replace(' ', '\t'))}`,
    )
    await waitFor(() => expect(namesIn('Applied')).toEqual([name]))
    await router.navigate(`/jobs/senior-go-engineer/board?q=${'x'.repeat(150)}`)
    expect(
      await screen.findByText(`No candidates in Applied match “${'x'.repeat(100)}”`),
    ).toBeVisible()
  })

  it('shows a move made while a search is loading in its results', async () => {
    const { queryClient, name } = await moveWhileSearching()
    // Moved while the search was still loading.
    expect(screen.getByText('Searching…')).toBeInTheDocument()
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(screen.queryByText('Searching…')).toBeNull(), { timeout: 5000 })
    await waitFor(() => expect(namesIn('Recruiter screen')).toEqual([name]), { timeout: 5000 })
    expect(namesIn('Applied')).toEqual([])
  })

  it('moves a card again as a search lands that read it before its first move', async () => {
    const { user, queryClient, name } = await moveWhileSearching()
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(screen.queryByText('Searching…')).toBeNull(), { timeout: 8000 })
    // What the search read is on screen; the board's fresh copy takes a while.
    slowBoardReads(600)
    await moveAgainWithoutConflict(user, queryClient, name)
  }, 15_000)

  it('moves a card again after a search answered with it as it was before its first move', async () => {
    const { user, queryClient } = await openBoard()
    const [name = ''] = namesIn('Applied')
    // The first move's answer comes after the search has read the board and answered.
    mockServer.use(http.post('*/api/applications/:id/move', async () => void (await delay(1000))))
    await moveWithMenu(user, name, 'Recruiter screen')
    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), name)
    await waitFor(() => expect(namesIn('Applied')).toEqual([name]), { timeout: 4000 })
    expect(queryClient.isMutating()).toBe(1)
    // The refetch after the move takes a while: the card is moved again meanwhile.
    mockServer.use(http.post('*/api/applications/:id/move', () => undefined))
    slowBoardReads(600)
    await waitFor(() => expect(queryClient.isMutating()).toBe(0), { timeout: 4000 })
    await moveAgainWithoutConflict(user, queryClient, name)
  }, 15_000)

  it('keeps a move on screen while its request is under way, as a search lands', async () => {
    const { user, queryClient } = await openBoard()
    // Two cards on screen that the search will find.
    const found = (await callApi('/api/jobs/senior-go-engineer/board?q=go')) as Board
    const [first = '', second = ''] = namesIn('Applied').filter((name) =>
      found.columns.some((column) => column.cards.some((card) => card.name === name)),
    )
    slowSearches()
    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), 'go')
    await screen.findByText('Searching…')
    await moveWithMenu(user, first, 'Recruiter screen')
    await waitFor(() => expect(screen.queryByText('Searching…')).toBeNull(), { timeout: 5000 })
    // At once another move, whose request takes a while: nothing puts the card back meanwhile.
    mockServer.use(http.post('*/api/applications/:id/move', async () => void (await delay(800))))
    await moveWithMenu(user, second, 'System design')
    for (let sample = 0; sample < 7; sample++) {
      expect(namesIn('System design')).toContain(second)
      expect(namesIn('Applied')).not.toContain(second)
      await delay(100)
    }
    await waitFor(() => expect(queryClient.isMutating()).toBe(0), { timeout: 3000 })
    await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 3000 })
    expect(namesIn('System design')).toContain(second)
    expect(namesIn('Recruiter screen')).toContain(first)
  })

  it('opens with the search the address holds', async () => {
    await openBoard('/jobs/senior-go-engineer/board?q=zzzz-nobody')
    expect(screen.getByRole('searchbox', { name: 'Search candidates' })).toHaveValue('zzzz-nobody')
    expect(await screen.findByText('No candidates in Applied match “zzzz-nobody”')).toBeVisible()
  })
})

describe('picking candidates to compare', () => {
  it('links to the comparison for 2–4 cards of one stage, and clears with Esc', async () => {
    const { user, router } = await openBoard()
    const [first, second] = namesIn('Applied')
    const [other] = namesIn('Offer')
    await user.click(screen.getByRole('checkbox', { name: `Select ${first} to compare` }))
    expect(screen.queryByRole('link', { name: /^Compare/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await user.click(screen.getByRole('checkbox', { name: `Select ${second} to compare` }))
    const link = screen.getByRole('link', { name: 'Compare (2)' })
    expect(link).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/jobs\/senior-go-engineer\/compare\?ids=[^,]+,[^,]+$/),
    )
    // A card of another stage: not comparable.
    await user.click(screen.getByRole('checkbox', { name: `Select ${other} to compare` }))
    expect(screen.getByRole('link', { name: 'Compare (3)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await user.click(screen.getByRole('checkbox', { name: `Select ${other} to compare` }))
    // Ticking does not open the profile.
    expect(router.state.location.pathname).toMatch(/\/board$/)

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('link', { name: /^Compare/ })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: `Select ${first} to compare` })).not.toBeChecked()
  })

  it('clears with the Clear selection button', async () => {
    const { user } = await openBoard()
    const [first] = namesIn('Applied')
    await user.click(screen.getByRole('checkbox', { name: `Select ${first} to compare` }))
    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(screen.getByRole('checkbox', { name: `Select ${first} to compare` })).not.toBeChecked()
  })
})
