import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReviewSummary } from './review-summary.tsx'

describe('ReviewSummary', () => {
  it('renders nothing while the viewer is blinded or nobody reviews', () => {
    const { container, rerender } = render(<ReviewSummary reviews={null} />)
    expect(container).toBeEmptyDOMElement()
    rerender(<ReviewSummary reviews={{ submitted: 0, owed: 0, recommendations: [] }} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('counts scorecards in and owed, and tallies the recommendations, in words for screen readers', () => {
    const { container } = render(
      <ReviewSummary
        reviews={{ submitted: 3, owed: 1, recommendations: ['no', 'strong_yes', 'strong_yes'] }}
      />,
    )
    expect(screen.getByText('3 in · 1 owed')).toHaveAttribute('aria-hidden')
    expect(container).toHaveTextContent('scorecards: 3 in, 1 owed: 2 strong yes, 1 no')
    expect(screen.getByTitle('Strong yes')).toHaveTextContent('2 ++')
    expect(screen.getByTitle('No')).toHaveTextContent('1 −')
    expect(screen.queryByTitle('Yes')).not.toBeInTheDocument()
  })
})
