import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer } from '@/mocks/node.ts'
import { callApi, column, namesIn, openBoard } from '@/test/board.ts'
import { renderApp } from '@/test/render.tsx'

const BOARD = '/jobs/senior-go-engineer/board'

const unauthorized = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in to continue.' },
    { status: 401, headers: { 'content-type': 'application/problem+json' } },
  )

const boardHeading = () => screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' })
const signInHeading = () => screen.findByRole('heading', { level: 1, name: 'Sign in' })

describe('signing in and out', () => {
  it('sends a signed-out visitor to sign in, then on to the page they asked for', async () => {
    await callApi('/api/session', { method: 'DELETE' })
    const { user, router } = renderApp(`${BOARD}?closed=show`)

    const heading = await signInHeading()
    await waitFor(() => expect(heading).toHaveFocus())
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`${BOARD}?closed=show`)}`)

    await user.click(
      screen.getByRole('button', { name: 'Sign in as Tomás Ferreira, Hiring manager' }),
    )
    await boardHeading()
    expect(router.state.location.pathname).toBe(BOARD)
    expect(router.state.location.search).toBe('?closed=show')
    expect(screen.getByRole('button', { name: /Tomás Ferreira/ })).toHaveTextContent(
      'Hiring manager',
    )
  })

  it('switches user from the header: the board and the header show the new user', async () => {
    const { user } = await openBoard(BOARD)
    expect(namesIn('Applied').length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: 'Add candidate' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Maya Okonjo/ }))
    expect(screen.getByRole('menuitem', { name: /Maya Okonjo \(you\)/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await user.click(screen.getByRole('menuitem', { name: /Sign in as Priya Raman/ }))

    expect(await screen.findByRole('button', { name: /Priya Raman/ })).toHaveTextContent(
      'Interviewer',
    )
    // The recruiter's board is gone: the interviewer sees only the applications they interview.
    await waitFor(() => expect(namesIn('Applied')).toHaveLength(0))
    await waitFor(() => expect(namesIn('Go technical interview').length).toBeGreaterThan(0))
    expect(screen.queryByRole('link', { name: 'Add candidate' })).not.toBeInTheDocument()
    expect(await screen.findByText('Signed in as Priya Raman')).toBeInTheDocument()
  })

  it('signs out to the sign-in page and forgets what was cached', async () => {
    const { user, router, queryClient } = renderApp(BOARD)
    await boardHeading()
    await user.click(screen.getByRole('button', { name: /Maya Okonjo/ }))
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }))

    await signInHeading()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toBe('')
    const cached = () => queryClient.getQueryCache().getAll()
    await waitFor(() => expect(cached().filter((query) => query.state.data)).toHaveLength(0))
    expect(screen.getByRole('list', { name: 'Demo users' })).toBeInTheDocument()
  })

  it('takes a 401 from any later request to the sign-in page, and back after signing in', async () => {
    mockServer.use(http.get('*/api/jobs/:jobId/board', unauthorized, { once: true }))
    const { user, router } = renderApp(BOARD)

    await signInHeading()
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(BOARD)}`)
    await user.click(screen.getByRole('button', { name: /Maya Okonjo/ }))
    await boardHeading()
    expect(router.state.location.pathname).toBe(BOARD)
  })

  it('takes a 401 from a mutation to the sign-in page', async () => {
    const { user, router } = await openBoard(BOARD)
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    // The session ends behind the app's back.
    await callApi('/api/session', { method: 'DELETE' })

    await user.click(within(column('Applied')).getByRole('button', { name: `Move ${name}` }))
    await user.click(screen.getByRole('menuitem', { name: 'Offer' }))
    await signInHeading()
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(BOARD)}`)
  })
})
