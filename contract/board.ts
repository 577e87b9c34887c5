import * as z from 'zod/mini'
import { SEARCH_MAX_LENGTH } from './api.ts'
import { ApplicationStatus, Rejection, Source } from './applications.ts'
import { Permissions } from './auth.ts'
import { Id, queryInt, Timestamp, Version } from './common.ts'
import { Job } from './jobs.ts'
import { ReviewSummary } from './reviews.ts'

/** What a board card needs: the application and a slice of its candidate. */
export const BoardCard = z.object({
  id: Id,
  candidateId: Id,
  name: z.string(),
  currentTitle: z.nullable(z.string()),
  currentCompany: z.nullable(z.string()),
  backendYears: z.number(),
  goYears: z.number(),
  skills: z.array(z.string()),
  source: Source,
  stageId: Id,
  rank: z.string(),
  status: ApplicationStatus,
  rejection: z.nullable(Rejection),
  stageEnteredAt: Timestamp,
  version: Version,
  /** Scorecards in and owed, with their recommendations; null while the viewer is blinded. */
  reviews: z.nullable(ReviewSummary),
})
export type BoardCard = z.infer<typeof BoardCard>

export const BoardColumn = z.object({
  stageId: Id,
  /** Applications in this stage that the current filter shows. */
  count: z.int(),
  cards: z.array(BoardCard),
  /** Pass to the column endpoint for the next page; null when this is all. */
  nextCursor: z.nullable(z.string()),
})
export type BoardColumn = z.infer<typeof BoardColumn>

export const BoardTotals = z.object({
  active: z.int(),
  hired: z.int(),
  rejected: z.int(),
  withdrawn: z.int(),
})
export type BoardTotals = z.infer<typeof BoardTotals>

export const Board = z.object({
  job: Job,
  columns: z.array(BoardColumn),
  totals: BoardTotals,
  /** What the current user may do here; the SPA hides the rest. */
  permissions: Permissions,
})
export type Board = z.infer<typeof Board>

/**
 * Cards per column in one page: the first page of each column, or one more of a column. A
 * page is about three screens of a column; the board's answer carries one for every column,
 * so it stays small (about 85 KiB raw at 25) however long the columns are.
 */
export const PAGE_SIZE = { default: 25, max: 200 } as const

const PageLimit = z.optional(queryInt('The limit', 1, PAGE_SIZE.max))

/** Search text: name, current title, current company or a skill, ignoring case and accents. */
const Search = z.optional(
  z.string().check(
    z.trim(),
    z.maxLength(SEARCH_MAX_LENGTH, `Search for at most ${SEARCH_MAX_LENGTH} characters`),
    // No control characters, so that U+001F can separate the fields searched in SQL.
    z.regex(/^\P{Cc}*$/u, 'Search for plain text, without control characters'),
  ),
)

// `limit` and `q` stay optional (no schema default), so a parsed query holds only what was
// sent; the API applies PAGE_SIZE.default and treats a blank search as none.
export const BoardQuery = z.object({
  /** Show rejected and withdrawn applications too. */
  closed: z._default(z.enum(['show', 'hide'], 'Use show or hide'), 'hide'),
  /** Cards in each column's first page (default PAGE_SIZE.default). */
  limit: PageLimit,
  q: Search,
})
export type BoardQuery = z.input<typeof BoardQuery>

/** The rest of one column: the board's filters plus where the previous page ended. */
export const ColumnQuery = z.extend(BoardQuery, {
  /** A column's `nextCursor`; without it, the column's first page. */
  cursor: z.optional(z.string()),
})
export type ColumnQuery = z.input<typeof ColumnQuery>

/** One page of a column's cards, in rank order. */
export const ColumnPage = z.object({
  stageId: Id,
  cards: z.array(BoardCard),
  nextCursor: z.nullable(z.string()),
})
export type ColumnPage = z.infer<typeof ColumnPage>
