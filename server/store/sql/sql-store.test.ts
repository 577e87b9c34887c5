import { createServer, connect, type Server, type Socket } from 'node:net'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import { rankBetween } from '@contract/rules/rank.ts'
import type { DemoData } from '../../seed/demo-data.ts'
import { generateDemoData } from '../../seed/generator.ts'
import { mentionNotifications } from '../../services/notes.ts'
import { createMemoryStore } from '../memory-store.ts'
import {
  StoreUnavailableError,
  type NewChangeEvent,
  type StoreReader,
  type StoreWriter,
} from '../store.ts'
import { migrate, MIGRATIONS } from './migrate.ts'
import { createPgClient } from './pg-client.ts'
import { createTestDatabase } from './test-databases.ts'
import { createPgliteClient } from './pglite-client.ts'
import type { SqlClient } from './sql-client.ts'
import { createSqlStore, type SqlStore } from './sql-store.ts'

const NOW = new Date('2026-11-01T12:00:00.000Z')
/** Enough cards that a stage's ranks run past 'aZ' into 'aa' (where locales and "C" differ). */
const DATA = generateDemoData({ now: NOW, applications: 240 })
const HASHES = new Map([['user-admin', 'c2FsdA:aGFzaA']])
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']
const DATABASE_URL = process.env.TEST_DATABASE_URL

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const byName = <T extends { name: string; id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
const sorted = <T>(rows: T[], key: (row: T) => string) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

function find<T>(rows: readonly T[], test: (row: T) => boolean): T {
  const row = rows.find(test)
  if (!row) throw new Error('No such row in the test data')
  return row
}

/** A test database: PGlite in memory, or a fresh database on the test PostgreSQL server. */
type Backend = { name: string; open: () => Promise<{ client: SqlClient; url?: string }> }

/** Databases this file created on the server, dropped at the end. */
const created: Awaited<ReturnType<typeof createTestDatabase>>[] = []

async function createDatabase(url: string) {
  const database = await createTestDatabase(url, 'hirelane_store')
  created.push(database)
  return database.url
}

afterAll(async () => {
  for (const database of created.splice(0)) await database.drop()
})

const backends: Backend[] = [
  { name: 'PGlite', open: async () => ({ client: await createPgliteClient() }) },
]
if (DATABASE_URL) {
  backends.push({
    name: 'PostgreSQL',
    open: async () => {
      const url = await createDatabase(DATABASE_URL)
      return { client: createPgClient(url), url }
    },
  })
}

/** Every reader, over every row of the data, gives what the memory store gives. */
async function expectSameReads(actual: StoreReader, expected: StoreReader) {
  const jobs = await expected.listJobs()
  expect(await actual.listJobs()).toEqual(jobs)
  expect(await actual.getJob('no-such-job')).toBeUndefined()
  for (const job of jobs) {
    expect(await actual.getJob(job.id)).toEqual(job)
    const key = (count: { stageId: string; status: string }) => `${count.stageId} ${count.status}`
    expect(sorted(await actual.countApplications(job.id), key)).toEqual(
      sorted(await expected.countApplications(job.id), key),
    )
    for (const statuses of [ALL, ['active', 'hired'], ['rejected']] as const) {
      expect(await actual.listApplications(job.id, statuses)).toEqual(
        await expected.listApplications(job.id, statuses),
      )
    }
    const rows = await expected.listApplications(job.id, ALL)
    for (const { application, candidate } of rows) {
      expect(await actual.getApplication(application.id)).toEqual(application)
      expect(await actual.getCandidate(candidate.id)).toEqual(candidate)
      expect(await actual.findApplicationByEmail(job.id, candidate.email ?? '')).toEqual(
        await expected.findApplicationByEmail(job.id, candidate.email ?? ''),
      )
      expect(await actual.listCandidateApplications(candidate.id)).toEqual(
        await expected.listCandidateApplications(candidate.id),
      )
      expect(await actual.listHistory(application.id)).toEqual(
        await expected.listHistory(application.id),
      )
      expect(await actual.listInterviewers(application.id)).toEqual(
        byName(await expected.listInterviewers(application.id)),
      )
      expect(await actual.listAssignments(application.id)).toEqual(
        await expected.listAssignments(application.id),
      )
      expect(await actual.listScorecards(application.id)).toEqual(
        await expected.listScorecards(application.id),
      )
      expect(await actual.listDecisions(application.id)).toEqual(
        await expected.listDecisions(application.id),
      )
      expect(await actual.listNotes(application.id)).toEqual(
        await expected.listNotes(application.id),
      )
    }
    expect(await actual.getPlan(job.id)).toEqual(await expected.getPlan(job.id))
    // A board page's review facts in one read, in the order asked, for ids with any.
    const ids = [...rows.map((row) => row.application.id), 'no-such-application']
    expect(await actual.listReviewFacts(ids)).toEqual(await expected.listReviewFacts(ids))
    for (const stage of job.stages) {
      const inStage = rows.map((row) => row.application).filter((a) => a.stageId === stage.id)
      // From either end, with nothing or the first card left out; then from each card.
      const cases: Parameters<StoreReader['adjacentRank']>[] = []
      for (const direction of ['after', 'before'] as const) {
        cases.push([stage.id, null, direction, 'none'])
        if (inStage[0]) cases.push([stage.id, null, direction, inStage[0].id])
        inStage.forEach((card, index) => {
          cases.push([stage.id, card, direction, card.id])
          const neighbour = inStage[index + (direction === 'after' ? 1 : -1)]
          if (neighbour) cases.push([stage.id, card, direction, neighbour.id])
        })
      }
      for (const args of cases) {
        expect(await actual.adjacentRank(...args)).toBe(await expected.adjacentRank(...args))
      }
    }
  }
  const users = await expected.listUsers()
  expect(await actual.listUsers()).toEqual(byName(users))
  for (const user of users) {
    expect(await actual.getUser(user.id)).toEqual(user)
    expect(await actual.listJobRoles(user.id)).toEqual(await expected.listJobRoles(user.id))
    const owed = await expected.listOwedReviews(user.id, 1_000)
    expect(await actual.listOwedReviews(user.id, 1_000)).toEqual(owed)
    // The count agrees with the list, on both stores.
    expect(await expected.countOwedReviews(user.id)).toBe(owed.length)
    expect(await actual.countOwedReviews(user.id)).toBe(owed.length)
    for (const limit of [1, 100]) {
      expect(await actual.listNotifications(user.id, limit)).toEqual(
        await expected.listNotifications(user.id, limit),
      )
    }
    for (const jobId of [undefined, ...jobs.map((job) => job.id)]) {
      expect((await actual.listAssignedApplicationIds(user.id, jobId)).sort()).toEqual(
        (await expected.listAssignedApplicationIds(user.id, jobId)).sort(),
      )
    }
  }
}

function newCandidate(id: string, email: string): Candidate {
  return {
    ...find(DATA.candidates, () => true),
    id,
    email,
    name: 'Ada Quinn',
    skills: ['go', 'postgresql'],
    tags: [],
    backendYears: 7.5,
    goYears: 3,
    version: 1,
    createdAt: at(1),
    updatedAt: at(1),
  }
}

function newApplication(id: string, candidateId: string, stageId: string, rank: string) {
  const template = find(DATA.applications, (a) => a.stageId === stageId)
  return {
    ...template,
    id,
    candidateId,
    rank,
    status: 'active',
    rejection: null,
    version: 1,
    appliedAt: at(1).slice(0, 10),
    stageEnteredAt: at(1),
    createdAt: at(1),
    updatedAt: at(1),
  } satisfies Application
}

const eventFor = (application: Pick<Application, 'id' | 'jobId' | 'stageId'>): NewChangeEvent => ({
  kind: 'application.changed',
  jobId: application.jobId,
  applicationId: application.id,
  stageIds: [application.stageId],
  actor: { id: 'user-recruiter', name: 'Maya Okonjo' },
  origin: 'tab-1',
  at: at(2),
})

/** The service's move: read, check the version, pick a rank at the end, write, record. */
async function moveToEnd(tx: StoreWriter, id: string, stageId: string, historyId: string) {
  const current = await tx.getApplication(id)
  if (!current) throw new Error('gone')
  const rank = rankBetween(await tx.adjacentRank(stageId, null, 'before', id), null)
  const moved = { ...current, stageId, rank, version: current.version + 1, updatedAt: at(3) }
  await tx.updateApplication(moved)
  const entry: StageHistoryEntry = {
    id: historyId,
    applicationId: id,
    kind: 'moved',
    fromStageId: current.stageId,
    toStageId: stageId,
    actor: { id: 'user-recruiter', name: 'Maya Okonjo' },
    at: at(3),
  }
  await tx.insertHistory(entry)
  await tx.appendEvent(eventFor(moved))
  return moved
}

describe.each(backends)('SQL store on $name', (backend) => {
  let client: SqlClient
  let store: SqlStore
  let emptyBeforeSeed: boolean

  beforeAll(async () => {
    ;({ client } = await backend.open())
    await migrate(client)
    store = createSqlStore(client)
    emptyBeforeSeed = await store.isEmpty()
    await store.seed(DATA, HASHES)
  }, 60_000)

  afterAll(() => store?.close())

  beforeEach(async () => {
    await store.replaceAll(DATA)
  })

  const job = find(DATA.jobs, (j) => j.stages.length > 3)
  const active = DATA.applications.filter((a) => a.jobId === job.id && a.status === 'active')
  const target = find(active, (a) => a.stageId === job.stages[0]?.id)
  const lastStage = job.stages.at(-2)?.id ?? ''

  it('migrates once and reports a new database as empty until seeded', async () => {
    expect(emptyBeforeSeed).toBe(true)
    expect(await store.isEmpty()).toBe(false)
    // A second instance starting on the same database finds it seeded and leaves it.
    expect(await store.seed(DATA, HASHES)).toBe(false)
    expect(await migrate(client)).toEqual([])
    expect(await client.query('SELECT name FROM schema_migrations ORDER BY name')).toEqual(
      MIGRATIONS.map(([name]) => ({ name })),
    )
  })

  it('reads back the seed exactly as the memory store does', async () => {
    // The fields that trip drivers up are in the data: half years, dates, every status.
    expect(DATA.candidates.some((c) => !Number.isInteger(c.backendYears))).toBe(true)
    expect(new Set(DATA.applications.map((a) => a.status)).size).toBe(4)
    expect(DATA.applications.some((a) => a.rejection?.note === null)).toBe(true)
    await expectSameReads(store, createMemoryStore(DATA))
    expect(await store.getApplication('no-such-application')).toBeUndefined()
    expect(await store.getCandidate('no-such-candidate')).toBeUndefined()
    expect(await store.getUser('no-such-user')).toBeUndefined()
  }, 60_000)

  it('reads the same as the memory store after the same writes', async () => {
    const memory = createMemoryStore(DATA)
    const firstStage = job.stages[0]?.id ?? ''
    const other = find(active, (a) => a.id !== target.id)
    const otherCandidate = find(DATA.candidates, (c) => c.id === other.candidateId)
    const removed: string[][] = []
    const writes = async (tx: StoreWriter) => {
      await moveToEnd(tx, target.id, lastStage, 'hist-move')
      // A new card at the start of the first stage.
      const rank = rankBetween(null, await tx.adjacentRank(firstStage, null, 'after', 'app-new'))
      await tx.insertCandidate(newCandidate('cand-new', 'ada@example.com'))
      await tx.insertApplication(newApplication('app-new', 'cand-new', firstStage, rank))
      await tx.updateCandidate({ ...otherCandidate, email: 'renamed@example.com', version: 2 })
      await tx.setInterviewers(
        other.id,
        other.stageId,
        ['user-interviewer-2', 'user-admin', 'user-admin', 'user-interviewer'],
        '2025-06-01T00:00:00.000Z',
      )
      // Each store says whom it took off, in the same order; then nobody. user-admin stays,
      // assigned since the first call.
      for (let call = 0; call < 2; call++) {
        removed.push(
          await tx.setInterviewers(other.id, other.stageId, ['user-admin'], '2025-06-01T01:00Z'),
        )
      }
      // Two notes at one instant (they keep the order written), their notifications, and
      // some notifications marked read: given ones of one user, all of another's.
      const note = {
        id: 'note-new',
        applicationId: target.id,
        author: { id: 'user-admin', name: 'Ingrid Halvorsen' },
        body: '@maya.okonjo and @tomas.ferreira, see this',
        mentions: [
          { id: 'user-recruiter', name: 'Maya Okonjo' },
          { id: 'user-hiring-manager', name: 'Tomás Ferreira' },
        ],
        createdAt: '2025-06-01T00:00:00.000Z',
      }
      const tie = { ...note, id: 'note-tie', body: 'Again' }
      await tx.insertNote(note)
      await tx.insertNote(tie)
      let ntf = 0
      const newId = () => `ntf-new-${(ntf += 1)}`
      await tx.insertNotifications([
        ...mentionNotifications(note, target, 'Someone', newId),
        ...mentionNotifications(tie, target, 'Someone', newId),
      ])
      const read = '2025-06-02T00:00:00.000Z'
      await tx.markNotificationsRead('user-recruiter', ['ntf-new-1', 'no-such-ntf'], read)
      await tx.markNotificationsRead('user-hiring-manager', null, read)
    }
    await memory.transaction(writes)
    await store.transaction(writes)
    const taken = [['user-interviewer', 'user-interviewer-2'], []]
    expect(removed).toEqual([...taken, ...taken])
    expect(await store.findApplicationByEmail(job.id, 'renamed@example.com')).toMatchObject({
      id: other.id,
    })
    await expectSameReads(store, memory)
  }, 60_000)

  it('orders ranks by code unit and ties by id', async () => {
    const memory = createMemoryStore(DATA)
    const cards = active.filter((a) => a.stageId === target.stageId).slice(0, 5)
    // By code unit: '0' < 'Z' < '_' < 'a'; a locale would put 'aa' before 'aZ'. The q0 prefix
    // sets them apart from the seed's ranks.
    const ranks = ['q0aa', 'q0aZ', 'q0a0', 'q0aZ', 'q0a_']
    const writes = async (tx: StoreWriter) => {
      for (const [index, card] of cards.entries()) {
        await tx.updateApplication({ ...card, rank: ranks[index] ?? 'q1' })
      }
    }
    await memory.transaction(writes)
    await store.transaction(writes)
    const order = (rows: { application: Application }[]) =>
      rows.map((row) => row.application.rank).filter((rank) => rank.startsWith('q0'))
    expect(order(await store.listApplications(job.id, ALL))).toEqual([
      'q0a0',
      'q0aZ',
      'q0aZ',
      'q0a_',
      'q0aa',
    ])
    await expectSameReads(store, memory)
  }, 60_000)

  it('leaves nothing behind when a transaction throws', async () => {
    const before = await store.latestEventId()
    const listener = vi.fn()
    const unsubscribe = store.onEvents(listener)
    await expect(
      store.transaction(async (tx) => {
        await tx.insertCandidate(newCandidate('cand-new', 'ada@example.com'))
        await tx.insertApplication(newApplication('app-new', 'cand-new', target.stageId, 'zz'))
        await moveToEnd(tx, target.id, lastStage, 'hist-move')
        await tx.setInterviewers(target.id, target.stageId, ['user-interviewer'], target.updatedAt)
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    await sleep(50)
    unsubscribe()
    expect(listener).not.toHaveBeenCalled()
    expect(await store.latestEventId()).toBe(before)
    expect(await store.getApplication('app-new')).toBeUndefined()
    expect(await store.getCandidate('cand-new')).toBeUndefined()
    expect(await store.getApplication(target.id)).toEqual(target)
    expect(await store.listHistory(target.id)).toEqual(
      await createMemoryStore(DATA).listHistory(target.id),
    )
    expect(await store.listInterviewers(target.id)).toEqual([])
  })

  it('sees its own writes inside a transaction', async () => {
    await store.transaction(async (tx) => {
      const moved = await moveToEnd(tx, target.id, lastStage, 'hist-move')
      expect(await tx.getApplication(target.id)).toEqual(moved)
      expect((await tx.listHistory(target.id)).at(-1)).toMatchObject({ id: 'hist-move' })
      expect((await tx.listApplications(job.id, ['active'])).at(-1)?.application).toEqual(moved)
      await tx.insertCandidate(newCandidate('cand-new', 'ada@example.com'))
      await tx.insertApplication(newApplication('app-new', 'cand-new', target.stageId, 'zz'))
      expect(await tx.findApplicationByEmail(job.id, 'ada@example.com')).toMatchObject({
        id: 'app-new',
      })
      await tx.setInterviewers(
        'app-new',
        target.stageId,
        ['user-interviewer', 'user-admin'],
        target.updatedAt,
      )
      expect(await tx.listInterviewers('app-new')).toEqual([
        { id: 'user-admin', name: 'Ingrid Halvorsen' },
        { id: 'user-interviewer', name: 'Priya Raman' },
      ])
      expect(await tx.listAssignedApplicationIds('user-interviewer', job.id)).toContain('app-new')
    })
    expect((await store.getApplication(target.id))?.version).toBe(target.version + 1)
  })

  it('lets exactly one of two concurrent writers based on one version win', async () => {
    class Stale extends Error {}
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let firstRead = () => {}
    const read = new Promise<void>((resolve) => (firstRead = resolve))
    // As the service does: read, check the version it was based on, then write.
    const move = (stageId: string, wait: Promise<void>, onRead = () => {}) =>
      store.transaction(async (tx) => {
        const current = await tx.getApplication(target.id)
        onRead()
        if (current?.version !== target.version) throw new Stale()
        await wait
        await tx.updateApplication({ ...current, stageId, version: current.version + 1 })
        await tx.appendEvent(eventFor(current))
      })
    const first = move(lastStage, gate, firstRead)
    await read
    const second = move(job.stages[1]?.id ?? '', Promise.resolve())
    // Let the second read while the first holds its row (it must wait, or see the old version).
    await sleep(150)
    release()
    const results = await Promise.allSettled([first, second])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected'])
    expect(results[1]).toMatchObject({ reason: expect.any(Stale) })
    expect(await store.getApplication(target.id)).toMatchObject({
      stageId: lastStage,
      version: target.version + 1,
    })
  })

  it('numbers events in order and announces them after commit only', async () => {
    const before = await store.latestEventId()
    const listener = vi.fn()
    const unsubscribe = store.onEvents(listener)
    // Told to one more user than may see it; the second to no one else.
    const first = { ...eventFor(target), alsoTo: ['user-interviewer'] }
    const second: NewChangeEvent = {
      ...eventFor(target),
      kind: 'data.reset',
      jobId: null,
      stageIds: [],
      actor: null,
    }
    await store.transaction(async (tx) => {
      await tx.appendEvent(first)
      await tx.appendEvent({ ...second, applicationId: null, origin: null })
      expect(listener).not.toHaveBeenCalled()
    })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(await store.latestEventId()).toBe(before + 2)
    expect(await store.listEventsAfter(before, 10)).toEqual([
      { ...first, id: before + 1 },
      { ...second, applicationId: null, origin: null, alsoTo: [], id: before + 2 },
    ])
    expect(await store.listEventsAfter(before, 1)).toHaveLength(1)
    expect(await store.listEventsAfter(before + 2, 10)).toEqual([])

    // A rollback announces nothing and shows no id; later events still come after.
    await expect(
      store.transaction(async (tx) => {
        await tx.appendEvent(first)
        throw new Error('no')
      }),
    ).rejects.toThrow('no')
    // Nor does a transaction without events.
    await store.transaction((tx) =>
      tx.setInterviewers(target.id, target.stageId, [], target.updatedAt),
    )
    await sleep(50)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(await store.latestEventId()).toBe(before + 2)
    await store.transaction((tx) => tx.appendEvent(first))
    const [last] = await store.listEventsAfter(before + 2, 10)
    expect(last?.id).toBeGreaterThan(before + 2)
    expect(listener).toHaveBeenCalledTimes(2)

    unsubscribe()
    await store.transaction((tx) => tx.appendEvent(first))
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('keeps the job and email of an application unique', async () => {
    const candidate = find(DATA.candidates, (c) => c.id === target.candidateId)
    await expect(
      store.transaction(async (tx) => {
        await tx.insertCandidate({ ...candidate, id: 'cand-twin' })
        await tx.insertApplication(newApplication('app-twin', 'cand-twin', target.stageId, 'zz'))
      }),
    ).rejects.toMatchObject({ code: '23505' })
    const other = find(active, (a) => a.id !== target.id)
    const otherCandidate = find(DATA.candidates, (c) => c.id === other.candidateId)
    await expect(
      store.transaction((tx) => tx.updateCandidate({ ...otherCandidate, email: candidate.email })),
    ).rejects.toMatchObject({ code: '23505' })
    expect(await store.findApplicationByEmail(job.id, candidate.email ?? '')).toEqual(target)
  })

  it('forgets sessions when they expire or are deleted', async () => {
    const session = {
      tokenHash: 'token-hash-1',
      userId: 'user-admin',
      createdAt: at(0),
      expiresAt: at(60),
    }
    await store.createSession(session)
    expect(await store.getSession(session.tokenHash, at(59))).toEqual(session)
    expect(await store.getSession(session.tokenHash, at(60))).toBeUndefined()
    expect(await store.getSession('another-hash', at(0))).toBeUndefined()
    await store.deleteSession(session.tokenHash)
    expect(await store.getSession(session.tokenHash, at(0))).toBeUndefined()
  })

  it('counts sign-in attempts per key within the window, as the memory store does', async () => {
    const memory = createMemoryStore(DATA)
    const calls: [string, string, string][] = [
      ['ip:1', at(0), at(-15)],
      ['ip:1', at(1), at(-14)],
      ['ip:2', at(1), at(-14)],
      ['ip:1', at(2), at(-13)],
      ['ip:1', at(20), at(5)],
      ['ip:1', at(21), at(6)],
      // Older than the window itself: still counted, as the memory store does.
      ['ip:1', at(0), at(30)],
    ]
    for (const [key, time, since] of calls) {
      expect(await store.countSignInAttempt(key, time, since)).toBe(
        await memory.countSignInAttempt(key, time, since),
      )
    }
    // At once: each sees the ones before it.
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => store.countSignInAttempt('burst', at(0), at(-15))),
    )
    expect(burst.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('keeps users’ password hashes and sessions when the data is replaced', async () => {
    const admin = find(DATA.users, (u) => u.id === 'user-admin')
    expect(await store.getCredentials(admin.email)).toEqual({
      ...admin,
      passwordHash: 'c2FsdA:aGFzaA',
    })
    expect(await store.getCredentials('nobody@example.com')).toBeUndefined()
    const session = { tokenHash: 'kept', userId: admin.id, createdAt: at(0), expiresAt: at(60) }
    await store.createSession(session)

    const next: DemoData = generateDemoData({ now: NOW, seed: 7, applications: 30 })
    next.users = next.users.map((u) => (u.id === admin.id ? { ...u, name: 'Ingrid H.' } : u))
    await store.replaceAll(next)
    expect(await store.getCredentials(admin.email)).toEqual({
      ...admin,
      name: 'Ingrid H.',
      passwordHash: 'c2FsdA:aGFzaA',
    })
    expect(await store.getSession('kept', at(1))).toEqual(session)
    const gone = find(DATA.applications, (a) => !next.applications.some((n) => n.id === a.id))
    expect(await store.getApplication(gone.id)).toBeUndefined()
    await expectSameReads(store, createMemoryStore(next))
  }, 60_000)

  it('answers ping', async () => {
    expect(await store.ping()).toBe(true)
  })

  it.runIf(backend.name === 'PGlite')(
    'fails, rather than hangs, on a store query inside its own transaction',
    async () => {
      await expect(store.transaction(() => store.getUser('user-admin'))).rejects.toThrow(
        /transaction/,
      )
      expect(await store.getUser('user-admin')).toMatchObject({ id: 'user-admin' })
    },
  )
})

/** A TCP relay to the server that can be shut (a database gone) and opened again. */
async function openRelay(target: URL, port = 0) {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    const upstream = connect(Number(target.port), target.hostname)
    for (const end of [socket, upstream]) {
      sockets.add(end)
      end.on('error', () => undefined)
      end.on('close', () => {
        socket.destroy()
        upstream.destroy()
      })
    }
    socket.pipe(upstream).pipe(socket)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('No relay address')
  return {
    port: address.port,
    shut: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

describe.skipIf(!DATABASE_URL)('SQL store on PostgreSQL, across connections', () => {
  let url: string
  let store: SqlStore
  let admin: pg.Client

  beforeAll(async () => {
    url = await createDatabase(DATABASE_URL ?? '')
    const client = createPgClient(url)
    await migrate(client)
    store = createSqlStore(client)
    await store.seed(DATA, HASHES)
    admin = new pg.Client(url)
    await admin.connect()
  }, 60_000)

  afterAll(async () => {
    await admin?.end()
    await store?.close()
  })

  const application = find(DATA.applications, (a) => a.status === 'active')

  /** Commits events until `listener`, another instance's, hears one (its LISTEN is up). */
  const untilHeard = (listener: Mock) =>
    vi.waitFor(
      async () => {
        await store.transaction((tx) => tx.appendEvent(eventFor(application)))
        await sleep(20)
        expect(listener).toHaveBeenCalled()
      },
      { timeout: 5_000, interval: 50 },
    )

  it('applies migrations once when instances start together', async () => {
    const fresh = await createDatabase(DATABASE_URL ?? '')
    const clients = [createPgClient(fresh), createPgClient(fresh), createPgClient(fresh)]
    const applied = await Promise.all(clients.map((client) => migrate(client)))
    // Each exactly once, by whichever instance got to it first (they may share the work).
    expect(applied.flat().sort()).toEqual(MIGRATIONS.map(([name]) => name))
    await Promise.all(clients.map((client) => client.close()))
  })

  it('hides a transaction’s writes from other connections until it commits', async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let wrote = () => {}
    const written = new Promise<void>((resolve) => (wrote = resolve))
    const pending = store.transaction(async (tx) => {
      await tx.updateApplication({ ...application, version: application.version + 1 })
      wrote()
      await gate
    })
    await written
    expect(await store.getApplication(application.id)).toEqual(application)
    release()
    await pending
    expect((await store.getApplication(application.id))?.version).toBe(application.version + 1)
    await store.transaction((tx) => tx.updateApplication(application))
  })

  it('tells other instances of committed events', async () => {
    const other = createSqlStore(createPgClient(url))
    const listener = vi.fn()
    other.onEvents(listener)
    await untilHeard(listener)
    await other.close()
  })

  it('makes event ids visible in increasing order to a reader polling meanwhile', async () => {
    const start = await store.latestEventId()
    const seen: number[] = []
    let writing = true
    const poll = (async () => {
      let cursor = start
      for (;;) {
        const last = !writing
        const events = await store.listEventsAfter(cursor, 1_000)
        for (const event of events) seen.push((cursor = event.id))
        if (last && events.length === 0) return
      }
    })()
    // Writers hold their transaction open a while after numbering their event.
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        store.transaction(async (tx) => {
          await tx.appendEvent(eventFor(application))
          await sleep((index * 7) % 11)
        }),
      ),
    )
    writing = false
    await poll
    const all = (await store.listEventsAfter(start, 1_000)).map((event) => event.id)
    expect(all).toHaveLength(30)
    expect(seen).toEqual(all)
  })

  it('answers 503 while the database is unreachable and recovers when it returns', async () => {
    const relay = await openRelay(new URL(url))
    const relayed = new URL(url)
    relayed.port = String(relay.port)
    const cut = createSqlStore(createPgClient(relayed.toString()))
    const listener = vi.fn()
    cut.onEvents(listener)
    await untilHeard(listener)
    expect(await cut.listUsers()).toHaveLength(DATA.users.length)
    listener.mockClear()

    await relay.shut()
    await expect(cut.listUsers()).rejects.toBeInstanceOf(StoreUnavailableError)
    await expect(cut.transaction((tx) => tx.getApplication(application.id))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    )
    expect(await cut.ping()).toBe(false)

    const back = await openRelay(new URL(url), relay.port)
    expect(await cut.listUsers()).toHaveLength(DATA.users.length)
    expect(await cut.ping()).toBe(true)
    // The listener reconnects and wakes its streams, since notifications may have been missed.
    await vi.waitFor(() => expect(listener).toHaveBeenCalled(), { timeout: 5_000 })
    listener.mockClear()
    await untilHeard(listener)
    await cut.close()
    await back.shut()
  })

  it('answers 503 when the server ends a connection mid-transaction, then carries on', async () => {
    const client = createPgClient(url)
    await expect(
      client.transaction(async (q) => {
        const [row] = await q.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
        await admin.query('SELECT pg_terminate_backend($1)', [row?.pid])
        await q.query('SELECT 1')
      }),
    ).rejects.toBeInstanceOf(StoreUnavailableError)
    expect(await client.query('SELECT 1 AS one')).toEqual([{ one: 1 }])
    await client.close()
  })
})
