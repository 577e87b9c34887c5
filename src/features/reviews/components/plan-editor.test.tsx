import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { InterviewPlan } from '@contract/reviews.ts'
import { mockServer, signInAs } from '@/mocks/node.ts'
import { callApi } from '@/test/board.ts'
import { renderApp } from '@/test/render.tsx'

const JOB = 'senior-go-engineer'
const SLOW = { timeout: 10_000 }
const LONG = { timeout: 30_000 }

const stageSection = (name: string) =>
  screen.getByRole('region', { name: new RegExp(`^${name} \\(`) })

const serverPlan = async () => (await callApi(apiPaths.plan(JOB))) as InterviewPlan
const namesAt = async (stageIndex: number) =>
  (await serverPlan()).stages[stageIndex]?.competencies.map((c) => c.name)

describe('the interview plan editor', LONG, () => {
  it('opens from the board header, then adds, renames, reorders, removes and saves', async () => {
    const { user } = renderApp(`/jobs/${JOB}/board`)
    await user.click(await screen.findByRole('link', { name: 'Interview plan' }, SLOW))
    await screen.findByRole('heading', { level: 1, name: 'Interview plan' }, SLOW)

    const team = stageSection('Team interview')
    const teamIndex = (await serverPlan()).stages.findIndex(
      (stage) => stage.stageId === 'sge-team-interview',
    )
    const before = (await namesAt(teamIndex)) ?? []
    expect(within(team).getAllByRole('listitem')).toHaveLength(before.length)

    await user.type(within(team).getByLabelText(/New competency/), 'Ownership{Enter}')
    expect(within(team).getByLabelText(/New competency/)).toHaveValue('')
    const added = within(team).getByLabelText(
      `Name of competency ${before.length + 1} at Team interview`,
    )
    expect(added).toHaveValue('Ownership')

    await user.click(within(team).getByRole('button', { name: 'Move Ownership up' }))
    // Focus follows the moved row.
    expect(within(team).getByRole('button', { name: 'Move Ownership up' })).toHaveFocus()
    const moved = within(team).getByLabelText(
      `Name of competency ${before.length} at Team interview`,
    )
    await user.clear(moved)
    await user.type(moved, 'Ownership and drive')
    const first = before[0] ?? ''
    await user.click(within(team).getByRole('button', { name: `Remove ${first}` }))

    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    await screen.findByText('Plan saved')
    const expected = [...before.slice(1, -1), 'Ownership and drive', ...before.slice(-1)]
    expect(await namesAt(teamIndex)).toEqual(expected)
  })

  it('shows a blank name at its field and saves nothing', async () => {
    const { user } = renderApp(`/jobs/${JOB}/plan`)
    await screen.findByRole('heading', { level: 1, name: 'Interview plan' }, SLOW)
    const version = (await serverPlan()).version
    const field = within(stageSection('Go technical interview')).getByLabelText(
      'Name of competency 1 at Go technical interview',
    )
    await user.clear(field)
    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    expect(field).toHaveFocus()
    expect(field).toHaveAccessibleDescription('Enter a competency name')
    expect((await serverPlan()).version).toBe(version)
  })

  it('explains a plan saved meanwhile by someone else', async () => {
    mockServer.use(
      http.put('*/api/jobs/:jobId/plan', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Stale.' },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = renderApp(`/jobs/${JOB}/plan`)
    await screen.findByRole('heading', { level: 1, name: 'Interview plan' }, SLOW)
    await user.click(screen.getByRole('button', { name: 'Save plan' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Someone else saved this plan after you opened it')
    expect(within(alert).getByRole('button', { name: 'Load their plan' })).toBeInTheDocument()
  })

  it('is not offered to a hiring manager, and the page says why', async () => {
    await signInAs('user-hiring-manager')
    const board = renderApp(`/jobs/${JOB}/board`)
    await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' }, SLOW)
    expect(screen.queryByRole('link', { name: 'Interview plan' })).not.toBeInTheDocument()
    board.unmount()

    renderApp(`/jobs/${JOB}/plan`)
    await waitFor(
      () =>
        expect(
          screen.getByText(
            'Only admins and the opening’s recruiters can change its interview plan.',
          ),
        ).toBeInTheDocument(),
      SLOW,
    )
    expect(screen.queryByRole('button', { name: 'Save plan' })).not.toBeInTheDocument()
  })
})
