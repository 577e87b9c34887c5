import { ID_MAX_LENGTH, Id } from '@contract/common.ts'
import { RANK_MAX_LENGTH, Rank } from '@contract/applications.ts'
import { ProblemError } from '../http/problem.ts'
import type { RankKey } from '../store/store.ts'

// A column's cursor is the last card it showed, as base64url of the JSON [rank, id]: opaque to
// the SPA and safe in a query string. Paging resumes strictly after it in (rank, id) order, so
// a card moved meanwhile to the top of the column is not shown twice.

/**
 * The longest cursor the API makes: base64 of the JSON of the longest rank and id (both ASCII),
 * its brackets, quotes and comma. A bound on what is parsed.
 */
export const MAX_CURSOR_LENGTH = Math.ceil(((RANK_MAX_LENGTH + ID_MAX_LENGTH + 7) * 4) / 3)

// btoa and atob, not Buffer: the mock runs this API in the browser.
const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

function fromBase64Url(encoded: string) {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'))
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

export const encodeCursor = ({ rank, id }: RankKey) => toBase64Url(JSON.stringify([rank, id]))

/** The card a cursor points after; 422 (errors.cursor) for anything the API did not make. */
export function decodeCursor(cursor: string): RankKey {
  const key = cursor.length <= MAX_CURSOR_LENGTH ? parseKey(cursor) : null
  if (key) return key
  throw new ProblemError(422, 'The query has invalid fields.', {
    errors: { cursor: ['Use the nextCursor of a previous page'] },
  })
}

function parseKey(cursor: string): RankKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null
  let value: unknown
  try {
    value = JSON.parse(fromBase64Url(cursor))
  } catch {
    return null
  }
  if (!Array.isArray(value) || value.length !== 2) return null
  const rank = Rank.safeParse(value[0])
  const id = Id.safeParse(value[1])
  return rank.success && id.success ? { rank: rank.data, id: id.data } : null
}
