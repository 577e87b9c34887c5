import { describe, expect, it } from 'vitest'
import { RANK_MAX_LENGTH } from '@contract/applications.ts'
import { ID_MAX_LENGTH } from '@contract/common.ts'
import { decodeCursor, encodeCursor } from './board-cursor.ts'

describe('board cursors', () => {
  it('take back every cursor the API makes, the longest rank and id included', () => {
    for (const key of [
      { rank: 'a0', id: 'app-1' },
      { rank: 'z'.repeat(RANK_MAX_LENGTH), id: 'x'.repeat(ID_MAX_LENGTH) },
    ]) {
      expect(decodeCursor(encodeCursor(key))).toEqual(key)
    }
  })

  it('refuse what the API did not make', () => {
    const longest = encodeCursor({
      rank: 'z'.repeat(RANK_MAX_LENGTH),
      id: 'x'.repeat(ID_MAX_LENGTH),
    })
    for (const cursor of [
      `${longest}A`,
      'not a cursor',
      encodeCursor({ rank: 'a\u0000', id: 'x' }),
    ]) {
      expect(() => decodeCursor(cursor)).toThrow()
    }
  })
})
