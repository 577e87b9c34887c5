import * as z from 'zod/mini'
import { ApplicationStatus, Rejection, Source } from './applications.ts'
import { Permissions } from './auth.ts'
import { Id, Timestamp, Version } from './common.ts'
import { Job } from './jobs.ts'

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

export const BoardQuery = z.object({
  /** Show rejected and withdrawn applications too. */
  closed: z._default(z.enum(['show', 'hide']), 'hide'),
})
export type BoardQuery = z.input<typeof BoardQuery>
