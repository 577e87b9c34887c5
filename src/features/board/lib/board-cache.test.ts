import { describe, expect, it } from 'vitest'
import { permissionsFor } from '@contract/rules/permissions.ts'
import type { Board, BoardCard } from '@contract/board.ts'
import {
  columnSeed,
  insertCard,
  isNoopMove,
  loadedCards,
  moveCount,
  removeCard,
  shareColumn,
  type ColumnData,
} from './board-cache.ts'

const card = (id: string, stageId: string, rank: string): BoardCard => ({
  id,
  candidateId: `c-${id}`,
  name: id.toUpperCase(),
  currentTitle: null,
  currentCompany: null,
  backendYears: 5,
  goYears: 3,
  skills: [],
  source: 'linkedin',
  stageId,
  rank,
  status: 'active',
  rejection: null,
  stageEnteredAt: '2026-11-01T00:00:00.000Z',
  version: 1,
  reviews: null,
})

/** A column of two loaded pages: a, b | c, with more after c unless `complete`. */
const twoPages = (complete: boolean): ColumnData => ({
  pages: [
    { stageId: 's1', cards: [card('a', 's1', 'a0'), card('b', 's1', 'a1')], nextCursor: 'p2' },
    { stageId: 's1', cards: [card('c', 's1', 'a2')], nextCursor: complete ? null : 'p3' },
  ],
  pageParams: [null, 'p2'],
})

const ids = (data: ColumnData) => loadedCards(data).map((item) => item.id)
const z = card('z', 's2', 'a0')

describe('a column of loaded pages', () => {
  it('puts a card at the start, after or before a loaded card', () => {
    const data = twoPages(false)
    expect(ids(insertCard(data, z, 'start'))).toEqual(['z', 'a', 'b', 'c'])
    expect(ids(insertCard(data, z, { afterId: 'b' }))).toEqual(['a', 'b', 'z', 'c'])
    expect(ids(insertCard(data, z, { beforeId: 'c' }))).toEqual(['a', 'b', 'z', 'c'])
    expect(ids(insertCard(data, z, { afterId: 'c' }))).toEqual(['a', 'b', 'c', 'z'])
    // The pages keep their params, so a refetch reloads as many pages.
    expect(insertCard(data, z, 'start').pageParams).toEqual([null, 'p2'])
  })

  it('leaves a card sent to the end of a partly loaded column out of the loaded cards', () => {
    expect(ids(insertCard(twoPages(false), z, 'end'))).toEqual(['a', 'b', 'c'])
    expect(ids(insertCard(twoPages(true), z, 'end'))).toEqual(['a', 'b', 'c', 'z'])
  })

  it('places a card where a rank sorts, or past the loaded cards', () => {
    const z = card('z', 's1', 'zz')
    expect(ids(insertCard(twoPages(false), z, { rank: 'a1V' }))).toEqual(['a', 'b', 'z', 'c'])
    expect(ids(insertCard(twoPages(false), z, { rank: 'a9' }))).toEqual(['a', 'b', 'c'])
    expect(ids(insertCard(twoPages(true), z, { rank: 'a9' }))).toEqual(['a', 'b', 'c', 'z'])
  })

  it('shows a card once when a page repeats it', () => {
    const data = insertCard(twoPages(false), card('d', 's1', 'a3'), { afterId: 'c' })
    const next = {
      ...data,
      pages: [...data.pages, { ...data.pages[1]!, cards: [card('d', 's1', 'a3')] }],
    }
    expect(ids(next)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('puts a card in its place on the pages after a repeated card', () => {
    // a, b, c | c, d: c was put first on page one, then loaded again with page two.
    const c = card('c', 's1', 'a2')
    const d = card('d', 's1', 'a3')
    const data: ColumnData = {
      pages: [
        {
          stageId: 's1',
          cards: [card('a', 's1', 'a0'), card('b', 's1', 'a1'), c],
          nextCursor: 'p2',
        },
        { stageId: 's1', cards: [c, d], nextCursor: null },
      ],
      pageParams: [null, 'p2'],
    }
    const y = card('y', 's2', 'a0')
    expect(ids(insertCard(data, y, { afterId: 'd' }))).toEqual(['a', 'b', 'c', 'd', 'y'])
    expect(ids(insertCard(data, y, { beforeId: 'd' }))).toEqual(['a', 'b', 'c', 'y', 'd'])
    expect(ids(insertCard(data, y, 'end'))).toEqual(['a', 'b', 'c', 'd', 'y'])
  })

  it('removes a card and keeps untouched pages as they were', () => {
    const data = twoPages(false)
    const next = removeCard(data, 'c')
    expect(ids(next)).toEqual(['a', 'b'])
    expect(next.pages[0]).toBe(data.pages[0])
    expect(removeCard(data, 'nobody')).toBe(data)
  })

  it('puts a card back where its old rank sorts, whatever rank it has now (an undo)', () => {
    const data = twoPages(false)
    const b = loadedCards(data)[1]!
    const moved = { ...b, rank: 'z9' }
    expect(ids(insertCard(removeCard(data, 'b'), moved, { rank: b.rank }))).toEqual(['a', 'b', 'c'])
  })

  it('starts from the board first page', () => {
    const data = columnSeed({ stageId: 's1', cards: [z], nextCursor: null })
    expect(data.pageParams).toEqual([null])
    expect(ids(data)).toEqual(['z'])
  })
})

describe('isNoopMove', () => {
  it('spots drops that leave a card where it is', () => {
    const cards = loadedCards(twoPages(false))
    expect(isNoopMove(cards, 'b', { afterId: 'a' })).toBe(true)
    expect(isNoopMove(cards, 'b', { beforeId: 'c' })).toBe(true)
    expect(isNoopMove(cards, 'a', 'start')).toBe(true)
    expect(isNoopMove(cards, 'b', { afterId: 'c' })).toBe(false)
    expect(isNoopMove(cards, 'c', 'end')).toBe(false)
    expect(isNoopMove(cards, 'z', 'start')).toBe(false)
  })
})

describe('moveCount', () => {
  const board = {
    columns: [
      { stageId: 's1', count: 3, cards: [], nextCursor: null },
      { stageId: 's2', count: 1, cards: [], nextCursor: null },
      { stageId: 's3', count: 0, cards: [], nextCursor: null },
    ],
    permissions: permissionsFor('admin', undefined, false),
  } as unknown as Board

  it('moves one candidate between two columns and leaves the others as they were', () => {
    const next = moveCount(board, 's1', 's2')
    expect(next.columns.map((column) => column.count)).toEqual([2, 2, 0])
    expect(next.columns[2]).toBe(board.columns[2])
    expect(moveCount(board, 's1', 's1')).toBe(board)
  })
})

describe('shareColumn (structural sharing by card id)', () => {
  it('keeps every unchanged card object when a card is put at the top', () => {
    const data = twoPages(false)
    const next = shareColumn(data, insertCard(data, z, 'start')) as ColumnData
    expect(ids(next)).toEqual(['z', 'a', 'b', 'c'])
    const [top, ...rest] = loadedCards(next)
    expect(top).toBe(z)
    rest.forEach((item, index) => expect(item).toBe(loadedCards(data)[index]))
    // The page nothing happened to is the same page.
    expect(next.pages[1]).toBe(data.pages[1])
  })

  it('answers a refetch that changed nothing with the entry it had', () => {
    const data = twoPages(false)
    expect(shareColumn(data, structuredClone(data))).toBe(data)
  })

  it('takes the new copy of a card that changed, and keeps the others', () => {
    const data = twoPages(false)
    const fetched = structuredClone(data)
    fetched.pages[0]!.cards[1] = { ...fetched.pages[0]!.cards[1]!, version: 2 }
    const next = shareColumn(data, fetched) as ColumnData
    const [a, b, c] = loadedCards(next)
    expect(a).toBe(data.pages[0]!.cards[0])
    expect(b).toBe(fetched.pages[0]!.cards[1])
    expect(c).toBe(data.pages[1]!.cards[0])
  })

  it('shares a list of loaded cards (the select result) the same way', () => {
    const before = loadedCards(twoPages(false))
    expect(shareColumn(before, structuredClone(before))).toBe(before)
    const moved = shareColumn(before, [z, ...structuredClone(before)]) as BoardCard[]
    expect(moved.slice(1)).toEqual(before)
    moved.slice(1).forEach((item, index) => expect(item).toBe(before[index]))
  })
})
