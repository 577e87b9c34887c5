import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Suggestion } from '@contract/reviews.ts'
import { mockServer } from '@/mocks/node.ts'
import { application, job } from '../test/fixtures.ts'
import { renderWithClient } from '../test/render.tsx'
import { DecisionPanel } from './decision-panel.tsx'

/** Answers decisions like the API would, and keeps what was sent. */
function acceptDecisions() {
  const bodies: unknown[] = []
  mockServer.use(
    http.post('*/api/applications/:id/decision', async ({ request }) => {
      bodies.push(await request.json())
      return HttpResponse.json(application({ stageId: 'design', version: 4 }))
    }),
  )
  return bodies
}

function renderPanel(stageId = 'go-tech', suggestion: Suggestion | null = null) {
  return renderWithClient(
    <DecisionPanel
      application={application({ stageId })}
      job={job}
      candidateName="Ada Lovelace"
      suggestion={suggestion}
    />,
  )
}

describe('DecisionPanel', () => {
  it('offers only what the stage allows', () => {
    renderPanel('go-tech')
    const panel = screen.getByRole('region', { name: 'Decision' })
    expect(
      within(panel)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Advance to System design…', 'Reject…', 'Make offer…'])
  })

  it('advances after confirming, with the version it was based on, and announces it', async () => {
    const bodies = acceptDecisions()
    const { user } = renderPanel('go-tech')
    await user.click(screen.getByRole('button', { name: 'Advance to System design…' }))
    const dialog = screen.getByRole('dialog', { name: 'Advance to System design?' })
    expect(bodies).toEqual([])
    await user.type(within(dialog).getByLabelText('Note (optional)'), 'Strong loop.')
    await user.click(within(dialog).getByRole('button', { name: 'Advance to System design' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(bodies).toEqual([{ decision: 'advance', note: 'Strong loop.', expectedVersion: 3 }])
    expect(screen.getByTestId('live-region')).toHaveTextContent(
      'Advanced Ada Lovelace to System design',
    )
  })

  it('needs a reason to reject', async () => {
    const bodies = acceptDecisions()
    const { user } = renderPanel('go-tech')
    await user.click(screen.getByRole('button', { name: 'Reject…' }))
    const dialog = screen.getByRole('dialog', { name: 'Reject candidate' })
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }))
    expect(within(dialog).getByText('Choose a reason')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true')
    expect(bodies).toEqual([])

    await user.selectOptions(within(dialog).getByLabelText('Reason'), 'Interview performance')
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toEqual({
      decision: 'reject',
      reason: 'interview',
      note: '',
      expectedVersion: 3,
    })
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('Rejected Ada Lovelace'),
    )
  })

  it.each([
    ['go-tech', 'Make offer', 'offer', 'Moved Ada Lovelace to the offer stage'],
    ['offer', 'Mark hired', 'hire', 'Marked Ada Lovelace as hired'],
  ])('from %s, "%s" sends %s', async (stageId, label, decision, done) => {
    const bodies = acceptDecisions()
    const { user } = renderPanel(stageId)
    await user.click(screen.getByRole('button', { name: `${label}…` }))
    await user.click(
      within(screen.getByRole('dialog', { name: `${label}?` })).getByRole('button', {
        name: label,
      }),
    )
    await waitFor(() => expect(bodies).toEqual([{ decision, note: '', expectedVersion: 3 }]))
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(done))
  })

  it('shows a unanimous suggestion prominently, and only opens the confirmation', async () => {
    const bodies = acceptDecisions()
    const { user } = renderPanel('go-tech', {
      decision: 'advance',
      toStageId: 'design',
      reason: 'All 3 interviewers recommend yes',
    })
    expect(
      screen.getByText('All 3 interviewers recommend yes — Advance to System design?'),
    ).toBeInTheDocument()
    // Offered once, in the suggestion.
    expect(screen.getAllByRole('button', { name: /^Advance to/ })).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Advance to System design…' }))
    expect(screen.getByRole('dialog', { name: 'Advance to System design?' })).toBeInTheDocument()
    expect(bodies).toEqual([])
  })

  it('explains a conflict (someone changed the candidate first) instead of overwriting', async () => {
    mockServer.use(
      http.post('*/api/applications/:id/decision', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'The application has changed.',
            current: application({ stageId: 'design', version: 5 }),
            lastChange: {
              id: 'h1',
              applicationId: 'app-1',
              kind: 'moved',
              fromStageId: 'go-tech',
              toStageId: 'design',
              actor: { id: 'user-recruiter', name: 'Maya Okonjo' },
              at: '2026-11-03T10:00:00.000Z',
            },
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = renderPanel('go-tech')
    await user.click(screen.getByRole('button', { name: 'Make offer…' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Make offer' }))
    const alert = await screen.findByText(/was changed by Maya Okonjo meanwhile/, {
      selector: '[role="alert"]',
    })
    expect(alert).toHaveTextContent(
      'Ada Lovelace was changed by Maya Okonjo meanwhile and is now in System design.',
    )
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
