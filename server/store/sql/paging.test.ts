import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BoardCard } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import { generateDemoData } from '../../seed/generator.ts'
import { SENIOR_GO_ENGINEER } from '../../seed/jobs.ts'
import { createMemoryStore, type MemoryStore } from '../memory-store.ts'
import type {
  CardFilter,
  ColumnStart,
  RankKey,
  StageCount,
  StagePage,
  StoreReader,
  StoreWriter,
} from '../store.ts'
import { migrate } from './migrate.ts'
import { createSqlStore, type SqlStore } from './sql-store.ts'
import { testDatabases } from './test-databases.ts'

// The board's paged reads (listStageCards, countApplications with a filter) give the same
// answers on PGlite and PostgreSQL as on the memory store, page by page.

const NOW = new Date('2026-11-01T12:00:00Z')
const DATA = generateDemoData({ now: NOW, applications: 400 })
const JOB = SENIOR_GO_ENGINEER
const APPLIED = 'sge-applied'
const OPEN: ApplicationStatus[] = ['active', 'hired']
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']
const INTERVIEWER = 'user-interviewer'

const FILTERS: CardFilter[] = [
  {},
  { q: 'GO' },
  { q: 'Kafka' },
  { q: 'engineer' },
  { q: 'no such person' },
  // LIKE's wildcards and escape, taken literally: only the odd card has them.
  { q: '%' },
  { q: 'o_b' },
  { q: '\\' },
  { assignedTo: INTERVIEWER },
  { assignedTo: INTERVIEWER, q: 'postgres' },
  { assignedTo: 'user-recruiter' },
]

const { databases, dropAll } = testDatabases('hirelane_paging')
afterAll(dropAll)

/**
 * A card whose name and company hold %, _ and \, in the applied column with the same rank as
 * the third card there (ties sort by id).
 */
async function addOddCard(tx: StoreWriter) {
  const template = DATA.applications.find((a) => a.jobId === JOB.id && a.stageId === APPLIED)!
  const candidate = DATA.candidates.find((c) => c.id === template.candidateId)!
  const [, , third] = await readColumn(tx, APPLIED, null, page(ALL, 3))
  await tx.insertCandidate({
    ...candidate,
    id: 'cand-odd',
    email: 'odd@example.com',
    name: 'Zoë O_Brien \\ 100%',
    currentCompany: 'ACME_Corp',
    skills: ['C++', 'Go'],
  })
  await tx.insertApplication({
    ...template,
    id: 'app-odd',
    candidateId: 'cand-odd',
    rank: third!.rank,
    status: 'active',
    rejection: null,
  })
}

function page(statuses: ApplicationStatus[], limit: number, filter: CardFilter = {}): StagePage {
  return { ...filter, statuses, limit }
}

/** One column's page, after `after`. */
async function readColumn(
  reader: StoreReader,
  stageId: string,
  after: RankKey | null,
  stagePage: StagePage,
) {
  const [cards] = await reader.listStageCards(JOB.id, [{ stageId, after }], stagePage)
  return cards ?? []
}

/** Every card of a stage, `limit` at a time, each page after the last card of the one before. */
async function walk(
  reader: StoreReader,
  stageId: string,
  statuses: ApplicationStatus[],
  filter: CardFilter,
  limit: number,
) {
  const cards: BoardCard[] = []
  for (let after: RankKey | null = null; ;) {
    const next = await readColumn(reader, stageId, after, page(statuses, limit, filter))
    expect(next.length).toBeLessThanOrEqual(limit)
    cards.push(...next)
    if (next.length < limit) return cards
    after = next.at(-1)!
  }
}

const byStageAndStatus = (counts: StageCount[]) =>
  [...counts].sort((a, b) => (`${a.stageId} ${a.status}` < `${b.stageId} ${b.status}` ? -1 : 1))

describe.each(databases)('the board’s paged reads on $name', ({ open }) => {
  let store: SqlStore
  let memory: MemoryStore

  beforeAll(async () => {
    const client = await open()
    await migrate(client)
    store = createSqlStore(client)
    await store.seed(DATA, new Map())
    memory = createMemoryStore(DATA)
    await memory.transaction(addOddCard)
    await store.transaction(addOddCard)
  }, 60_000)

  afterAll(() => store?.close())

  it('counts each stage and status as the memory store does, under every filter', async () => {
    for (const filter of FILTERS) {
      const expected = byStageAndStatus(await memory.countApplications(JOB.id, filter))
      expect(byStageAndStatus(await store.countApplications(JOB.id, filter))).toEqual(expected)
    }
    // Sanity: the filters do filter.
    const total = (counts: StageCount[]) => counts.reduce((sum, count) => sum + count.count, 0)
    expect(total(await store.countApplications(JOB.id))).toBe(401)
    expect(total(await store.countApplications(JOB.id, { q: '%' }))).toBe(1)
    // Applications the interviewer interviews at any stage, each once.
    const interviewed = DATA.interviewers.filter((row) => row.userId === INTERVIEWER)
    expect(total(await store.countApplications(JOB.id, { assignedTo: INTERVIEWER }))).toBe(
      new Set(interviewed.map((row) => row.applicationId)).size,
    )
  })

  it('pages every column in rank order, as the memory store does', async () => {
    for (const filter of FILTERS) {
      const counts = await memory.countApplications(JOB.id, filter)
      for (const stage of JOB.stages) {
        for (const statuses of [OPEN, ALL]) {
          const cards = await walk(store, stage.id, statuses, filter, 7)
          // Page by page, the same as the memory store, and as one page holding everything.
          expect(cards).toEqual(await walk(memory, stage.id, statuses, filter, 7))
          const whole = page(statuses, 10_000, filter)
          expect(cards).toEqual(await readColumn(store, stage.id, null, whole))
          expect(cards).toEqual([...cards].sort(compareByRank))
          expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length)
          const counted = counts.filter(
            (c) => c.stageId === stage.id && statuses.includes(c.status),
          )
          expect(cards).toHaveLength(counted.reduce((sum, count) => sum + count.count, 0))
        }
      }
    }
  }, 60_000)

  it('reads several columns at once, each as alone, in the order asked', async () => {
    const [, second] = await readColumn(store, APPLIED, null, page(OPEN, 2))
    const columns: ColumnStart[] = [
      { stageId: 'sge-hired', after: null },
      { stageId: APPLIED, after: second! },
      { stageId: 'no-such-stage', after: null },
      { stageId: APPLIED, after: null },
    ]
    for (const filter of FILTERS) {
      const each = page(OPEN, 5, filter)
      const alone = await Promise.all(
        columns.map(({ stageId, after }) => readColumn(memory, stageId, after, each)),
      )
      expect(await store.listStageCards(JOB.id, columns, each)).toEqual(alone)
      expect(await memory.listStageCards(JOB.id, columns, each)).toEqual(alone)
    }
    expect(await store.listStageCards(JOB.id, [], page(OPEN, 5))).toEqual([])
  })

  it('keeps cards of equal rank apart by id, one card per page', async () => {
    const cards = await walk(store, APPLIED, ALL, {}, 1)
    expect(cards).toEqual(await walk(memory, APPLIED, ALL, {}, 1))
    const tied = cards.filter((card) => card.rank === cards.find((c) => c.id === 'app-odd')?.rank)
    expect(tied.map((card) => card.id)).toEqual([expect.stringMatching(/^app-\d/), 'app-odd'])
  }, 60_000)

  it('shows on a card only what the board needs, and the odd card as written', async () => {
    const [card] = await readColumn(store, APPLIED, null, page(ALL, 1, { q: '%' }))
    expect(card).toMatchObject({
      id: 'app-odd',
      name: 'Zoë O_Brien \\ 100%',
      skills: ['C++', 'Go'],
    })
    expect(Object.keys(card!).sort()).toEqual(
      [
        'id',
        'candidateId',
        'name',
        'currentTitle',
        'currentCompany',
        'backendYears',
        'goYears',
        'skills',
        'source',
        'stageId',
        'rank',
        'status',
        'rejection',
        'stageEnteredAt',
        'version',
        // Always null from the store: the board service fills it in for the viewer.
        'reviews',
      ].sort(),
    )
  })
})
