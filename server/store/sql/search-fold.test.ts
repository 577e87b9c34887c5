import { afterAll, describe, expect, it } from 'vitest'
import { foldForSearch } from '@contract/rules/search-fold.ts'
import { migrate } from './migrate.ts'
import { testDatabases } from './test-databases.ts'

// The SQL store searches through search_fold(), the memory store (and the demo) through
// foldForSearch: the two must fold every name alike, or one finds what the other misses.

const LATIN = ['José MÜLLER', 'ŁUKASZ Łukasz', 'ØSTER Sørensen', 'ĐORĐEVIĆ', 'YILDIZ Yıldız']
const OTHERS = ['İrem', 'ΟΔΟΣ οδός', 'Straße', 'Jose\u0301 (decomposed)', 'Ħal Għargħur']

const { databases, dropAll } = testDatabases('hirelane_search_fold')
afterAll(dropAll)

describe.each(databases)('search_fold() on $name', ({ open }) => {
  it('folds as the memory store does', async () => {
    const client = await open()
    try {
      await migrate(client)
      const fold = async (text: string, collate = '') =>
        (
          await client.query<{ folded: string }>(`SELECT search_fold($1${collate}) AS folded`, [
            text,
          ])
        )[0]?.folded
      for (const text of [...LATIN, ...OTHERS])
        expect(await fold(text), text).toBe(foldForSearch(text))
      // A database in the C locale lower-cases ASCII only: Latin names still fold alike.
      for (const text of LATIN)
        expect(await fold(text, ' COLLATE "C"'), text).toBe(foldForSearch(text))
    } finally {
      await client.close()
    }
  }, 60_000)
})
