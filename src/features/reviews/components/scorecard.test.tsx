import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { ApplicationReviews, MyReviews, OwedReview } from '@contract/reviews.ts'
import { mockServer, signInAs } from '@/mocks/node.ts'
import { callApi } from '@/test/board.ts'
import { renderApp } from '@/test/render.tsx'

const GO_TECHNICAL = 'sge-go-technical'
const INTERVIEWER = 'user-interviewer'
/** A page's first render loads its route modules (and the board's, behind a profile). */
const SLOW = { timeout: 10_000 }
/** Whole-app tests that type and click: generous on a busy machine. */
const LONG = { timeout: 30_000 }

/** A Go technical interview the interviewer owes and has not started (the seed leaves some). */
async function owedGoTechnical(): Promise<OwedReview> {
  const mine = (await callApi(apiPaths.myReviews())) as MyReviews
  const owed = mine.items.find(
    (item) => item.stageId === GO_TECHNICAL && item.status === 'not_started',
  )
  if (!owed) throw new Error('the seed left the interviewer no Go technical scorecard to write')
  return owed
}

const scorecardPath = (owed: OwedReview) =>
  `/jobs/${owed.jobId}/applications/${owed.applicationId}/scorecards/${owed.stageId}`

/** The interviewer's own scorecard as the server has it. */
async function serverScorecard(owed: OwedReview) {
  const reviews = (await callApi(apiPaths.reviews(owed.applicationId))) as ApplicationReviews
  return reviews.scorecards.find(
    (card) => card.stageId === owed.stageId && card.author.id === INTERVIEWER,
  )
}

async function openScorecard() {
  await signInAs(INTERVIEWER)
  const owed = await owedGoTechnical()
  // Autosave waits a second: fake timers let the tests skip it (and the retry back-off).
  vi.useFakeTimers({ shouldAdvanceTime: true })
  const view = renderApp(scorecardPath(owed))
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  await screen.findByRole('heading', { level: 1, name: `Scorecard: ${owed.candidateName}` }, SLOW)
  return { ...view, user, owed }
}

const group = (name: string) => screen.getByRole('group', { name })

/** Lets the autosave's debounce (or a retry's wait) run out. */
const waitOut = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

const failDraftSaves = (times?: number) =>
  mockServer.use(
    http.put(
      '*/api/applications/:id/scorecards/:stageId/draft',
      () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service unavailable', status: 503, detail: 'Down.' },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      times ? { once: times === 1 } : undefined,
    ),
  )

afterEach(() => {
  vi.useRealTimers()
  window.localStorage.clear()
})

describe('the scorecard form', LONG, () => {
  it('lists each planned competency as a named radio group with a note, then the call', async () => {
    await openScorecard()
    const go = screen.getByRole('group', { name: 'Go and its concurrency model' })
    expect(
      within(go)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['1 Strong no', '2 No', '3 Yes', '4 Strong yes', 'No evidence'])
    expect(within(go).getByLabelText('Notes on Go and its concurrency model')).toBeInTheDocument()
    expect(
      screen.getByRole('group', { name: 'Data structures and algorithms' }),
    ).toBeInTheDocument()
    const overall = screen.getByRole('group', { name: 'Overall recommendation' })
    // Four options and no neutral one.
    expect(within(overall).getAllByRole('radio')).toHaveLength(4)
    expect(screen.getByLabelText('Summary')).toBeInTheDocument()
  })

  it('saves a draft a moment after typing stops, and says so', async () => {
    const { user, owed } = await openScorecard()
    await user.type(
      screen.getByLabelText('Notes on Go and its concurrency model'),
      'Explained channels well',
    )
    await user.click(
      within(group('Go and its concurrency model')).getByRole('radio', { name: '3 Yes' }),
    )
    expect(screen.getByText('Saving…')).toBeInTheDocument()
    await waitOut(1000)
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument())
    const saved = await serverScorecard(owed)
    expect(saved?.draft?.ratings.go).toEqual({ rating: 3, note: 'Explained channels well' })
    expect(saved?.submitted).toBeNull()
  })
})

describe('when saving fails', LONG, () => {
  it('keeps the text, says it is retrying, and saves once the server answers', async () => {
    const { user, owed } = await openScorecard()
    failDraftSaves(1)
    const summary = screen.getByLabelText('Summary')
    await user.type(summary, 'Solid candidate')
    await waitOut(1000)
    expect(await screen.findByText('Not saved — retrying')).toBeInTheDocument()
    expect(summary).toHaveValue('Solid candidate')

    // The retry waits a little, then goes through.
    await waitOut(2000)
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument())
    expect((await serverScorecard(owed))?.draft?.summary).toBe('Solid candidate')
  })

  it('brings unsaved text back after a reload, and then saves it', async () => {
    const { user, owed, unmount } = await openScorecard()
    failDraftSaves()
    await user.type(screen.getByLabelText('Summary'), 'Written while offline')
    await waitOut(1000)
    await screen.findByText('Not saved — retrying')
    unmount()
    mockServer.resetHandlers()

    renderApp(scorecardPath(owed))
    const summary = await screen.findByLabelText('Summary')
    expect(summary).toHaveValue('Written while offline')
    expect(screen.getByText(/Restored changes kept in this browser/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument())
    expect((await serverScorecard(owed))?.draft?.summary).toBe('Written while offline')
  })

  it('on a version conflict, shows the other version and lets the user keep theirs', async () => {
    const { user, owed } = await openScorecard()
    await user.type(screen.getByLabelText('Summary'), 'First thoughts')
    await waitOut(1000)
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument())

    // Another tab saves over it.
    const current = await serverScorecard(owed)
    await callApi(apiPaths.scorecardDraft(owed.applicationId, owed.stageId), {
      method: 'PUT',
      body: {
        content: { ...current?.draft, summary: 'From the other tab' },
        expectedVersion: current?.version,
      },
    })

    await user.type(screen.getByLabelText('Summary'), ', and more')
    await waitOut(1000)
    const conflict = await screen.findByRole('alert')
    expect(conflict).toHaveTextContent('This scorecard was changed somewhere else')
    expect(screen.getByText('Not saved — changed elsewhere')).toBeInTheDocument()
    await user.click(within(conflict).getByText('See the other version'))
    expect(within(conflict).getByText('From the other tab')).toBeVisible()
    expect(screen.getByLabelText('Summary')).toHaveValue('First thoughts, and more')

    await user.click(within(conflict).getByRole('button', { name: 'Keep my version' }))
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument())
    expect((await serverScorecard(owed))?.draft?.summary).toBe('First thoughts, and more')
  })
})

describe('submitting', LONG, () => {
  it('names what is missing at each field and in a summary, and focuses the first', async () => {
    const { user } = await openScorecard()
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }))

    const summary = screen.getByRole('alert')
    expect(summary).toHaveTextContent('4 things to fix before submitting')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Rate Go and its concurrency model, or choose "No evidence"',
      'Rate Data structures and algorithms, or choose "No evidence"',
      'Rate Clean, tested, reviewable code, or choose "No evidence"',
      'Choose an overall recommendation',
    ])
    const go = group('Go and its concurrency model')
    expect(within(go).getByRole('radio', { name: '1 Strong no' })).toHaveFocus()
    expect(go).toHaveAccessibleDescription(
      'Rate Go and its concurrency model, or choose "No evidence"',
    )

    // Fixing a field takes its error away.
    await user.click(within(go).getByRole('radio', { name: '4 Strong yes' }))
    expect(screen.getByRole('alert')).toHaveTextContent('3 things to fix before submitting')
    expect(go).not.toHaveAccessibleDescription()
  })

  it('submits, then shows the scorecard read-only and the header counts one less', async () => {
    const { user, owed } = await openScorecard()
    const before = ((await callApi(apiPaths.myReviews())) as MyReviews).items.length
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }))

    await screen.findByText('Submitted')
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.getByText('Strong yes')).toBeInTheDocument()
    expect(screen.getByText('Clear and careful')).toBeInTheDocument()
    expect((await serverScorecard(owed))?.submitted?.recommendation).toBe('yes')
    expect(((await callApi(apiPaths.myReviews())) as MyReviews).items).toHaveLength(before - 1)
    await waitFor(() =>
      expect(screen.getByRole('link', { name: `My reviews, ${before - 1} owed` })).toBeVisible(),
    )
  })

  it('amends a submitted scorecard as a new draft seeded with it, keeping the history', async () => {
    await signInAs(INTERVIEWER)
    const owed = await owedGoTechnical()
    await callApi(apiPaths.scorecardSubmit(owed.applicationId, owed.stageId), {
      method: 'POST',
      body: { content: SUBMISSION, expectedVersion: null },
    })
    const { user } = renderApp(scorecardPath(owed))
    await user.click(await screen.findByRole('button', { name: 'Amend' }, SLOW))

    expect(screen.getByText(/You are amending your submitted scorecard/)).toBeInTheDocument()
    expect(screen.getByLabelText('Summary')).toHaveValue('Strong on concurrency')
    const overall = group('Overall recommendation')
    expect(within(overall).getByRole('radio', { name: 'Yes' })).toBeChecked()
    await user.click(within(overall).getByRole('radio', { name: 'Strong yes' }))
    await user.click(screen.getByRole('button', { name: 'Submit amendment' }))

    const history = await screen.findByRole('region', { name: 'Amended — previous versions' })
    expect(within(history).getAllByRole('listitem')).toHaveLength(1)
    const saved = await serverScorecard(owed)
    expect(saved?.submitted?.recommendation).toBe('strong_yes')
    expect(saved?.revisions.map((revision) => revision.recommendation)).toEqual(['yes'])
  })
})

describe('who may write', LONG, () => {
  it('tells someone not assigned to the stage that there is nothing for them to write', async () => {
    await signInAs(INTERVIEWER)
    const owed = await owedGoTechnical()
    await signInAs('user-recruiter')
    renderApp(scorecardPath(owed))
    expect(
      await screen.findByText(
        /You are not an interviewer for .* in Go technical interview/,
        {},
        SLOW,
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Submit scorecard' })).not.toBeInTheDocument()
  })
})

describe('My reviews', LONG, () => {
  it('lists what the user owes, oldest first, counted in the header, each opening its form', async () => {
    await signInAs(INTERVIEWER)
    const mine = (await callApi(apiPaths.myReviews())) as MyReviews
    const { user } = renderApp('/reviews')
    await screen.findByRole('heading', { level: 1, name: 'My reviews' }, SLOW)
    expect(
      await screen.findByRole('link', { name: `My reviews, ${mine.items.length} owed` }),
    ).toBeVisible()

    const rows = within(screen.getByRole('table', { name: 'Scorecards you owe' }))
      .getAllByRole('row')
      .slice(1)
    expect(rows).toHaveLength(mine.items.length)
    const assigned = rows.map((row) => row.querySelector('time')?.getAttribute('dateTime') ?? '')
    expect(assigned).toEqual([...assigned].sort())

    const first = mine.items[0]
    if (!first) throw new Error('the interviewer owes nothing')
    await user.click(
      screen.getByRole('link', {
        name: new RegExp(`scorecard for ${first.candidateName}, ${first.stageName}`),
      }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: `Scorecard: ${first.candidateName}` }),
    ).toBeInTheDocument()
  })

  it('says so when nothing is owed', async () => {
    mockServer.use(http.get('*/api/reviews/mine', () => HttpResponse.json({ items: [], total: 0 })))
    renderApp('/reviews')
    expect(await screen.findByText('You owe no scorecards.', {}, SLOW)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'My reviews' })).toBeInTheDocument()
  })
})

describe('the profile', LONG, () => {
  it("links to the user's own scorecard for each stage they interview", async () => {
    await signInAs(INTERVIEWER)
    const owed = await owedGoTechnical()
    const { user } = renderApp(`/jobs/${owed.jobId}/applications/${owed.applicationId}`)
    const profile = await screen.findByRole('dialog', { name: owed.candidateName }, SLOW)
    const mine = await within(profile).findByRole('region', { name: 'Your scorecards' })
    await user.click(
      within(mine).getByRole('link', { name: 'Write scorecard, Go technical interview' }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: `Scorecard: ${owed.candidateName}` }),
    ).toBeInTheDocument()
  })
})

const SUBMISSION = {
  ratings: {
    go: { rating: 4, note: '' },
    fundamentals: { rating: 3, note: '' },
    'code-quality': { rating: 'no_evidence', note: '' },
  },
  recommendation: 'yes',
  summary: 'Strong on concurrency',
}

/** Rates every Go technical competency and recommends yes. */
async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(
    within(group('Go and its concurrency model')).getByRole('radio', { name: '4 Strong yes' }),
  )
  await user.click(
    within(group('Data structures and algorithms')).getByRole('radio', { name: '3 Yes' }),
  )
  const code = group('Clean, tested, reviewable code')
  await user.click(within(code).getByRole('radio', { name: 'No evidence' }))
  await user.type(within(code).getByRole('textbox'), 'Clear and careful')
  await user.click(within(group('Overall recommendation')).getByRole('radio', { name: 'Yes' }))
}
