import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApplicationStatus } from '@contract/catalog.ts'
import { generateDemoData } from '../../seed/generator.ts'
import { SENIOR_GO_ENGINEER } from '../../seed/jobs.ts'
import type { CardFilter, RankKey, StagePage } from '../store.ts'
import { migrate } from './migrate.ts'
import type { Row, SqlClient } from './sql-client.ts'
import { createSqlStore, type SqlStore } from './sql-store.ts'
import { testDatabases } from './test-databases.ts'

// HIRELANE_EXPLAIN=1 npx vitest run server/store/sql/explain.test.ts
// Seeds one job with 100,000 applications in PGlite (about a minute), and in PostgreSQL too
// with TEST_DATABASE_URL, then prints the plans of the board's queries as the store sends them
// (EXPLAIN ANALYZE, BUFFERS) and checks that pages, counts and moves read an index.

const APPLICATIONS = Number(process.env.HIRELANE_EXPLAIN_APPLICATIONS ?? 100_000)
const NOW = new Date('2026-11-01T12:00:00Z')
const JOB = SENIOR_GO_ENGINEER
const OPEN: ApplicationStatus[] = ['active', 'hired']
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']
const INTERVIEWER = 'user-interviewer'

type Statement = { sql: string; params: readonly unknown[] }

/** A client that remembers the last statement, to EXPLAIN exactly what the store ran. */
function recording(client: SqlClient) {
  let last: Statement | undefined
  const recorder: SqlClient = {
    ...client,
    query: <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      last = { sql, params }
      return client.query<T>(sql, params)
    },
  }
  return {
    client: recorder,
    last: () => {
      if (!last) throw new Error('No statement yet')
      return last
    },
  }
}

const { databases, dropAll } = testDatabases('hirelane_explain')
afterAll(dropAll)

describe.skipIf(!process.env.HIRELANE_EXPLAIN).each(databases)('EXPLAIN on $name', ({ open }) => {
  let raw: SqlClient
  let store: SqlStore
  let last: () => Statement

  beforeAll(async () => {
    raw = await open()
    await migrate(raw)
    const recorder = recording(raw)
    last = recorder.last
    store = createSqlStore(recorder.client)
    const started = performance.now()
    await store.seed(generateDemoData({ applications: APPLICATIONS, now: NOW }), new Map())
    console.log(`Seeded ${APPLICATIONS} applications in ${ms(performance.now() - started)}`)
  }, 600_000)

  afterAll(async () => store?.close())

  /** Runs `read` (timed), then EXPLAIN ANALYZE of the statement it sent; returns the plan. */
  async function explain(title: string, read: () => Promise<unknown>) {
    const started = performance.now()
    await read()
    const elapsed = performance.now() - started
    const { sql, params } = last()
    const rows = await raw.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
      params,
    )
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n')
    console.log(`\n=== ${title}: ${ms(elapsed)} through the store\n${plan}`)
    return plan
  }

  const page = (statuses: ApplicationStatus[], filter: CardFilter = {}): StagePage => ({
    ...filter,
    statuses,
    limit: 51,
  })
  const tops = (stages = JOB.stages) => stages.map((stage) => ({ stageId: stage.id, after: null }))

  /** An index on applications serves the read; no sequential scan of the table. */
  function expectIndexed(plan: string) {
    expect(plan).toMatch(/Index (Only )?Scan (Backward )?using \w+ on applications/)
    expect(plan).not.toMatch(/Seq Scan on applications/)
  }

  it('reads every column’s first page from an index, in one statement', async () => {
    for (const statuses of [OPEN, ALL]) {
      const plan = await explain(`the board’s first pages (${statuses.join(', ')})`, () =>
        store.listStageCards(JOB.id, tops(), page(statuses)),
      )
      expectIndexed(plan)
      expect(plan).toMatch(/Index Scan using applications_board_idx on applications/)
    }
  })

  it('reads a page after a cursor from an index', async () => {
    const stageId = JOB.stages[0]!.id
    const [first] = await store.listStageCards(JOB.id, [{ stageId, after: null }], {
      ...page(OPEN),
      limit: 5_000,
    })
    const after: RankKey = first!.at(-1)!
    const plan = await explain(`page after card 5,000 of ${stageId}`, () =>
      store.listStageCards(JOB.id, [{ stageId, after }], page(OPEN)),
    )
    expectIndexed(plan)
    expect(plan).toMatch(/Index Cond: .*ROW\(rank, id\) > ROW/)
  })

  it('counts per stage and status from an index alone', async () => {
    const plan = await explain('counts of the whole job', () => store.countApplications(JOB.id))
    expect(plan).toMatch(/Index Only Scan using applications_stage_status_idx on applications/)
  })

  it('pages an interviewer’s cards from an index', async () => {
    for (const stage of JOB.stages.slice(0, 3)) {
      const plan = await explain(`interviewer’s first page of ${stage.id}`, () =>
        store.listStageCards(JOB.id, tops([stage]), page(OPEN, { assignedTo: INTERVIEWER })),
      )
      expectIndexed(plan)
    }
    await explain('interviewer’s counts', () =>
      store.countApplications(JOB.id, { assignedTo: INTERVIEWER }),
    )
  })

  it('searches (a filter over the job’s rows; no index)', async () => {
    for (const q of ['kafka', 'no such text']) {
      await explain(`first page of a search for ${q}`, () =>
        store.listStageCards(JOB.id, tops(JOB.stages.slice(0, 1)), page(OPEN, { q })),
      )
      await explain(`counts of a search for ${q}`, () => store.countApplications(JOB.id, { q }))
    }
  })

  it('reads a board’s review summaries from indexes', async () => {
    const pages = await store.listStageCards(JOB.id, tops(), page(OPEN))
    const ids = pages.flat().map((card) => card.id)
    const plan = await explain(`review facts of ${ids.length} cards`, () =>
      store.listReviewFacts(ids),
    )
    expect(plan).toMatch(/Index Scan (using|on) interviewers_pkey/)
    expect(plan).toMatch(/Index Scan (using|on) scorecards_application_id_stage_id_author_id_key/)
    expect(plan).not.toMatch(/Seq Scan on (interviewers|scorecards)/)
    // Printed, not checked: the demo's interviewer interviews a third of everything, so the
    // planner rightly scans; someone who owes a few reads interviewers_user_assigned_idx.
    await explain('an interviewer’s owed reviews', () => store.listOwedReviews(INTERVIEWER, 500))
  })

  it('counts owed reviews with the list’s joins and conditions, without reading their rows', async () => {
    for (const userId of [INTERVIEWER, 'user-recruiter']) {
      const total = await store.countOwedReviews(userId)
      console.log(`\n${userId} owes ${total} scorecards`)
      await explain(`${userId}’s owed reviews (the list)`, () => store.listOwedReviews(userId, 500))
      const plan = await explain(`${userId}’s owed reviews (the count)`, () =>
        store.countOwedReviews(userId),
      )
      // Neither the candidates (names) nor the jobs (titles) are read to count.
      expect(plan).not.toMatch(/on (candidates|jobs)\b/)
    }
  })

  it('finds a move’s neighbour rank from an index', async () => {
    const stage = JOB.stages[1]!
    const [cards] = await store.listStageCards(JOB.id, tops([stage]), page(ALL))
    const card = cards?.[0]
    for (const direction of ['after', 'before'] as const) {
      const plan = await explain(`adjacentRank ${direction} the top card`, () =>
        store.adjacentRank(stage.id, card!, direction, 'none'),
      )
      expectIndexed(plan)
    }
    const plan = await explain('adjacentRank: the top of the stage', () =>
      store.adjacentRank(stage.id, null, 'after', card!.id),
    )
    expectIndexed(plan)
  })
})

const ms = (value: number) => `${value.toFixed(1)} ms`
