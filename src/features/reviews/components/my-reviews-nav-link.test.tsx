import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { MyReviews } from '@contract/reviews.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { mockServer, signInAs } from '@/mocks/node.ts'
import { callApi } from '@/test/board.ts'
import { renderWithClient } from '../test/render.tsx'
import { MyReviewsNavLink } from './my-reviews-nav-link.tsx'

const renderLink = () =>
  renderWithClient(<MyReviewsNavLink to="/reviews" className={() => 'nav-link'} />)

/** The query strings of the My reviews requests sent from now on; each goes on to the API. */
function watchMyReviews() {
  const sent: string[] = []
  mockServer.use(
    http.get('*/api/reviews/mine', ({ request }) => {
      sent.push(new URL(request.url).search)
    }),
  )
  return sent
}

/** Answers My reviews with `total` owed (read on each request) and no items. */
function owing(total: () => number) {
  mockServer.use(
    http.get('*/api/reviews/mine', () =>
      HttpResponse.json({ items: [], total: total() } satisfies MyReviews),
    ),
  )
}

describe('MyReviewsNavLink', () => {
  it('shows how many scorecards the user owes, asking only for the count', async () => {
    await signInAs('user-interviewer')
    const { total } = (await callApi(apiPaths.myReviews())) as MyReviews
    expect(total).toBeGreaterThan(0)
    const sent = watchMyReviews()
    renderLink()

    expect(await screen.findByRole('link', { name: `My reviews, ${total} owed` })).toHaveAttribute(
      'href',
      '/reviews',
    )
    expect(sent).toEqual(['?limit=0'])
  })

  it('counts every scorecard owed, more than the list holds', async () => {
    owing(() => 1234)
    renderLink()
    expect(await screen.findByRole('link', { name: 'My reviews, 1234 owed' })).toBeVisible()
  })

  it('shows no count when nothing is owed', async () => {
    owing(() => 0)
    const { queryClient } = renderLink()
    await waitFor(() =>
      expect(queryClient.getQueryState(queryKeys.owedCount)?.status).toBe('success'),
    )
    expect(screen.getByRole('link', { name: 'My reviews' })).not.toHaveTextContent('0')
  })

  it('refreshes with My reviews (whatever refreshes the list refreshes the count)', async () => {
    let total = 3
    owing(() => total)
    const { queryClient } = renderLink()
    await screen.findByRole('link', { name: 'My reviews, 3 owed' })

    total = 2
    await queryClient.invalidateQueries({ queryKey: queryKeys.myReviews })
    expect(await screen.findByRole('link', { name: 'My reviews, 2 owed' })).toBeVisible()
  })
})
