import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'

/**
 * Order inside a stage is a fractional index: a string that sorts between its neighbours,
 * so a move rewrites one row. Ties (two concurrent inserts at one spot) sort by id.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    // Neighbours out of order (a tie, or a stale read): land just after `before`.
    return generateKeyBetween(before, null)
  }
  return generateKeyBetween(before, after)
}

/** `count` ascending ranks, for seeding a column. */
export function initialRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count)
}

export function compareByRank(a: { rank: string; id: string }, b: { rank: string; id: string }) {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
