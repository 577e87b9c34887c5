import { describe, expect, it } from 'vitest'
import { RANK_MAX_LENGTH } from '@contract/applications.ts'
import { ID_MAX_LENGTH } from '@contract/common.ts'
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from './board-cursor.ts'

const LONGEST = { rank: 'z'.repeat(RANK_MAX_LENGTH), id: 'x'.repeat(ID_MAX_LENGTH) }

describe('board cursors', () => {
  it('take back every cursor the API makes, the longest rank and id included', () => {
    for (const key of [{ rank: 'a0', id: 'app-1' }, LONGEST]) {
      expect(decodeCursor(encodeCursor(key))).toEqual(key)
    }
    expect(encodeCursor(LONGEST).length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH)
  })

  it('refuse what the API did not make', () => {
    for (const cursor of [
      'A'.repeat(MAX_CURSOR_LENGTH + 4),
      'not a cursor',
      encodeCursor({ rank: 'a\u0000', id: 'x' }),
    ]) {
      expect(() => decodeCursor(cursor)).toThrow()
    }
  })
})
