import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Board, BoardCard } from '@contract/board.ts'
import { signInAs } from '@/mocks/node.ts'
import { callApi } from '@/test/board.ts'
import { renderApp } from '@/test/render.tsx'

const JOB = 'senior-go-engineer'

async function cardsIn(stageName: string): Promise<BoardCard[]> {
  const board = (await callApi(`/api/jobs/${JOB}/board`)) as Board
  const stage = board.job.stages.find((item) => item.name === stageName)
  return board.columns.find((column) => column.stageId === stage?.id)?.cards ?? []
}

describe('reviewing and deciding (hiring manager)', () => {
  it('shows the scorecard matrix on the profile and opens a cell’s evidence', async () => {
    await signInAs('user-hiring-manager')
    const reviewed = (await cardsIn('Go technical interview')).find(
      (card) => card.reviews && card.reviews.submitted > 1 && card.reviews.owed === 0,
    )
    if (!reviewed) throw new Error('the seed has no fully reviewed Go technical candidate')
    const { user } = renderApp(`/jobs/${JOB}/applications/${reviewed.id}`)
    // The first render loads the board's and the profile's code: allow it time.
    const profile = await screen.findByRole('dialog', { name: reviewed.name }, { timeout: 10_000 })
    const table = await within(profile).findByRole('table', {
      name: `Scorecards for ${reviewed.name}: competencies by reviewer`,
    })
    expect(
      within(table).getByRole('rowheader', { name: 'Go and its concurrency model' }),
    ).toBeInTheDocument()
    const [cell] = within(table).getAllByRole('button', { name: /, evidence for / })
    await user.click(cell!)
    expect(await screen.findByRole('dialog', { name: / on / })).toHaveTextContent(
      'Overall recommendation',
    )
    // Rejecting goes through the decision panel; the header keeps no second Reject.
    expect(within(profile).getAllByRole('button', { name: 'Reject…' })).toHaveLength(1)
  }, 20_000)

  it('refuses fewer than two candidates, and candidates of different stages', async () => {
    await signInAs('user-hiring-manager')
    const view = renderApp(`/jobs/${JOB}/compare?ids=only-one`)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose at least 2 candidates to compare.',
    )
    view.unmount()

    const [applied] = await cardsIn('Applied')
    const [screening] = await cardsIn('Recruiter screen')
    renderApp(`/jobs/${JOB}/compare?ids=${applied!.id},${screening!.id}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Compare candidates in the same stage: ${applied!.name} is in Applied, ${screening!.name} is in Recruiter screen.`,
    )
  })

  it('compares two candidates of one stage and advances one from the comparison', async () => {
    await signInAs('user-hiring-manager')
    const [first, second] = await cardsIn('Go technical interview')
    const { user } = renderApp(`/jobs/${JOB}/compare?ids=${first!.id},${second!.id}`)
    const table = await screen.findByRole('table', {
      name: '2 candidates in Go technical interview, side by side',
    })
    expect(within(table).getByRole('link', { name: first!.name })).toBeInTheDocument()
    expect(
      within(table).getByRole('rowheader', { name: /^Go and its concurrency model/ }),
    ).toBeInTheDocument()

    const panel = within(table).getByRole('region', { name: `Decision on ${first!.name}` })
    await user.click(within(panel).getByRole('button', { name: 'Advance to System design…' }))
    const dialog = screen.getByRole('dialog', { name: 'Advance to System design?' })
    await user.click(within(dialog).getByRole('button', { name: 'Advance to System design' }))
    await waitFor(() => expect(within(table).getByText('Now in System design')).toBeVisible())
    expect((await cardsIn('System design')).map((card) => card.id)).toContain(first!.id)
  })
})
