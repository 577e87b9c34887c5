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

  it('counts scorecards in and owed, and marks each recommendation with words for screen readers', () => {
    const { container } = render(
      <ReviewSummary reviews={{ submitted: 2, owed: 1, recommendations: ['strong_yes', 'no'] }} />,
    )
    expect(screen.getByText('2 in · 1 owed')).toHaveAttribute('aria-hidden')
    expect(container).toHaveTextContent(/scorecards: 2 in, 1 owed, recommendations:/)
    expect(screen.getByText('Strong yes')).toHaveClass('sr-only')
    expect(screen.getByTitle('Strong yes')).toHaveTextContent('++')
    expect(screen.getByTitle('No')).toHaveTextContent('−')
  })
})
