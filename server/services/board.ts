import type * as z from 'zod/mini'
import {
  PAGE_SIZE,
  type Board,
  type BoardColumn,
  type BoardQuery,
  type BoardTotals,
  type ColumnPage,
  type ColumnQuery,
} from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { JobSummary } from '@contract/jobs.ts'
import { notFound } from '../http/problem.ts'
import type { ColumnStart, StageCount, StagePage, StoreReader } from '../store/store.ts'
import { demand, jobPermissions } from './access.ts'
import { decodeCursor, encodeCursor } from './board-cursor.ts'
import type { ServiceContext } from './context.ts'
import { withReviews } from './reviews.ts'

const OPEN: ApplicationStatus[] = ['active', 'hired']
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']

type BoardOptions = z.output<typeof BoardQuery>
type ColumnOptions = z.output<typeof ColumnQuery>
/** What every page of a column keeps: a StagePage without its size. */
type ColumnFilter = Omit<StagePage, 'limit'>

/** The openings the user may see, with the active applications they may see in each. */
export async function listJobs({ store, user }: ServiceContext): Promise<JobSummary[]> {
  const jobs = await store.listJobs()
  const visible = await Promise.all(
    jobs.map(async (job) => {
      const permissions = await jobPermissions(store, user, job.id)
      if (!permissions.view) return []
      const counts = await store.countApplications(job.id, {
        assignedTo: permissions.viewAll ? null : user.id,
      })
      const summary: JobSummary = {
        id: job.id,
        title: job.title,
        team: job.team,
        location: job.location,
        activeCount: sumOf(counts, ['active']),
        stageCount: job.stages.length,
      }
      return [summary]
    }),
  )
  return visible.flat()
}

export async function getJob({ store, user }: ServiceContext, jobId: string) {
  const job = await store.getJob(jobId)
  if (!job) throw notFound('That opening')
  demand(await jobPermissions(store, user, job.id), 'view', 'That opening')
  return job
}

/**
 * A job's columns in pipeline order, each with its count under the filter and its first page
 * of cards in rank order. The totals count the whole job (that the user may see), unfiltered.
 */
export async function getBoard(
  ctx: ServiceContext,
  jobId: string,
  options: BoardOptions,
): Promise<Board> {
  const { store } = ctx
  const { job, permissions, assignedTo } = await visibleJob(ctx, jobId)
  const filter = columnFilter(options, assignedTo)
  const limit = options.limit ?? PAGE_SIZE.default
  const [all, searched] = await Promise.all([
    store.countApplications(job.id, { assignedTo }),
    // Without a search, the totals' counts serve the columns too.
    filter.q ? store.countApplications(job.id, { assignedTo, q: filter.q }) : undefined,
  ])
  const counts = new Map(
    job.stages.map((stage) => [stage.id, sumOf(searched ?? all, filter.statuses, stage.id)]),
  )
  // Counted first, so an empty column costs no read: under a search or an interviewer's
  // filter, looking for its first card would scan the whole stage.
  const starts = job.stages
    .filter((stage) => counts.get(stage.id))
    .map((stage) => ({ stageId: stage.id, after: null }))
  const read = await readPages(store, job.id, starts, filter, limit)
  await withReviews(ctx, permissions.viewAll, read)
  const pages = new Map(read.map((page) => [page.stageId, page]))
  const columns = job.stages.map((stage): BoardColumn => ({
    stageId: stage.id,
    count: counts.get(stage.id) ?? 0,
    cards: pages.get(stage.id)?.cards ?? [],
    nextCursor: pages.get(stage.id)?.nextCursor ?? null,
  }))
  const totals: BoardTotals = { active: 0, hired: 0, rejected: 0, withdrawn: 0 }
  for (const count of all) totals[count.status] += count.count
  return { job, columns, totals, permissions }
}

/** The next page of one column, after `cursor` (the first page without one). */
export async function getColumnPage(
  ctx: ServiceContext,
  jobId: string,
  stageId: string,
  options: ColumnOptions,
): Promise<ColumnPage> {
  const { job, permissions, assignedTo } = await visibleJob(ctx, jobId)
  if (!job.stages.some((stage) => stage.id === stageId)) throw notFound('That stage')
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor)
  const limit = options.limit ?? PAGE_SIZE.default
  const filter = columnFilter(options, assignedTo)
  const [page] = await readPages(ctx.store, job.id, [{ stageId, after }], filter, limit)
  if (!page) return { stageId, cards: [], nextCursor: null }
  await withReviews(ctx, permissions.viewAll, [page])
  return page
}

/** The job, if the user may see it, and whose applications on it they see (null: all). */
async function visibleJob({ store, user }: ServiceContext, jobId: string) {
  const job = await store.getJob(jobId)
  if (!job) throw notFound('That opening')
  const permissions = await jobPermissions(store, user, job.id)
  demand(permissions, 'view', 'That opening')
  // An interviewer's board holds only the applications they interview.
  const assignedTo = permissions.viewAll ? null : user.id
  return { job, permissions, assignedTo }
}

function columnFilter(options: BoardOptions, assignedTo: string | null): ColumnFilter {
  return {
    statuses: options.closed === 'show' ? ALL : OPEN,
    // The schema trims; a blank search is no search.
    q: options.q || null,
    assignedTo,
  }
}

/** Up to `limit` cards of each column from its start, with a cursor when more follow. */
async function readPages(
  store: StoreReader,
  jobId: string,
  starts: ColumnStart[],
  filter: ColumnFilter,
  limit: number,
): Promise<ColumnPage[]> {
  if (!starts.length) return []
  // One card more than the page tells whether another page follows, without a count.
  const pages = await store.listStageCards(jobId, starts, { ...filter, limit: limit + 1 })
  return starts.map(({ stageId }, index) => {
    const cards = pages[index] ?? []
    const more = cards.length > limit
    const page = more ? cards.slice(0, limit) : cards
    const last = page.at(-1)
    return { stageId, cards: page, nextCursor: more && last ? encodeCursor(last) : null }
  })
}

/** How many of `counts` have one of `statuses` (in `stageId`, if given). */
function sumOf(
  counts: readonly StageCount[],
  statuses: readonly ApplicationStatus[],
  stageId?: string,
) {
  return counts
    .filter((count) => statuses.includes(count.status))
    .filter((count) => stageId === undefined || count.stageId === stageId)
    .reduce((sum, count) => sum + count.count, 0)
}
