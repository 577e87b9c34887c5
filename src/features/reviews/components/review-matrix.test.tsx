import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ana, ben, job, reviews, submitted } from '../test/fixtures.ts'
import { renderWithClient } from '../test/render.tsx'
import { ReviewMatrix } from './review-matrix.tsx'

const data = reviews({
  assignments: [
    { stageId: 'go-tech', interviewer: ana },
    { stageId: 'go-tech', interviewer: ben },
  ],
  scorecards: [
    submitted({
      author: ana,
      ratings: {
        go: { rating: 4, note: 'Explained the scheduler and channel semantics clearly.' },
        'code-quality': { rating: 'no_evidence', note: '' },
      },
      recommendation: 'strong_yes',
      summary: 'Hire: deep Go, calm under pressure.',
    }),
  ],
  owed: [{ stageId: 'go-tech', interviewer: ben }],
})

describe('ReviewMatrix', () => {
  it('shows competencies by reviewer, with words for every rating and "Owed" for who is missing', () => {
    renderWithClient(
      <ReviewMatrix reviews={data} stages={job.stages} candidateName="Ada Lovelace" />,
    )
    const table = screen.getByRole('table', {
      name: 'Scorecards for Ada Lovelace: competencies by reviewer',
    })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(headers).toEqual([
      'Competency',
      'Ana SilvaGo technical interview',
      'Ben OkaforGo technical interview · Owed',
    ])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Go and its concurrency model',
      'Clean, tested, reviewable code',
      'Overall recommendation',
    ])
    const go = within(table).getByRole('row', { name: /^Go and its concurrency model/ })
    expect(within(go).getByRole('button', { name: /^Strong yes/ })).toBeInTheDocument()
    expect(within(go).getByText('Owed')).toBeInTheDocument()
    const overall = within(table).getByRole('row', { name: /^Overall recommendation/ })
    expect(
      within(overall).getByRole('button', { name: /Strong yes, open Ana Silva’s scorecard/ }),
    ).toBeInTheDocument()
  })

  it('opens the evidence of a cell: the note for that competency and the summary', async () => {
    const { user } = renderWithClient(
      <ReviewMatrix reviews={data} stages={job.stages} candidateName="Ada Lovelace" />,
    )
    await user.click(
      screen.getByRole('button', {
        name: /^Strong yes,? ?, evidence for Go and its concurrency model from Ana Silva$/,
      }),
    )
    const dialog = screen.getByRole('dialog', { name: 'Ana Silva on Go and its concurrency model' })
    expect(within(dialog).getByText(/Explained the scheduler/)).toBeInTheDocument()
    expect(within(dialog).getByText('Hire: deep Go, calm under pressure.')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    // The recommendation opens the whole scorecard.
    await user.click(screen.getByRole('button', { name: /open Ana Silva’s scorecard/ }))
    const whole = screen.getByRole('dialog', { name: 'Ana Silva’s scorecard' })
    expect(within(whole).getByText('No note for this competency.')).toBeInTheDocument()
    expect(within(whole).getByText('No evidence')).toBeInTheDocument()
  })

  it('tells a blinded interviewer to submit first, and shows nobody’s feedback', () => {
    renderWithClient(
      <ReviewMatrix
        reviews={reviews({ ...data, blinded: true })}
        stages={job.stages}
        candidateName="Ada Lovelace"
      />,
    )
    expect(screen.getByText(/Submit your scorecard to see the others’/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByText('Strong yes')).not.toBeInTheDocument()
  })

  it('says when nobody interviews yet', () => {
    renderWithClient(<ReviewMatrix reviews={reviews()} stages={job.stages} candidateName="Ada" />)
    expect(screen.getByText('No interviewers assigned yet, so no scorecards.')).toBeInTheDocument()
  })
})
