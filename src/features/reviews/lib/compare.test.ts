import { describe, expect, it } from 'vitest'
import { ana, ben, cleo, submitted } from '../test/fixtures.ts'
import {
  compareCell,
  compareIdsProblem,
  compareStageProblem,
  parseCompareIds,
  submittedRecommendations,
} from './compare.ts'

describe('comparing candidates', () => {
  it('reads ids without blanks or repeats', () => {
    expect(parseCompareIds(' a, b,,a ,c ')).toEqual(['a', 'b', 'c'])
    expect(parseCompareIds(null)).toEqual([])
  })

  it('needs two to four ids', () => {
    expect(compareIdsProblem(['a'])).toMatch(/at least 2/)
    expect(compareIdsProblem(['a', 'b'])).toBeNull()
    expect(compareIdsProblem(['a', 'b', 'c', 'd'])).toBeNull()
    expect(compareIdsProblem(['a', 'b', 'c', 'd', 'e'])).toMatch(/at most 4 .*\(5 chosen\)/)
  })

  it('needs one opening and one stage', () => {
    const name = (id: string) => id.toUpperCase()
    const ada = { jobId: 'j', stageId: 's1', name: 'Ada' }
    expect(compareStageProblem('j', [ada, { ...ada, name: 'Bo' }], name)).toBeNull()
    expect(compareStageProblem('j', [ada, { ...ada, name: 'Bo', stageId: 's2' }], name)).toBe(
      'Compare candidates in the same stage: Ada is in S1, Bo is in S2.',
    )
    expect(compareStageProblem('j', [ada, { ...ada, name: 'Bo', jobId: 'k' }], name)).toBe(
      'Bo applied to another opening.',
    )
  })

  it('averages the 1–4 ratings of a competency and lists each', () => {
    const cards = [
      submitted({ author: ana, ratings: { go: { rating: 4, note: '' } }, recommendation: 'yes' }),
      submitted({
        author: ben,
        ratings: { go: { rating: 3, note: '' } },
        recommendation: 'strong_yes',
        submittedAt: '2026-11-01T09:00:00.000Z',
      }),
      submitted({
        author: cleo,
        ratings: { go: { rating: 'no_evidence', note: '' } },
        recommendation: 'no',
      }),
    ]
    const cell = compareCell(cards, 'go')
    expect(cell.average).toBe(3.5)
    expect(cell.ratings.map((item) => item.rating)).toEqual([4, 3, 'no_evidence'])
    expect(compareCell(cards.slice(2), 'go').average).toBeNull()
    expect(compareCell(cards, 'data')).toEqual({ ratings: [], average: null })
    expect(submittedRecommendations(cards).map((item) => item.reviewer.name)).toEqual([
      'Ben Okafor',
      'Ana Silva',
      'Cleo Park',
    ])
  })
})
