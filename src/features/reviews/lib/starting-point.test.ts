import { describe, expect, it } from 'vitest'
import type { Scorecard, ScorecardContent } from '@contract/reviews.ts'
import type { LocalDraft } from './local-draft.ts'
import { startingPoint } from './starting-point.ts'

const competencies = [{ key: 'go', name: 'Go' }]
const content = (summary: string): ScorecardContent => ({
  ratings: { go: { rating: null, note: '' } },
  recommendation: null,
  summary,
})

const scorecard = (patch: Partial<Scorecard>): Scorecard => ({
  id: 'sc-1',
  applicationId: 'app-1',
  stageId: 'stage-1',
  author: { id: 'user-1', name: 'Priya' },
  submitted: null,
  draft: null,
  revisions: [],
  version: 3,
  updatedAt: '2026-01-10T10:00:00.000Z',
  ...patch,
})

const local = (summary: string, baseVersion: number | null, changedAt: string): LocalDraft => ({
  content: content(summary),
  baseVersion,
  changedAt,
})

describe('where the scorecard form starts', () => {
  it('starts empty with nothing anywhere', () => {
    expect(startingPoint(undefined, null, competencies)).toEqual({
      mode: 'edit',
      content: content(''),
      version: null,
      restored: false,
    })
  })

  it("takes the server's draft when this browser holds nothing newer", () => {
    const own = scorecard({ draft: content('server') })
    expect(startingPoint(own, null, competencies)).toMatchObject({
      content: content('server'),
      version: 3,
      restored: false,
    })
    // Older than the server's draft, and based on an earlier version: dropped.
    const stale = local('old', 2, '2026-01-10T09:00:00.000Z')
    expect(startingPoint(own, stale, competencies)).toMatchObject({ restored: false })
  })

  it('restores unconfirmed changes made over the current version', () => {
    const own = scorecard({ draft: content('server') })
    const mine = local('mine', 3, '2026-01-10T09:00:00.000Z')
    expect(startingPoint(own, mine, competencies)).toEqual({
      mode: 'edit',
      content: content('mine'),
      version: 3,
      restored: true,
    })
  })

  it('restores newer changes over an older version, keeping that version so a 409 asks', () => {
    const own = scorecard({ draft: content('server') })
    const mine = local('mine', 2, '2026-01-10T11:00:00.000Z')
    expect(startingPoint(own, mine, competencies)).toMatchObject({ version: 2, restored: true })
  })

  it('shows a submission read-only, unless an amendment was under way here', () => {
    const submitted = {
      ...content('final'),
      recommendation: 'yes' as const,
      submittedAt: '2026-01-10T10:00:00.000Z',
    }
    const own = scorecard({ submitted })
    expect(startingPoint(own, null, competencies)).toEqual({ mode: 'view' })
    expect(startingPoint(own, local('older', 2, '2026-01-10T11:00:00.000Z'), competencies)).toEqual(
      { mode: 'view' },
    )
    expect(
      startingPoint(own, local('amending', 3, '2026-01-10T11:00:00.000Z'), competencies),
    ).toMatchObject({ mode: 'edit', content: content('amending'), restored: true })
  })

  it('creates the scorecard anew when the server has none (e.g. after a reset)', () => {
    const mine = local('mine', 4, '2026-01-10T11:00:00.000Z')
    expect(startingPoint(undefined, mine, competencies)).toMatchObject({
      version: null,
      restored: true,
    })
  })
})
