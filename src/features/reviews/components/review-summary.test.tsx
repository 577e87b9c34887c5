import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ReviewSummary as ReviewSummaryData } from '@contract/reviews.ts'
import { ReviewSummary, spokenReviewSummary } from './review-summary.tsx'

describe('ReviewSummary', () => {
  it('renders nothing while the viewer is blinded or nobody reviews', () => {
    const { container, rerender } = render(<ReviewSummary reviews={null} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<ReviewSummary reviews={{ submitted: 0, owed: 0, recommendations: [] }} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('counts scorecards in and owed, and tallies the recommendations, in words for screen readers', () => {
    const reviews: ReviewSummaryData = {
      submitted: 3,
      owed: 1,
      recommendations: ['no', 'strong_yes', 'strong_yes'],
    }
    const { container } = render(<ReviewSummary reviews={reviews} />)
    expect(container.firstChild).toHaveAttribute('aria-hidden')
    expect(container).toHaveTextContent('3 in · 1 owed')
    expect(spokenReviewSummary(reviews)).toBe(', scorecards: 3 in, 1 owed: 2 strong yes, 1 no')
    expect(spokenReviewSummary(null)).toBe('')
    expect(screen.getByTitle('Strong yes')).toHaveTextContent('2 ++')
    expect(screen.getByTitle('No')).toHaveTextContent('1 −')
    expect(screen.queryByTitle('Yes')).not.toBeInTheDocument()
  })
})
