import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer } from '@/mocks/node.ts'
import type { Board } from '@contract/board.ts'
import {
  callApi,
  cardIdOf,
  column,
  moveElsewhere,
  namesIn,
  moveWithMenu,
  openBoard,
  slowBoardReads,
} from '@/test/board.ts'

describe('the board', () => {
  it('shows one column per stage with its count, and the cards in it', async () => {
    await openBoard()
    for (const stage of [
      'Applied',
      'Recruiter screen',
      'Go technical interview',
      'System design',
      'Team interview',
      'Offer',
      'Hired',
    ]) {
      expect(column(stage)).toBeInTheDocument()
    }
    expect(namesIn('Applied').length).toBeGreaterThan(0)
  })

  it('describes each card to screen readers: role, experience, time in stage and source', async () => {
    await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    const card = within(column('Applied')).getByRole('listitem', { name })
    expect(card).toHaveAccessibleDescription(
      expect.stringMatching(
        / · .*Go \d+ \/ \d+ yrs.*, \d+ days? in Applied(, meets .+)?, source: \w/,
      ),
    )
  })

  it('reads out a card’s scorecards with its facts', async () => {
    await openBoard()
    // The review line ("2 in · 1 owed") is for the eye; the card's description says it in words.
    const [line] = within(column('Recruiter screen')).getAllByText(/^\d+ in\b/)
    expect(line?.closest('li')).toHaveAccessibleDescription(
      expect.stringMatching(/, source: [\w ]+, scorecards: \d+ in/),
    )
  })

  it('moves a card through the Move menu and announces it', async () => {
    const { user } = await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    await moveWithMenu(user, name, 'System design')
    expect(namesIn('System design')).toContain(name)
    expect(screen.getByTestId('live-region')).toHaveTextContent(
      `Moved ${name} from Applied to System design`,
    )
    expect(await screen.findByText(`Moved ${name}`)).toBeInTheDocument()
  })

  it('undoes a move made in a search back to the card’s place among all its column’s cards', async () => {
    const appliedIds = async () => {
      const board = (await callApi('/api/jobs/senior-go-engineer/board')) as Board
      return board.columns.find((item) => item.stageId === 'sge-applied')?.cards.map((c) => c.id)
    }
    const before = await appliedIds()
    const board = (await callApi('/api/jobs/senior-go-engineer/board')) as Board
    const card = board.columns.find((item) => item.stageId === 'sge-applied')?.cards[3]
    if (!card) throw new Error('Applied needs four cards')
    const { user } = await openBoard(
      `/jobs/senior-go-engineer/board?q=${encodeURIComponent(card.name)}`,
    )
    // The search shows it first in Applied: its neighbours there are not its real ones.
    expect(namesIn('Applied')[0]).toBe(card.name)

    await moveWithMenu(user, card.name, 'Recruiter screen')
    // Saved (the confirmation offers Undo), then undone.
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await appliedIds()).toEqual(before))
  })

  it('undoes a move on the board as it is shown now, after the search changed', async () => {
    const { user, queryClient } = await openBoard()
    const [name = '', other] = namesIn('Applied')
    await moveWithMenu(user, name, 'Recruiter screen')
    const undo = await screen.findByRole('button', { name: 'Undo' })
    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), name)
    await waitFor(() => expect(namesIn('Applied')).not.toContain(other))
    await waitFor(() => expect(namesIn('Recruiter screen')).toContain(name))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    // The board's answers now take a while: the card must go back without waiting for them.
    slowBoardReads(1000)
    await user.click(undo)
    expect(namesIn('Applied')).toContain(name)
    expect(namesIn('Recruiter screen')).not.toContain(name)
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 8000 })
    expect(namesIn('Applied')).toContain(name)
    expect(namesIn('Recruiter screen')).not.toContain(name)
  }, 15_000)

  it('does not put an undone card into a search that does not find it', async () => {
    const { user, queryClient } = await openBoard()
    const [name = '', other = ''] = namesIn('Applied')
    await moveWithMenu(user, name, 'Recruiter screen')
    const undo = await screen.findByRole('button', { name: 'Undo' })
    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), other)
    await waitFor(() => expect(namesIn('Recruiter screen')).not.toContain(name))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    await user.click(undo)
    expect(namesIn('Applied')).not.toContain(name)
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(namesIn('Applied')).toEqual([other])
  }, 15_000)

  it('puts the card back, visibly, when the API fails', async () => {
    mockServer.use(
      http.post('*/api/applications/:id/move', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service unavailable', status: 503, detail: 'Try again.' },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    await moveWithMenu(user, name, 'Offer')

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not move ${name}`)
    expect(namesIn('Applied')).toContain(name)
    expect(namesIn('Offer')).not.toContain(name)
  })

  it('moves a card it moved before the demo data was reset, from where it is now', async () => {
    const { user, queryClient } = await openBoard()
    const [name = ''] = namesIn('Applied')
    await moveWithMenu(user, name, 'Recruiter screen')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await callApi('/api/demo/reset', { method: 'POST' })
    await queryClient.invalidateQueries()
    await waitFor(() => expect(namesIn('Applied')).toContain(name))
    await moveWithMenu(user, name, 'System design')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(namesIn('System design')).toContain(name)
  })

  it('keeps no move in memory once it has settled', async () => {
    const { user, queryClient } = await openBoard()
    const [first = '', second = ''] = namesIn('Applied')
    await moveWithMenu(user, first, 'System design')
    await moveWithMenu(user, second, 'Offer')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toEqual([]))
  })

  it('lands two overlapping moves of different cards, whichever answers first', async () => {
    const { user, queryClient } = await openBoard()
    const [first, second] = namesIn('Applied')
    if (!first || !second) throw new Error('Applied needs two cards')
    let calls = 0
    // The first move answers last: its settling must not undo the second.
    mockServer.use(
      http.post('*/api/applications/:id/move', async () => {
        calls += 1
        await delay(calls === 1 ? 300 : 10)
      }),
    )
    await moveWithMenu(user, first, 'System design')
    await moveWithMenu(user, second, 'Team interview')
    expect(namesIn('System design')).toContain(first)
    expect(namesIn('Team interview')).toContain(second)

    await waitFor(() => expect(screen.getAllByText(/^Moved /).length).toBeGreaterThanOrEqual(2))
    // Both have landed (and the board refetched) before the places are checked.
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => {
      expect(namesIn('System design')).toContain(first)
      expect(namesIn('Team interview')).toContain(second)
      expect(namesIn('Applied')).not.toContain(first)
    })
  })

  it('tells the user who moved a card when their copy was stale', async () => {
    const { user } = await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    // A colleague moves the card first.
    await moveElsewhere(cardIdOf(name), 'sge-offer')

    await moveWithMenu(user, name, 'System design')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      new RegExp(`${name} was already moved to Offer by`),
    )
    await waitFor(() => expect(namesIn('Offer')).toContain(name))
  })
})
