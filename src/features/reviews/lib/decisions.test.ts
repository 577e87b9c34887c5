import { describe, expect, it } from 'vitest'
import { application, job } from '../test/fixtures.ts'
import { decisionOptions, suggestedOption } from './decisions.ts'

const labels = (stageId: string, status = 'active' as const) =>
  decisionOptions(job, application({ stageId, status })).map((option) => option.label)

describe('decisionOptions', () => {
  it('offers what decisionTarget allows from each stage', () => {
    expect(labels('go-tech')).toEqual(['Advance to System design', 'Reject', 'Make offer'])
    // Advancing into the offer stage is "Make offer", offered once.
    expect(labels('design')).toEqual(['Reject', 'Make offer'])
    expect(labels('offer')).toEqual(['Reject', 'Mark hired'])
  })

  it('offers nothing for a closed application', () => {
    expect(decisionOptions(job, application({ status: 'rejected' }))).toEqual([])
  })

  it('finds the suggested option, also when advancing means making the offer', () => {
    const options = decisionOptions(job, application({ stageId: 'design' }))
    expect(
      suggestedOption(options, { decision: 'advance', toStageId: 'offer', reason: 'All agree' })
        ?.label,
    ).toBe('Make offer')
    expect(suggestedOption(options, null)).toBeUndefined()
  })
})
