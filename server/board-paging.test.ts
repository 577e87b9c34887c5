import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { Application } from '@contract/applications.ts'
import { CSRF_HEADER } from '@contract/auth.ts'
import { Board, ColumnPage, PAGE_SIZE, type BoardCard } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { Problem } from '@contract/problem.ts'
import { createApp, type ApiApp } from './app.ts'
import { generateDemoData } from './seed/generator.ts'
import { PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './seed/jobs.ts'
import { createMemoryStore } from './store/memory-store.ts'
import { foldForSearch } from '@contract/rules/search-fold.ts'
import { migrate } from './store/sql/migrate.ts'
import { createSqlStore } from './store/sql/sql-store.ts'
import { testDatabases } from './store/sql/test-databases.ts'
import type { Store } from './store/store.ts'

// GET /board pages each column and GET /stages/:stageId/cards continues one, over the memory
// store, PGlite and (with TEST_DATABASE_URL) PostgreSQL. Expectations come from the store's
// whole-job read, filtered here by what the API promises.

const NOW = new Date('2026-11-01T12:00:00Z')
/** 1,000 applications: the applied column holds 315 of them with closed=show. */
const DATA = generateDemoData({ now: NOW, applications: 1_000 })
const JOB = SENIOR_GO_ENGINEER
const APPLIED = 'sge-applied'
const TECHNICAL = 'sge-go-technical'
const OPEN: ApplicationStatus[] = ['active', 'hired']
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']

type Reply<T> = { status: number; body: T }
type Params = Record<string, string | number | undefined>
type Problem422 = Problem & { errors?: Record<string, string[]> }
type Expected = { statuses: ApplicationStatus[]; q?: string; assignedTo?: string }

const { databases, dropAll } = testDatabases('hirelane_board_paging')
afterAll(dropAll)

const backends: { name: string; open: () => Promise<Store> }[] = [
  { name: 'memory', open: async () => createMemoryStore(structuredClone(DATA)) },
  ...databases.map((database) => ({
    name: database.name,
    open: async () => {
      const client = await database.open()
      await migrate(client)
      const store = createSqlStore(client)
      await store.seed(DATA, new Map())
      return store
    },
  })),
]

/**
 * What the API promises a search matches: name, title, company or a skill, whatever the case
 * and accents (as the memory store folds them; the SQL store must agree).
 */
function matches(candidate: Candidate, q: string) {
  const fields = [candidate.name, candidate.currentTitle, candidate.currentCompany]
  return [...fields, ...candidate.skills].some((field) =>
    foldForSearch(field ?? '').includes(foldForSearch(q)),
  )
}

describe.each(backends)('board paging over the $name store', ({ open }) => {
  let store: Store
  let app: ApiApp
  let cookie = ''
  let next = 0

  beforeAll(async () => {
    store = await open()
    app = createApp({ store, demoSeed: () => DATA, now: () => NOW, newId: (p) => `${p}-${++next}` })
  }, 60_000)

  afterAll(() => store?.close())

  async function signInAs(userId: string) {
    const response = await app.request(apiPaths.demoSession(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ userId }),
    })
    expect(response.status).toBe(200)
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  }

  async function send<T>(path: string, init: RequestInit = {}): Promise<Reply<T>> {
    const headers = new Headers(init.headers)
    headers.set('cookie', cookie)
    headers.set(CSRF_HEADER, '1')
    const response = await app.request(path, { ...init, headers })
    return { status: response.status, body: (await response.json()) as T }
  }

  const query = (params: Params) => {
    const entries = Object.entries(params).filter(([, value]) => value !== undefined)
    const search = new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))
    return entries.length ? `?${search}` : ''
  }

  async function board(params: Params = {}) {
    const reply = await send<Board>(`${apiPaths.board(JOB.id)}${query(params)}`)
    expect(reply.status).toBe(200)
    expect(Board.safeParse(reply.body).success).toBe(true)
    return reply.body
  }

  async function columnPage(stageId: string, params: Params) {
    const reply = await send<ColumnPage>(`${apiPaths.columnCards(JOB.id, stageId)}${query(params)}`)
    expect(reply.status).toBe(200)
    expect(ColumnPage.safeParse(reply.body).success).toBe(true)
    return reply.body
  }

  /** The rest of a column after the board's first page, following each nextCursor. */
  async function rest(
    first: { cards: BoardCard[]; nextCursor: string | null },
    stageId: string,
    params: Params,
  ) {
    const cards = [...first.cards]
    for (let cursor = first.nextCursor; cursor;) {
      const page = await columnPage(stageId, { ...params, cursor })
      expect(page.stageId).toBe(stageId)
      expect(page.cards.length).toBeGreaterThan(0)
      if (params.limit !== undefined && page.nextCursor) {
        expect(page.cards).toHaveLength(Number(params.limit))
      }
      cards.push(...page.cards)
      cursor = page.nextCursor
    }
    return cards
  }

  /** The applications the API should show, per stage, in rank order. */
  async function expected({ statuses, q, assignedTo }: Expected) {
    const rows = await store.listApplications(JOB.id, statuses)
    const assigned =
      assignedTo && new Set(await store.listAssignedApplicationIds(assignedTo, JOB.id))
    const shown = rows.filter(
      ({ application, candidate }) =>
        (!assigned || assigned.has(application.id)) && (!q || matches(candidate, q)),
    )
    const inStage = (stageId: string) =>
      shown
        .filter(({ application }) => application.stageId === stageId)
        .map(({ application }) => application)
    return { inStage, ids: (stageId: string) => inStage(stageId).map((a) => a.id) }
  }

  function columnOf(current: Board, stageId: string) {
    const column = current.columns.find((candidate) => candidate.stageId === stageId)
    if (!column) throw new Error(`No column ${stageId}`)
    return column
  }

  function move(application: Pick<Application, 'id' | 'version'>, toStageId: string) {
    return send<Application>(apiPaths.move(application.id), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ toStageId, position: 'start', expectedVersion: application.version }),
    })
  }

  describe('as a recruiter', () => {
    beforeAll(() => signInAs('user-recruiter'))

    it('gives every column its count and its first page, with a cursor when more remain', async () => {
      const current = await board()
      const shown = await expected({ statuses: OPEN })
      expect(current.columns.map((column) => column.stageId)).toEqual(JOB.stages.map((s) => s.id))
      for (const column of current.columns) {
        const ids = shown.ids(column.stageId)
        expect(column.count).toBe(ids.length)
        expect(column.cards.map((card) => card.id)).toEqual(ids.slice(0, PAGE_SIZE.default))
        expect(column.nextCursor !== null).toBe(ids.length > PAGE_SIZE.default)
      }
      expect(columnOf(current, APPLIED).nextCursor).not.toBeNull()
      const all = await store.countApplications(JOB.id)
      for (const status of ALL) {
        const total = all.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0)
        expect(current.totals[status]).toBe(total)
      }
    })

    it('walks a 300-card column page by page in rank order, without gaps or repeats', async () => {
      const params = { closed: 'show', limit: 40 }
      const first = columnOf(await board(params), APPLIED)
      expect(first.cards).toHaveLength(40)
      const ids = (await expected({ statuses: ALL })).ids(APPLIED)
      expect(ids.length).toBeGreaterThanOrEqual(300)
      expect(first.count).toBe(ids.length)
      const cards = await rest(first, APPLIED, params)
      expect(cards.map((card) => card.id)).toEqual(ids)
      // Without a cursor, the column endpoint gives the first page again.
      expect(await columnPage(APPLIED, params)).toEqual({
        stageId: APPLIED,
        cards: first.cards,
        nextCursor: first.nextCursor,
      })
    })

    it('does not show a card twice when it moves to the top between pages', async () => {
      const params = { limit: 50 }
      const before = await expected({ statuses: OPEN })
      const ids = before.ids(APPLIED)
      const first = columnOf(await board(params), APPLIED)
      // An unseen card of this column and a card from the next one both land at the top.
      const jumper = before.inStage(APPLIED)[200]!
      const newcomer = before.inStage('sge-recruiter-screen')[0]!
      expect((await move(jumper, APPLIED)).status).toBe(200)
      expect((await move(newcomer, APPLIED)).status).toBe(200)
      const cards = await rest(first, APPLIED, params)
      expect(cards.map((card) => card.id)).toEqual(ids.filter((id) => id !== jumper.id))
      // A fresh board has both at the top, and counts the newcomer.
      const fresh = columnOf(await board(params), APPLIED)
      expect(fresh.cards.slice(0, 2).map((card) => card.id)).toEqual([newcomer.id, jumper.id])
      expect(fresh.count).toBe(ids.length + 1)
    })

    it('searches name, title, company and skills, in any case, counting only matches', async () => {
      const person = DATA.candidates.find((c) => c.currentCompany && c.currentTitle)!
      const searches = [
        person.name.split(' ')[0]!.toUpperCase(),
        person.currentCompany!.toLowerCase(),
        'staff',
        'KAFKA',
        `  ${person.skills.at(-1)!}  `,
        'nobody has this',
      ]
      for (const q of searches) {
        const current = await board({ q, closed: 'show', limit: 30 })
        const shown = await expected({ statuses: ALL, q: q.trim() })
        for (const column of current.columns) {
          expect(column.count).toBe(shown.ids(column.stageId).length)
          expect(column.cards.map((card) => card.id)).toEqual(
            shown.ids(column.stageId).slice(0, 30),
          )
        }
        const cards = await rest(columnOf(current, APPLIED), APPLIED, {
          q,
          closed: 'show',
          limit: 30,
        })
        expect(cards.map((card) => card.id)).toEqual(shown.ids(APPLIED))
      }
      // The search narrows the columns, never the totals; a blank one is no search.
      expect((await board({ q: 'nobody has this' })).totals).toEqual((await board()).totals)
      expect(await board({ q: '   ' })).toEqual(await board())
    })

    it('finds names however their accents and case are typed', async () => {
      // As people type names on a keyboard without those letters: Łukasz, Yıldız, Pınar,
      // Müller, Öztürk, José, Kovač.
      for (const q of [
        'lukasz',
        'YILDIZ',
        'pinar',
        'muller',
        'MÜLLER',
        'ozturk',
        'jose',
        'kovac',
      ]) {
        const current = await board({ q, closed: 'show', limit: 200 })
        const shown = await expected({ statuses: ALL, q })
        let found = 0
        for (const column of current.columns) {
          expect(column.cards.map((card) => card.id)).toEqual(shown.ids(column.stageId))
          found += column.count
        }
        expect(found, q).toBeGreaterThan(0)
      }
    })

    it('answers 422 for a bad limit, search or cursor, and 404 for a column that is not there', async () => {
      const invalid = async (path: string, field: string) => {
        const reply = await send<Problem422>(path)
        expect(reply.status).toBe(422)
        expect(Object.keys(reply.body.errors ?? {})).toEqual([field])
      }
      const cards = apiPaths.columnCards(JOB.id, APPLIED)
      for (const path of [apiPaths.board(JOB.id), cards]) {
        for (const limit of ['0', '201', 'ten', '1.5', '', '1e2', '0x10'])
          await invalid(`${path}?limit=${limit}`, 'limit')
        await invalid(`${path}${query({ q: 'x'.repeat(101) })}`, 'q')
        await invalid(`${path}${query({ q: 'tab\tbed' })}`, 'q')
        const reply = await send<Problem422>(`${path}?closed=maybe`)
        expect(reply.body.errors).toEqual({ closed: ['Use show or hide'] })
      }
      const base64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '')
      for (const cursor of [
        '%%%',
        'bm90IGpzb24',
        base64({ rank: 'a0' }),
        base64(['', 'app-1']),
        base64(['a0', 'bad id']),
        // A rank the server never hands out (PostgreSQL refuses NUL in text).
        base64(['\u0000', 'app-1']),
        base64(['a 0', 'app-1']),
        'x'.repeat(1_001),
      ]) {
        await invalid(`${cards}${query({ cursor })}`, 'cursor')
      }
      expect((await columnPage(APPLIED, { limit: 200 })).cards).toHaveLength(200)
      // What does not exist is not found, whatever the cursor.
      for (const path of [
        apiPaths.columnCards('no-such-opening', APPLIED),
        apiPaths.columnCards(JOB.id, 'no-such-stage'),
      ]) {
        expect((await send<Problem>(`${path}?cursor=%25%25%25`)).status).toBe(404)
      }
    })

    it('answers 404 for a stage that is not the opening’s, or an unknown opening', async () => {
      const missing = [
        apiPaths.columnCards(JOB.id, 'no-such-stage'),
        apiPaths.columnCards(JOB.id, PRODUCT_DESIGNER.stages[0]!.id),
        apiPaths.columnCards('no-such-job', APPLIED),
        `/api/jobs/${JOB.id}/stages/bad%20id/cards`,
      ]
      for (const path of missing) expect((await send<Problem>(path)).status).toBe(404)
    })
  })

  describe('as an interviewer', () => {
    beforeAll(() => signInAs('user-interviewer'))

    it('pages only the applications they interview, and counts only those', async () => {
      const shown = await expected({ statuses: OPEN, assignedTo: 'user-interviewer' })
      const current = await board({ limit: 25 })
      for (const column of current.columns) {
        expect(column.count).toBe(shown.ids(column.stageId).length)
      }
      expect(columnOf(current, TECHNICAL).count).toBeGreaterThan(25)
      const cards = await rest(columnOf(current, TECHNICAL), TECHNICAL, { limit: 25 })
      expect(cards.map((card) => card.id)).toEqual(shown.ids(TECHNICAL))
      expect(columnOf(current, APPLIED)).toMatchObject({ count: 0, cards: [], nextCursor: null })
      const assigned = (await expected({ statuses: ALL, assignedTo: 'user-interviewer' })).inStage
      const mine = JOB.stages.flatMap((stage) => assigned(stage.id))
      expect(current.totals.active).toBe(mine.filter((a) => a.status === 'active').length)
    })

    it('finds no opening they do not interview for', async () => {
      const path = apiPaths.columnCards(PRODUCT_DESIGNER.id, PRODUCT_DESIGNER.stages[0]!.id)
      expect((await send<Problem>(path)).status).toBe(404)
    })
  })
})
