import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { MyReviews } from '@contract/reviews.ts'
import { mockServer, signInAs } from '@/mocks/node.ts'
import { callApi } from '@/test/board.ts'
import { renderWithClient } from '../test/render.tsx'
import { MyReviewsPage } from './my-reviews-page.tsx'

const renderPage = () =>
  renderWithClient(<MyReviewsPage scorecardHref={() => '/scorecard'} openingsHref="/jobs" />)

describe('MyReviewsPage', () => {
  it('lists every scorecard owed when the list holds them all', async () => {
    await signInAs('user-interviewer')
    const { items, total } = (await callApi(apiPaths.myReviews())) as MyReviews
    expect(items).toHaveLength(total)
    renderPage()
    const table = await screen.findByRole('table', { name: 'Scorecards you owe' })
    expect(table.querySelectorAll('tbody tr')).toHaveLength(total)
    expect(screen.queryByText(/These are the oldest/)).not.toBeInTheDocument()
  })

  it('says when the list holds only the oldest of what is owed', async () => {
    await signInAs('user-interviewer')
    const { items } = (await callApi(apiPaths.myReviews())) as MyReviews
    const shown = items.slice(0, 2)
    mockServer.use(
      http.get('*/api/reviews/mine', () =>
        HttpResponse.json({ items: shown, total: 740 } satisfies MyReviews),
      ),
    )
    renderPage()
    expect(
      await screen.findByText(
        'These are the oldest 2 of the 740 you owe; the rest show here as you submit these.',
      ),
    ).toBeInTheDocument()
  })
})
