import { describe, expect, it } from 'vitest'
import { permissionsFor } from '@contract/rules/permissions.ts'
import type { Board, BoardCard } from '@contract/board.ts'
import { applyApplication, isNoopMove, moveCard, positionOf } from './board-cache.ts'

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

const board: Board = {
  job: {
    id: 'j',
    title: 'J',
    team: 'T',
    location: 'L',
    employmentType: 'Full-time',
    description: '',
    requirements: [],
    stages: [],
  },
  columns: [
    {
      stageId: 's1',
      count: 3,
      cards: [card('a', 's1', 'a0'), card('b', 's1', 'a1'), card('c', 's1', 'a2')],
      nextCursor: null,
    },
    { stageId: 's2', count: 1, cards: [card('d', 's2', 'a0')], nextCursor: null },
    { stageId: 's3', count: 0, cards: [], nextCursor: null },
  ],
  totals: { active: 4, hired: 0, rejected: 0, withdrawn: 0 },
  permissions: permissionsFor('admin', undefined, false),
}

const ids = (value: Board, column: number) => value.columns[column]?.cards.map((item) => item.id)

describe('moveCard', () => {
  it('moves a card across columns and keeps the counts right', () => {
    const next = moveCard(board, 'b', 's2', { afterId: 'd' })
    expect(ids(next, 0)).toEqual(['a', 'c'])
    expect(ids(next, 1)).toEqual(['d', 'b'])
    expect(next.columns.map((column) => column.count)).toEqual([2, 2, 0])
    expect(next.columns[1]?.cards[1]?.stageId).toBe('s2')
  })

  it('leaves untouched columns as they were, so they do not re-render', () => {
    const next = moveCard(board, 'a', 's2', 'start')
    expect(next.columns[2]).toBe(board.columns[2])
  })

  it('reorders within a column by before, after, start and end', () => {
    expect(ids(moveCard(board, 'a', 's1', { afterId: 'c' }), 0)).toEqual(['b', 'c', 'a'])
    expect(ids(moveCard(board, 'c', 's1', { beforeId: 'a' }), 0)).toEqual(['c', 'a', 'b'])
    expect(ids(moveCard(board, 'a', 's1', 'end'), 0)).toEqual(['b', 'c', 'a'])
    expect(ids(moveCard(board, 'c', 's1', 'start'), 0)).toEqual(['c', 'a', 'b'])
    expect(moveCard(board, 'a', 's1', 'end').columns[0]?.count).toBe(3)
  })

  it('can put a card back where positionOf says it was', () => {
    const from = positionOf(board, 'b')
    const moved = moveCard(board, 'b', 's3', 'start')
    expect(ids(moveCard(moved, 'b', 's1', from), 0)).toEqual(['a', 'b', 'c'])
  })
})

describe('applyApplication', () => {
  it('places the server copy in rank order when its stage changed', () => {
    const next = applyApplication(board, {
      ...card('d', 's1', 'a1V'),
      jobId: 'j',
      appliedAt: '2026-10-01',
      createdAt: '',
      updatedAt: '',
      version: 4,
    } as never)
    expect(ids(next, 0)).toEqual(['a', 'b', 'd', 'c'])
    expect(next.columns[0]?.cards[2]?.version).toBe(4)
  })
})

describe('isNoopMove', () => {
  it('spots drops that leave a card where it is', () => {
    expect(isNoopMove(board, 'b', 's1', { afterId: 'a' })).toBe(true)
    expect(isNoopMove(board, 'b', 's1', { beforeId: 'c' })).toBe(true)
    expect(isNoopMove(board, 'b', 's1', { afterId: 'c' })).toBe(false)
    expect(isNoopMove(board, 'b', 's2', 'start')).toBe(false)
  })
})
