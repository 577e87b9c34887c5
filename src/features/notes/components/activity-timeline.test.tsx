import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import type { Activity, ActivityItem } from '@contract/notes.ts'
import { mockServer } from '@/mocks/node.ts'
import { createTestQueryClient } from '@/test/render.tsx'
import { ActivityTimeline } from './activity-timeline.tsx'

const STAGES = [
  { id: 'applied', name: 'Applied' },
  { id: 'screen', name: 'Recruiter screen' },
  { id: 'tech', name: 'Go technical interview' },
]
const maya = { id: 'user-recruiter', name: 'Maya Okonjo' }
const tomas = { id: 'user-hiring-manager', name: 'Tomás Ferreira' }
const priya = { id: 'user-interviewer', name: 'Priya Raman' }
const base = { applicationId: 'app-1' }

/** Newest first, as the API answers. */
const ITEMS: ActivityItem[] = [
  {
    ...base,
    kind: 'stage',
    id: 'h-5',
    actor: maya,
    at: '2026-03-06T09:00:00.000Z',
    change: 'rejected',
    fromStageId: 'tech',
    toStageId: 'tech',
  },
  {
    ...base,
    kind: 'decision',
    id: 'd-1',
    actor: tomas,
    at: '2026-03-05T16:00:00.000Z',
    decision: 'advance',
    fromStageId: 'screen',
    toStageId: 'tech',
    reason: null,
    note: 'Strong screen',
  },
  {
    ...base,
    kind: 'scorecard',
    id: 'sc-1-2',
    actor: priya,
    at: '2026-03-05T12:00:00.000Z',
    scorecardId: 'sc-1',
    stageId: 'screen',
    recommendation: 'strong_yes',
    amended: true,
  },
  {
    ...base,
    kind: 'note',
    id: 'note-1',
    actor: maya,
    at: '2026-03-04T10:00:00.000Z',
    note: {
      id: 'note-1',
      applicationId: 'app-1',
      author: maya,
      body: 'Call **went well**, @tomas.ferreira <b>not bold</b>',
      mentions: [tomas],
      createdAt: '2026-03-04T10:00:00.000Z',
    },
  },
  {
    ...base,
    kind: 'stage',
    id: 'h-2',
    actor: maya,
    at: '2026-03-03T10:00:00.000Z',
    change: 'moved',
    fromStageId: 'applied',
    toStageId: 'screen',
  },
  {
    ...base,
    kind: 'stage',
    id: 'h-1',
    actor: maya,
    at: '2026-03-01T10:00:00.000Z',
    change: 'applied',
    fromStageId: null,
    toStageId: 'applied',
  },
]

function renderTimeline(items: ActivityItem[]) {
  mockServer.use(
    http.get('*/api/applications/app-1/activity', () =>
      HttpResponse.json({ items } satisfies Activity),
    ),
  )
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <Suspense fallback={<p>Loading…</p>}>
        <ActivityTimeline
          applicationId="app-1"
          stages={STAGES}
          rejection={{ reason: 'compensation', note: 'Asked for 30% more' }}
        />
      </Suspense>
    </QueryClientProvider>,
  )
}

describe('ActivityTimeline', () => {
  it('lists everything newest first, saying who did what and when', async () => {
    renderTimeline(ITEMS)
    const list = await screen.findByRole('list', { name: 'Activity' })
    const entries = within(list).getAllByRole('listitem')
    expect(entries.map((entry) => entry.querySelector('p')?.textContent)).toEqual([
      'Rejected in Go technical interview',
      'Advanced from Recruiter screen to Go technical interview',
      'Amended the scorecard for Recruiter screen: Strong yes',
      'Added a note',
      'Moved from Applied to Recruiter screen',
      'Applied to Applied',
    ])
    // The rejection from the status menu shows its reason; the decision its note.
    expect(entries[0]).toHaveTextContent('Reason: Compensation expectations — Asked for 30% more')
    expect(entries[1]).toHaveTextContent('Strong screen')
    expect(entries[1]).toHaveTextContent('Tomás Ferreira')
    // The note's body is rendered safely: Markdown yes, HTML no.
    expect(within(entries[3]!).getByText('went well').tagName).toBe('STRONG')
    expect(entries[3]).toHaveTextContent('<b>not bold</b>')

    const time = entries[4]!.querySelector('time')
    expect(time).toHaveAttribute('dateTime', '2026-03-03T10:00:00.000Z')
    expect(time).toHaveTextContent(/ago \(3 Mar 2026, \d\d:\d\d\)$/)
  })

  it('shows a decision to reject with its reason, and no reason on older rejections', async () => {
    renderTimeline([
      {
        ...base,
        kind: 'decision',
        id: 'd-2',
        actor: tomas,
        at: '2026-03-07T10:00:00.000Z',
        decision: 'reject',
        fromStageId: 'tech',
        toStageId: null,
        reason: 'skills',
        note: null,
      },
      ...ITEMS,
    ])
    const entries = within(await screen.findByRole('list', { name: 'Activity' })).getAllByRole(
      'listitem',
    )
    expect(entries[0]).toHaveTextContent('Rejected in Go technical interview')
    expect(entries[0]).toHaveTextContent('Reason: Missing must-have skills')
    // The current rejection is the decision's: the older one from the menu claims no reason.
    expect(entries[1]).not.toHaveTextContent('Reason:')
  })

  it('says when nothing has happened', async () => {
    renderTimeline([])
    expect(await screen.findByText('Nothing has happened yet.')).toBeInTheDocument()
  })
})
