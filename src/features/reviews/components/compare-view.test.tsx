import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ana, application, ben, cleo, job, reviews, submitted } from '../test/fixtures.ts'
import { renderWithClient } from '../test/render.tsx'
import { CompareView, type ComparedCandidate } from './compare-view.tsx'

function candidate(
  id: string,
  name: string,
  overrides: Partial<ComparedCandidate> = {},
): ComparedCandidate {
  return {
    application: application({ id }),
    name,
    currentRole: 'Backend engineer at Acme',
    skills: ['go', 'kafka'],
    canDecide: true,
    reviews: reviews({ applicationId: id }),
    profileHref: `/jobs/job-1/applications/${id}`,
    ...overrides,
  }
}

const ada = candidate('app-1', 'Ada Lovelace', {
  reviews: reviews({
    assignments: [
      { stageId: 'go-tech', interviewer: ana },
      { stageId: 'go-tech', interviewer: ben },
    ],
    scorecards: [
      submitted({
        author: ana,
        ratings: { go: { rating: 4, note: '' }, 'code-quality': { rating: 3, note: '' } },
        recommendation: 'strong_yes',
      }),
      submitted({
        author: ben,
        ratings: {
          go: { rating: 3, note: '' },
          'code-quality': { rating: 'no_evidence', note: '' },
        },
        recommendation: 'yes',
      }),
    ],
  }),
})
const grace = candidate('app-2', 'Grace Hopper', {
  skills: ['go', 'postgresql'],
  reviews: reviews({
    applicationId: 'app-2',
    assignments: [{ stageId: 'go-tech', interviewer: cleo }],
    owed: [{ stageId: 'go-tech', interviewer: cleo }],
  }),
})

describe('CompareView', () => {
  it('puts competencies in rows and candidates in columns, with averages and each rating', () => {
    renderWithClient(<CompareView job={job} stageId="go-tech" candidates={[ada, grace]} />)
    const table = screen.getByRole('table', {
      name: '2 candidates in Go technical interview, side by side',
    })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Competency',
      'Ada LovelaceBackend engineer at Acme',
      'Grace HopperBackend engineer at Acme',
    ])
    expect(within(table).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/jobs/job-1/applications/app-1',
    )

    const go = within(table).getByRole('row', { name: /^Go and its concurrency model/ })
    const [adaGo, graceGo] = within(go).getAllByRole('cell')
    expect(adaGo).toHaveTextContent('3.5 average of 4')
    expect(
      within(adaGo!).getByRole('list', { name: 'Go and its concurrency model ratings' }),
    ).toHaveTextContent('Strong yesAna SilvaYesBen Okafor')
    expect(graceGo).toHaveTextContent('Not assessed')

    const quality = within(table).getByRole('row', { name: /^Clean, tested/ })
    expect(within(quality).getAllByRole('cell')[0]).toHaveTextContent('3.0 average of 4')

    const recommendations = within(table).getByRole('row', { name: /^Overall recommendations/ })
    const [adaCalls, graceCalls] = within(recommendations).getAllByRole('cell')
    expect(adaCalls).toHaveTextContent('Strong yesAna SilvaYesBen Okafor')
    expect(graceCalls).toHaveTextContent('No scorecards yet1 owed')

    const skills = within(table).getByRole('row', { name: /^Skill match/ })
    expect(
      within(skills)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Must-haves: 1 of 2Nice-to-haves: 1 of 1',
      'Must-haves: 2 of 2Nice-to-haves: 0 of 1',
    ])
  })

  it('gives each candidate a decision panel of their own, or only their profile link', () => {
    renderWithClient(
      <CompareView
        job={job}
        stageId="go-tech"
        candidates={[ada, { ...grace, canDecide: false }]}
      />,
    )
    const panel = screen.getByRole('region', { name: 'Decision on Ada Lovelace' })
    expect(within(panel).getByRole('button', { name: 'Advance to System design…' })).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Decision on Grace Hopper' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Open Grace Hopper’s profile' })).toBeVisible()
  })

  it('hides a blinded viewer’s view of others’ ratings, and says where a candidate went', () => {
    renderWithClient(
      <CompareView
        job={job}
        stageId="go-tech"
        candidates={[
          { ...ada, reviews: { ...ada.reviews, blinded: true, scorecards: [] } },
          { ...grace, application: application({ id: 'app-2', stageId: 'design' }) },
        ]}
      />,
    )
    expect(screen.getByText('Now in System design')).toBeVisible()
    expect(screen.getAllByText(/Submit your scorecard to see the others’/).length).toBeGreaterThan(
      0,
    )
    expect(screen.queryByText('Strong yes')).toBeNull()
  })
})
