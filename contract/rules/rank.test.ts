import { describe, expect, it } from 'vitest'
import { compareByRank, initialRanks, rankBetween } from './rank.ts'

type Ranked = { rank: string; id: string }

/** True when every key sorts strictly before the next one. */
const ascending = (keys: readonly string[]) =>
  keys.every((key, index) => index === 0 || keys[index - 1]! < key)

describe('rankBetween', () => {
  it('makes a first key for an empty stage', () => {
    const key = rankBetween(null, null)
    expect(typeof key).toBe('string')
    expect(key.length).toBeGreaterThan(0)
  })

  it('makes a key after the last one when there is nothing after', () => {
    for (const before of ['a0', 'a5', 'Zz', 'b10'])
      expect(rankBetween(before, null) > before).toBe(true)
  })

  it('makes a key before the first one when there is nothing before', () => {
    for (const after of ['a0', 'a5', 'b10']) expect(rankBetween(null, after) < after).toBe(true)
  })

  it('makes a key strictly between two neighbours', () => {
    const pairs: [string, string][] = [
      ['a0', 'a1'],
      ['a0', 'a0V'],
      ['a1', 'a2'],
      ['Zz', 'a0'],
      ['a0', 'b10'],
    ]
    for (const [before, after] of pairs) {
      const key = rankBetween(before, after)
      expect(key > before).toBe(true)
      expect(key < after).toBe(true)
    }
  })

  it('still lands after `before` when the neighbours are out of order or tied', () => {
    for (const [before, after] of [
      ['a5', 'a1'],
      ['a1', 'a1'],
      ['b10', 'a0'],
    ] as const) {
      const key = rankBetween(before, after)
      expect(key > before).toBe(true)
    }
  })

  it('keeps order over many inserts at the same spot', () => {
    // Always drop right after `low`, pushing the previous insert down.
    const low = rankBetween(null, null)
    const high = rankBetween(low, null)
    const inserted: string[] = []
    let next = high
    for (let step = 0; step < 200; step++) {
      next = rankBetween(low, next)
      inserted.unshift(next)
    }
    expect(ascending([low, ...inserted, high])).toBe(true)
    expect(new Set(inserted).size).toBe(200)
  })

  it('keeps order over many inserts just before the same card', () => {
    const low = rankBetween(null, null)
    const high = rankBetween(low, null)
    const inserted: string[] = []
    let previous = low
    for (let step = 0; step < 200; step++) {
      previous = rankBetween(previous, high)
      inserted.push(previous)
    }
    expect(ascending([low, ...inserted, high])).toBe(true)
  })

  it('keeps order when appending and prepending repeatedly', () => {
    let keys = [rankBetween(null, null)]
    for (let step = 0; step < 100; step++) {
      keys = [rankBetween(null, keys[0]!), ...keys, rankBetween(keys.at(-1)!, null)]
    }
    expect(keys).toHaveLength(201)
    expect(ascending(keys)).toBe(true)
  })
})

describe('initialRanks', () => {
  it('makes the requested number of distinct, ascending keys', () => {
    const keys = initialRanks(60)
    expect(keys).toHaveLength(60)
    expect(new Set(keys).size).toBe(60)
    expect(ascending(keys)).toBe(true)
  })

  it('makes none for zero and one for one', () => {
    expect(initialRanks(0)).toEqual([])
    expect(initialRanks(1)).toHaveLength(1)
  })

  it('leaves room before, between and after the keys', () => {
    const [first, second] = initialRanks(2) as [string, string]
    expect(rankBetween(null, first) < first).toBe(true)
    const middle = rankBetween(first, second)
    expect(first < middle && middle < second).toBe(true)
    expect(rankBetween(second, null) > second).toBe(true)
  })
})

describe('compareByRank', () => {
  it('orders by rank first', () => {
    expect(compareByRank({ rank: 'a0', id: 'z' }, { rank: 'a1', id: 'a' })).toBe(-1)
    expect(compareByRank({ rank: 'a1', id: 'a' }, { rank: 'a0', id: 'z' })).toBe(1)
  })

  it('breaks ties by id', () => {
    expect(compareByRank({ rank: 'a0', id: 'app-1' }, { rank: 'a0', id: 'app-2' })).toBe(-1)
    expect(compareByRank({ rank: 'a0', id: 'app-2' }, { rank: 'a0', id: 'app-1' })).toBe(1)
    expect(compareByRank({ rank: 'a0', id: 'app-1' }, { rank: 'a0', id: 'app-1' })).toBe(0)
  })

  it('compares by code unit, not locale (upper case before lower case)', () => {
    expect(compareByRank({ rank: 'Zz', id: 'x' }, { rank: 'a0', id: 'x' })).toBe(-1)
    expect(compareByRank({ rank: 'a0', id: 'B' }, { rank: 'a0', id: 'a' })).toBe(-1)
  })

  it('sorts a shuffled column back into rank order', () => {
    const ranks = initialRanks(10)
    const column: Ranked[] = ranks.map((rank, index) => ({ rank, id: `app-${index}` }))
    column.push({ rank: ranks[3]!, id: 'app-3b' })
    const shuffled = [...column].reverse()
    shuffled.push(shuffled.shift()!)
    const sorted = shuffled.sort(compareByRank).map((row) => row.id)
    expect(sorted).toEqual([
      'app-0',
      'app-1',
      'app-2',
      'app-3',
      'app-3b',
      'app-4',
      'app-5',
      'app-6',
      'app-7',
      'app-8',
      'app-9',
    ])
  })

  it('agrees with rankBetween: an inserted key sorts between its neighbours', () => {
    const [a, b] = initialRanks(2) as [string, string]
    const rows: Ranked[] = [
      { rank: b, id: 'b' },
      { rank: rankBetween(a, b), id: 'mid' },
      { rank: a, id: 'a' },
    ]
    expect(rows.sort(compareByRank).map((row) => row.id)).toEqual(['a', 'mid', 'b'])
  })
})
