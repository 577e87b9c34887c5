import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { Application } from '@contract/applications.ts'
import { CSRF_HEADER } from '@contract/auth.ts'
import type { Board, ColumnPage } from '@contract/board.ts'
import { createApp, type ApiApp } from './app.ts'
import { generateDemoData } from './seed/generator.ts'
import { SENIOR_GO_ENGINEER } from './seed/jobs.ts'
import { migrate } from './store/sql/migrate.ts'
import { createPgliteClient } from './store/sql/pglite-client.ts'
import { createSqlStore, type SqlStore } from './store/sql/sql-store.ts'

// HIRELANE_EXPLAIN=1 npx vitest run server/board-bench.test.ts
// Times the API over PGlite with 10,000 applications in one opening: the board (each column's
// count and first page) and moves, RUNS requests each after a warm-up. Prints p50/p95 and
// checks the budgets: board p95 ≤ 50 ms, move p95 ≤ 20 ms.

const APPLICATIONS = Number(process.env.HIRELANE_BENCH_APPLICATIONS ?? 10_000)
const RUNS = 50
const WARM_UP = 20
const JOB = SENIOR_GO_ENGINEER
const FROM = 'sge-applied'
const TO = 'sge-recruiter-screen'

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

describe.skipIf(!process.env.HIRELANE_EXPLAIN)(`the API at ${APPLICATIONS} applications`, () => {
  let store: SqlStore
  let app: ApiApp
  let cookie = ''

  beforeAll(async () => {
    const client = await createPgliteClient()
    await migrate(client)
    store = createSqlStore(client)
    await store.seed(generateDemoData({ applications: APPLICATIONS }), new Map())
    app = createApp({ store, demoSeed: () => generateDemoData() })
    const response = await app.request(apiPaths.demoSession(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ userId: 'user-recruiter' }),
    })
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  }, 300_000)

  afterAll(() => store?.close())

  async function request<T>(path: string, body?: unknown): Promise<T> {
    const response = await app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, [CSRF_HEADER]: '1', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(response.status).toBe(200)
    return (await response.json()) as T
  }

  /** Runs `work` WARM_UP + RUNS times; prints and returns p50/p95 of the timed runs (ms). */
  async function measure(title: string, work: (run: number) => Promise<unknown>) {
    const times: number[] = []
    for (let run = 0; run < WARM_UP + RUNS; run += 1) {
      const started = performance.now()
      await work(run)
      if (run >= WARM_UP) times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const [p50, p95] = [percentile(times, 50), percentile(times, 95)]
    console.log(`${title}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${RUNS} runs)`)
    return { p50, p95 }
  }

  it('serves the board within 50 ms at p95', async () => {
    const board = await request<Board>(apiPaths.board(JOB.id))
    expect(board.columns.find((column) => column.stageId === FROM)?.cards).toHaveLength(50)
    const { p95 } = await measure('GET board', () => request(apiPaths.board(JOB.id)))
    await measure('GET board ?closed=show', () => request(`${apiPaths.board(JOB.id)}?closed=show`))
    await measure('GET board ?q=kafka', () => request(`${apiPaths.board(JOB.id)}?q=kafka`))
    const cursor = board.columns[0]?.nextCursor ?? ''
    await measure('GET column page after the first', () =>
      request<ColumnPage>(`${apiPaths.columnCards(JOB.id, FROM)}?cursor=${cursor}`),
    )
    expect(p95).toBeLessThanOrEqual(50)
  }, 120_000)

  it('moves a card within 20 ms at p95', async () => {
    const board = await request<Board>(`${apiPaths.board(JOB.id)}?limit=200`)
    const cards = board.columns.find((column) => column.stageId === FROM)?.cards ?? []
    expect(cards.length).toBeGreaterThanOrEqual(WARM_UP + RUNS)
    const { p95 } = await measure('POST move', async (run) => {
      const card = cards[run]!
      const moved = await request<Application>(apiPaths.move(card.id), {
        toStageId: TO,
        position: 'start',
        expectedVersion: card.version,
      })
      expect(moved.stageId).toBe(TO)
    })
    expect(p95).toBeLessThanOrEqual(20)
  }, 120_000)
})
