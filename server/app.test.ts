import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import { CLIENT_HEADER, CSRF_HEADER, SESSION_COOKIE, type Session } from '@contract/auth.ts'
import {
  Application,
  ApplicationDetail,
  ConflictProblemExtras,
  type CreateApplicationRequest,
} from '@contract/applications.ts'
import { Board, type BoardCard } from '@contract/board.ts'
import { Candidate } from '@contract/candidates.ts'
import type { Actor, User, UserRole } from '@contract/common.ts'
import { ChangeEvent } from '@contract/events.ts'
import { JobList } from '@contract/jobs.ts'
import { Problem, PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import { summarizeReviews } from '@contract/rules/reviews.ts'
import { createApp, MAX_BODY_BYTES, type ApiApp, type AppOptions } from './app.ts'
import { hashPassword, verifyPassword } from './auth/passwords.ts'
import type { DemoData } from './seed/demo-data.ts'
import { generateDemoData } from './seed/generator.ts'
import { PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './seed/jobs.ts'
import { DEMO_PASSWORD, DEMO_USERS } from './seed/users.ts'
import {
  SESSION_DAYS,
  SIGN_IN_LIMIT,
  SIGN_IN_WINDOW_MS,
  type PasswordVerifier,
} from './services/sessions.ts'
import { createMemoryStore } from './store/memory-store.ts'
import { StoreUnavailableError, type Store } from './store/store.ts'
import { BACKENDS, type TestStore } from './test/backends.ts'
import {
  DOCUMENTED,
  KNOWN_GAPS,
  OPENAPI,
  openApiMismatches,
  type DocumentedOperation,
} from './test/openapi-check.ts'
import { nextChange, readEvents, type EventReader } from './test/sse.ts'

/**
 * The API's contract over HTTP, run against every store the API can use: the memory store,
 * PGlite, and PostgreSQL when TEST_DATABASE_URL is set. Each store is opened once per run
 * and put back to the seed before each test. Every response is checked against the OpenAPI
 * document too (see `send`).
 */

const NOW = new Date('2026-11-01T12:00:00Z')
const AT = NOW.toISOString()
const SEED = generateDemoData({ now: NOW })
const [ADMIN, RECRUITER, MANAGER, INTERVIEWER] = DEMO_USERS as [User, User, User, User]
const GO = SENIOR_GO_ENGINEER
const DESIGN = PRODUCT_DESIGNER
/** Every demo user signs in with the demo password (one hash: scrypt is slow on purpose). */
const PASSWORD_HASHES = new Map(
  await hashPassword(DEMO_PASSWORD).then((hash) => DEMO_USERS.map((user) => [user.id, hash])),
)

/**
 * The real password check, remembered per password and hash: scrypt is slow on purpose, and
 * the rate limit's tests sign in dozens of times with the same few passwords.
 */
const checkedPasswords = new Map<string, Promise<boolean>>()
const checkPassword: PasswordVerifier = (password, stored) => {
  const key = JSON.stringify([password, stored])
  let checked = checkedPasswords.get(key)
  if (!checked) {
    checked = verifyPassword(password, stored)
    checkedPasswords.set(key, checked)
  }
  return checked
}

let testStore: TestStore
let store: Store
let app: ApiApp
/** The session cookie the requests carry, as a browser would. */
let cookie = ''
/** What the app's `now` answers; tests move it to let time pass. */
let clock = NOW
/** Every id the app's `newId` handed out since `makeApp`, in order. */
let issued: string[] = []
/** Event streams a test opened; each is cancelled after the test. */
let streams: EventReader[] = []

/** The app as the tests use it: the real password check, demo mode, the test clock and ids. */
const buildApp = (options: Partial<AppOptions> = {}) =>
  createApp({
    store,
    verifyPassword: checkPassword,
    demoSeed: () => structuredClone(SEED),
    now: () => clock,
    newId: (prefix) => {
      const id = `${prefix}-test-${issued.length + 1}`
      issued.push(id)
      return id
    },
    ...options,
  })

/** Built once per store (building one takes tens of milliseconds: its OpenAPI document). */
let defaultApp: ApiApp

/** Signs `currentUser` in to the app, the default one or one built with `options`. */
async function makeApp(currentUser: User = RECRUITER, options?: Partial<AppOptions>) {
  issued = []
  app = options ? buildApp(options) : defaultApp
  cookie = await signInAs(currentUser)
}

/** Signs `user` in through the demo's switcher and returns their session cookie. */
async function signInAs(user: User) {
  const reply = await send<Session>(apiPaths.demoSession(), json('POST', { userId: user.id }), {
    cookie: '',
  })
  expect(reply.status).toBe(200)
  expect(reply.body.user).toEqual(user)
  return sessionCookieOf(reply.headers)
}

/** The `name=value` a browser would send back for the session cookie set in `headers`. */
const sessionCookieOf = (headers: Headers) => (headers.get('set-cookie') ?? '').split(';')[0] ?? ''

// --- HTTP helpers -------------------------------------------------------------------------

type ProblemBody = Problem & Partial<ConflictProblemExtras>
type Reply<T> = { status: number; body: T; headers: Headers }
type SendOptions = {
  /** The cookie header to send; the signed-in user's by default, '' for none. */
  cookie?: string
  /** Whether to send the CSRF header (default: yes). */
  csrf?: boolean
}

/**
 * Sends a request as the signed-in user (unless told otherwise) and reads the whole answer.
 * Every answer to a documented operation must match the OpenAPI document: its status is one
 * the operation lists and its body matches that response's schema.
 */
async function send<T>(path: string, init: RequestInit, options: SendOptions = {}) {
  const headers = new Headers(init.headers)
  const as = options.cookie ?? cookie
  if (as) headers.set('cookie', as)
  if (options.csrf ?? true) headers.set(CSRF_HEADER, '1')
  const method = init.method ?? 'GET'
  const response = await app.request(path, { ...init, method, headers })
  const contentType = response.headers.get('content-type')
  // An event stream does not end by itself: it is read with openEvents, never here.
  const stream = /^text\/event-stream/.test(contentType ?? '')
  if (stream) await response.body?.cancel()
  const text = stream ? '' : await response.text()
  const body: unknown = !text ? null : /\bjson\b/.test(contentType ?? '') ? JSON.parse(text) : text
  const pathname = new URL(path, 'http://localhost').pathname
  const mismatches = openApiMismatches({
    method,
    pathname,
    status: response.status,
    contentType,
    body,
  })
  expect(mismatches, `${method} ${path} answered what its OpenAPI document does not say`).toEqual(
    [],
  )
  return { status: response.status, headers: response.headers, body: body as T } as Reply<T>
}

const json = (
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

const get = <T = ProblemBody>(path: string, options?: SendOptions) =>
  send<T>(path, { method: 'GET' }, options)
const post = <T = ProblemBody>(path: string, body: unknown, options?: SendOptions) =>
  send<T>(path, json('POST', body), options)
const put = <T = ProblemBody>(path: string, body: unknown, options?: SendOptions) =>
  send<T>(path, json('PUT', body), options)
const patch = <T = ProblemBody>(path: string, body: unknown, options?: SendOptions) =>
  send<T>(path, json('PATCH', body), options)

/** Asserts an RFC 9457 answer with `status`, and returns its body. */
function expectProblem(reply: Reply<unknown>, status: number) {
  expect(reply.status).toBe(status)
  expect(reply.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE)
  const parsed = Problem.safeParse(reply.body)
  expect(parsed.success).toBe(true)
  const problem = reply.body as ProblemBody
  expect(problem.status).toBe(status)
  expect(problem.type).toBe('about:blank')
  expect(problem.title).not.toBe('')
  return problem
}

/** Asserts a 422 whose `errors` has exactly the given field paths, and returns them. */
function expectInvalid(reply: Reply<unknown>, ...fields: string[]) {
  const errors = expectProblem(reply, 422).errors ?? {}
  expect(Object.keys(errors).sort()).toEqual([...fields].sort())
  for (const field of fields) expect(errors[field]?.length).toBeGreaterThan(0)
  return errors
}

// --- Data helpers -------------------------------------------------------------------------

async function board(jobId = GO.id, closed?: 'show' | 'hide', options?: SendOptions) {
  const query = closed ? `?closed=${closed}` : ''
  const reply = await get<Board>(`${apiPaths.board(jobId)}${query}`, options)
  expect(reply.status).toBe(200)
  return reply.body
}

function columnOf(current: Board, stageId: string) {
  const column = current.columns.find((candidate) => candidate.stageId === stageId)
  if (!column) throw new Error(`No column ${stageId}`)
  return column
}

/** Ids of the cards in a stage, top to bottom. */
async function idsIn(stageId: string, closed: 'show' | 'hide' = 'hide', jobId = GO.id) {
  return columnOf(await board(jobId, closed), stageId).cards.map((card) => card.id)
}

async function openCount(jobId = GO.id) {
  const current = await board(jobId)
  return current.columns.reduce((sum, column) => sum + column.count, 0)
}

const cardsOf = (current: Board) => current.columns.flatMap((column) => column.cards)

async function cardById(id: string, jobId = GO.id): Promise<BoardCard> {
  const card = cardsOf(await board(jobId, 'show')).find((c) => c.id === id)
  if (!card) throw new Error(`No card ${id}`)
  return card
}

async function detail(id: string, options?: SendOptions) {
  const reply = await get<ApplicationDetail>(apiPaths.application(id), options)
  expect(reply.status).toBe(200)
  return reply.body
}

const seedApplications = (jobId: string) =>
  SEED.applications.filter((application) => application.jobId === jobId)

/** The seeded applications of a stage with a status, in board order. */
function seeded(stageId: string, status: Application['status'] = 'active') {
  return SEED.applications
    .filter((application) => application.stageId === stageId && application.status === status)
    .sort(compareByRank)
}

function firstSeeded(stageId: string, status: Application['status'] = 'active') {
  const application = seeded(stageId, status)[0]
  if (!application) throw new Error(`The seed has no ${status} application in ${stageId}`)
  return application
}

function seededCandidate(candidateId: string) {
  const candidate = SEED.candidates.find((c) => c.id === candidateId)
  if (!candidate) throw new Error(`The seed has no candidate ${candidateId}`)
  return candidate
}

const move = (id: string, body: unknown) => post<Application>(apiPaths.move(id), body)

async function moveOk(id: string, body: Record<string, unknown>, options?: SendOptions) {
  const reply = await post<Application>(apiPaths.move(id), body, options)
  expect(reply.status).toBe(200)
  return reply.body
}

const reject = (id: string, body: Record<string, unknown>) =>
  post<Application>(apiPaths.reject(id), body)

const restore = (id: string, body: Record<string, unknown>) =>
  post<Application>(apiPaths.restore(id), body)

const newCandidate = (
  overrides: Partial<CreateApplicationRequest['candidate']> = {},
): CreateApplicationRequest['candidate'] => ({
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  backendYears: 6,
  goYears: 3.5,
  ...overrides,
})

const createRequest = (
  overrides: Partial<CreateApplicationRequest> = {},
  candidate: Partial<CreateApplicationRequest['candidate']> = {},
): CreateApplicationRequest => ({
  candidate: newCandidate(candidate),
  source: 'referral',
  ...overrides,
})

const create = (body: unknown, jobId = GO.id) =>
  post<ApplicationDetail>(apiPaths.jobApplications(jobId), body)

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

const byKey = <T>(rows: readonly T[], key: (row: T) => string) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

type Interviewing = DemoData['interviewers'][number]
/** The part of the data the API shows in full (reviews and notes have tests of their own). */
type ApiData = Pick<DemoData, 'users' | 'jobs' | 'candidates' | 'applications' | 'history'> & {
  /** Who interviews which stage (the API does not show since when). */
  interviewers: Omit<Interviewing, 'assignedAt'>[]
}

/** What the API lets one see of the data, in a fixed order, to compare with another. */
const sortedData = (data: ApiData) => ({
  users: byId(data.users),
  jobs: byId(data.jobs),
  candidates: byId(data.candidates),
  applications: byId(data.applications),
  history: byId(data.history),
  interviewers: byKey(
    data.interviewers.map(({ applicationId, stageId, userId }) => ({
      applicationId,
      stageId,
      userId,
    })),
    (row) => `${row.applicationId} ${row.stageId} ${row.userId}`,
  ),
})

/**
 * Everything in the store as the API shows it (to a recruiter, who sees every opening in
 * full): the users, each job, and each application of either board with its candidate,
 * history and interviewers. Works the same on every store.
 */
async function dataThroughApi() {
  const users = (await get<{ users: User[] }>(apiPaths.users())).body.users
  const { jobs: summaries } = (await get<JobList>(apiPaths.jobs())).body
  const data: ApiData = {
    users,
    jobs: [],
    candidates: [],
    applications: [],
    history: [],
    interviewers: [],
  }
  for (const summary of summaries) {
    const current = await board(summary.id, 'show')
    data.jobs.push(current.job)
    for (const card of cardsOf(current)) {
      const { application, candidate, history, assignments } = await detail(card.id)
      data.applications.push(application)
      data.candidates.push(candidate)
      data.history.push(...history)
      data.interviewers.push(
        ...assignments.map(({ stageId, interviewer }) => ({
          applicationId: application.id,
          stageId,
          userId: interviewer.id,
        })),
      )
    }
  }
  return sortedData(data)
}

/** A seeded candidate's email (the seed gives everyone one; only redaction makes it null). */
const emailOf = (candidate: Candidate) => {
  if (candidate.email === null) throw new Error(`${candidate.id} has no email`)
  return candidate.email
}

/** The applications the demo's interviewer interviews. */
const INTERVIEWS = new Set(
  SEED.interviewers.filter((row) => row.userId === INTERVIEWER.id).map((row) => row.applicationId),
)

/** Opens GET /api/events as a browser would (the cookie, maybe Last-Event-ID). */
async function openEvents(options: { cookie?: string; lastEventId?: string } = {}) {
  const headers = new Headers({ cookie: options.cookie ?? cookie })
  if (options.lastEventId !== undefined) headers.set('last-event-id', options.lastEventId)
  const response = await app.request(apiPaths.events(), { headers })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
  const answer = { status: 200, contentType: response.headers.get('content-type'), body: '' }
  expect(openApiMismatches({ method: 'GET', pathname: apiPaths.events(), ...answer })).toEqual([])
  const events = readEvents(response)
  streams.push(events)
  return events
}

/**
 * `store`, with a switch that makes every call fail as an unreachable database does (the SQL
 * store throws StoreUnavailableError then), and one that makes `ping` answer false.
 */
function unreliable(inner: Store) {
  const state = { down: false, pingFails: false }
  const wrapped = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function' || property === 'onEvents' || property === 'close') {
        return value
      }
      return (...args: unknown[]) => {
        if (property === 'ping' && state.pingFails) return Promise.resolve(false)
        if (state.down) {
          return Promise.reject(new StoreUnavailableError(new Error('connect ECONNREFUSED')))
        }
        return (value as (...args: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  return { store: wrapped, state }
}

// --- Tests --------------------------------------------------------------------------------

describe('the OpenAPI document every answer is checked against', () => {
  /** Served too, but they describe the API rather than being part of it. */
  const SELF_DESCRIPTION = ['GET /api/openapi.json', 'GET /api/docs']

  it('describes every route the app serves, and the app serves every operation in it', () => {
    const full = createApp({
      store: createMemoryStore(structuredClone(SEED)),
      verifyPassword: checkPassword,
      demoSeed: () => structuredClone(SEED),
    })
    const served = full.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
    const documented = DOCUMENTED.map((operation) => `${operation.method} ${operation.template}`)
    expect(new Set(served).size).toBe(served.length)
    expect(served).toEqual(expect.arrayContaining(SELF_DESCRIPTION))
    expect(served.filter((route) => !SELF_DESCRIPTION.includes(route)).sort()).toEqual(
      documented.sort(),
    )
  })

  it('is what every answer is checked against, and the check can fail', () => {
    const jobs = { method: 'GET', pathname: '/api/jobs', status: 200 }
    const asJson = { ...jobs, contentType: 'application/json; charset=UTF-8' }
    expect(openApiMismatches({ ...asJson, body: { jobs: [] } })).toEqual([])
    expect(openApiMismatches({ ...asJson, body: { jobs: [{ id: 'x' }] } })).not.toEqual([])
    expect(openApiMismatches({ ...asJson, body: { jobs: [], extra: true } })).not.toEqual([])
    expect(openApiMismatches({ ...asJson, status: 418, body: { jobs: [] } })).not.toEqual([])
    expect(openApiMismatches({ ...jobs, contentType: 'text/plain', body: 'jobs' })).not.toEqual([])
    // Nullable fields and formats, as the document's OpenAPI 3.0 schemas spell them.
    const candidate = { ...SEED.candidates[0]!, email: null, phone: null }
    const getCandidate = { ...asJson, pathname: apiPaths.candidate(candidate.id) }
    expect(openApiMismatches({ ...getCandidate, body: candidate })).toEqual([])
    expect(openApiMismatches({ ...getCandidate, body: { ...candidate, email: 5 } })).not.toEqual([])
    expect(
      openApiMismatches({
        ...getCandidate,
        body: { ...candidate, updatedAt: '2026-02-30T00:00:00Z' },
      }),
    ).not.toEqual([])
    // Unknown paths have no operation to check against (they answer 404).
    expect(openApiMismatches({ ...asJson, pathname: '/api/nope', body: {} })).toEqual([])
  })

  it('still lacks each answer KNOWN_GAPS excuses (drop an entry once it is documented)', () => {
    for (const gap of KNOWN_GAPS) {
      const [method, template, status, mediaType] = gap.split(' ')
      const operation = DOCUMENTED.find((o) => o.method === method && o.template === template)
      expect(operation, gap).toBeDefined()
      const documented = operation?.spec.responses[status ?? '']?.content ?? {}
      expect(Object.keys(documented), gap).not.toContain(mediaType)
    }
  })
})

describe.each(BACKENDS)('the API over the $name store', (backend) => {
  if (backend.unavailable) {
    it.skip(backend.unavailable, () => {})
    return
  }

  let opened: TestStore | undefined

  beforeAll(async () => {
    opened = await backend.open({ seed: SEED, passwordHashes: PASSWORD_HASHES })
    testStore = opened
    store = opened.store
    defaultApp = buildApp()
  }, 60_000)

  afterAll(() => opened?.close())

  beforeEach(async () => {
    clock = NOW
    await testStore.reset()
    await makeApp()
  })

  afterEach(async () => {
    await Promise.all(streams.map((events) => events.cancel()))
    streams = []
  })

  describe('GET /api/session', () => {
    it('answers with the signed-in user and, in demo mode, the users to switch to', async () => {
      const reply = await get<Session>(apiPaths.session())
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/)
      expect(reply.body.user).toEqual(RECRUITER)
      expect(reply.body.demoUsers).toHaveLength(DEMO_USERS.length)
    })

    it('follows whoever signed in', async () => {
      await makeApp(DEMO_USERS[2]!)
      expect((await get<Session>(apiPaths.session())).body.user).toEqual(DEMO_USERS[2])
    })
  })

  describe('GET /api/jobs', () => {
    it('lists both openings with their active and stage counts', async () => {
      const reply = await get<JobList>(apiPaths.jobs())
      expect(reply.status).toBe(200)
      expect(JobList.safeParse(reply.body).success).toBe(true)
      expect(reply.body.jobs).toHaveLength(2)
      expect(reply.body.jobs).toEqual(
        [GO, DESIGN].map((job) => ({
          id: job.id,
          title: job.title,
          team: job.team,
          location: job.location,
          activeCount: seedApplications(job.id).filter((a) => a.status === 'active').length,
          stageCount: job.stages.length,
        })),
      )
      expect(reply.body.jobs[0]?.activeCount).toBe(52)
      expect(reply.body.jobs[1]?.activeCount).toBe(7)
    })

    it('counts a new applicant and stops counting a rejected one', async () => {
      const before = (await get<JobList>(apiPaths.jobs())).body.jobs
      await create(createRequest())
      const target = firstSeeded(DESIGN.stages[0]!.id)
      await reject(target.id, { reason: 'skills', expectedVersion: target.version })
      const after = (await get<JobList>(apiPaths.jobs())).body.jobs
      expect(after[0]?.activeCount).toBe(before[0]!.activeCount + 1)
      expect(after[1]?.activeCount).toBe(before[1]!.activeCount - 1)
    })

    it('does not count hired applications as active', async () => {
      const offer = firstSeeded('sge-offer')
      await moveOk(offer.id, { toStageId: 'sge-hired', expectedVersion: offer.version })
      const jobs = (await get<JobList>(apiPaths.jobs())).body.jobs
      expect(jobs[0]?.activeCount).toBe(51)
    })
  })

  describe('GET /api/jobs/:jobId', () => {
    it('answers with the whole job', async () => {
      const reply = await get(apiPaths.job(GO.id))
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual(GO)
      expect((await get(apiPaths.job(DESIGN.id))).body).toEqual(DESIGN)
    })

    it('answers 404 for an unknown job', async () => {
      const problem = expectProblem(await get(apiPaths.job('no-such-job')), 404)
      expect(problem.detail).toBe('That opening was not found.')
      expect(problem.instance).toBe('/api/jobs/no-such-job')
    })

    it('answers 404 for ids that cannot exist', async () => {
      expectProblem(await get('/api/jobs/bad%20id'), 404)
      expectProblem(await get(apiPaths.job('a.b')), 404)
      expectProblem(await get(apiPaths.job('x'.repeat(65))), 404)
    })
  })

  describe('GET /api/jobs/:jobId/board', () => {
    it('lays out the columns in stage order and the cards in rank order', async () => {
      for (const job of [GO, DESIGN]) {
        const current = await board(job.id, 'show')
        expect(Board.safeParse(current).success).toBe(true)
        expect(current.job).toEqual(job)
        expect(current.columns.map((column) => column.stageId)).toEqual(
          job.stages.map((stage) => stage.id),
        )
        for (const column of current.columns) {
          expect(column.count).toBe(column.cards.length)
          expect(column.nextCursor).toBeNull()
          expect(column.cards.every((card) => card.stageId === column.stageId)).toBe(true)
          expect(column.cards.map((card) => card.id)).toEqual(
            [...column.cards].sort(compareByRank).map((card) => card.id),
          )
        }
      }
    })

    it('shows each card with its candidate and application fields', async () => {
      const application = SEED.applications[0]!
      const candidate = SEED.candidates.find((c) => c.id === application.candidateId)!
      expect(await cardById(application.id)).toEqual({
        id: application.id,
        candidateId: candidate.id,
        name: candidate.name,
        currentTitle: candidate.currentTitle,
        currentCompany: candidate.currentCompany,
        backendYears: candidate.backendYears,
        goYears: candidate.goYears,
        skills: candidate.skills,
        source: application.source,
        stageId: application.stageId,
        rank: application.rank,
        status: application.status,
        rejection: application.rejection,
        stageEnteredAt: application.stageEnteredAt,
        version: application.version,
        // The recruiter sees every review: never blinded (server/reviews.test.ts has the rest).
        reviews: summarizeReviews(
          SEED.interviewers
            .filter((row) => row.applicationId === application.id)
            .map((row) => ({ stageId: row.stageId, interviewer: { id: row.userId, name: '' } })),
          SEED.scorecards.filter((card) => card.applicationId === application.id),
        ),
      })
    })

    it('hides rejected and withdrawn applications by default and with closed=hide', async () => {
      const open = seedApplications(GO.id).filter(
        (a) => a.status === 'active' || a.status === 'hired',
      )
      for (const current of [await board(GO.id), await board(GO.id, 'hide')]) {
        const cards = current.columns.flatMap((column) => column.cards)
        expect(cards.map((card) => card.id).sort()).toEqual(open.map((a) => a.id).sort())
        expect(cards.every((card) => card.status === 'active' || card.status === 'hired')).toBe(
          true,
        )
      }
      // The recruiter screen holds 18 active and 3 rejected applications in the seed.
      expect(columnOf(await board(GO.id), 'sge-recruiter-screen').count).toBe(18)
    })

    it('shows every application with closed=show', async () => {
      const current = await board(GO.id, 'show')
      const cards = current.columns.flatMap((column) => column.cards)
      expect(cards.map((card) => card.id).sort()).toEqual(
        seedApplications(GO.id)
          .map((a) => a.id)
          .sort(),
      )
      expect(cards.filter((card) => card.status === 'rejected')).toHaveLength(5)
      expect(cards.filter((card) => card.status === 'withdrawn')).toHaveLength(1)
      expect(cards.filter((card) => card.rejection !== null)).toHaveLength(5)
      expect(columnOf(current, 'sge-recruiter-screen').count).toBe(21)
    })

    it('totals every status whatever the filter', async () => {
      const expected = { active: 52, hired: 2, rejected: 5, withdrawn: 1 }
      expect((await board(GO.id, 'hide')).totals).toEqual(expected)
      expect((await board(GO.id, 'show')).totals).toEqual(expected)
      expect((await board(DESIGN.id)).totals).toEqual({
        active: 7,
        hired: 0,
        rejected: 1,
        withdrawn: 0,
      })
    })

    it('answers 422 with errors.closed for an unknown filter', async () => {
      const errors = expectInvalid(await get(`${apiPaths.board(GO.id)}?closed=bogus`), 'closed')
      expect(errors.closed).toHaveLength(1)
    })

    it('answers 404 for an unknown or impossible job', async () => {
      expectProblem(await get(apiPaths.board('no-such-job')), 404)
      expectProblem(await get('/api/jobs/bad%20id/board'), 404)
    })
  })

  describe('POST /api/jobs/:jobId/applications', () => {
    it('creates the candidate and the application, with one applied entry', async () => {
      const reply = await create(
        createRequest(
          {},
          {
            name: '  Ada Lovelace ',
            email: ' Ada@Example.ORG ',
            phone: '  ',
            skills: ['Go', 'go', ' ', 'PostgreSQL'],
            links: { github: 'https://github.com/ada' },
          },
        ),
      )
      expect(reply.status).toBe(201)
      expect(ApplicationDetail.safeParse(reply.body).success).toBe(true)
      const { application, candidate, history } = reply.body
      expect(candidate).toEqual({
        id: candidate.id,
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        phone: null,
        location: null,
        links: { github: 'https://github.com/ada', linkedin: null, website: null },
        currentTitle: null,
        currentCompany: null,
        backendYears: 6,
        goYears: 3.5,
        skills: ['Go', 'PostgreSQL'],
        resumeText: '',
        tags: [],
        version: 1,
        createdAt: AT,
        updatedAt: AT,
      })
      expect(application).toEqual({
        id: application.id,
        jobId: GO.id,
        candidateId: candidate.id,
        stageId: 'sge-applied',
        rank: application.rank,
        status: 'active',
        rejection: null,
        source: 'referral',
        appliedAt: '2026-11-01',
        stageEnteredAt: AT,
        version: 1,
        createdAt: AT,
        updatedAt: AT,
      })
      expect(history).toEqual([
        {
          id: history[0]?.id,
          applicationId: application.id,
          kind: 'applied',
          fromStageId: null,
          toStageId: 'sge-applied',
          actor: { id: RECRUITER.id, name: RECRUITER.name },
          at: AT,
        },
      ])
      expect(await detail(application.id)).toEqual(reply.body)
      const stored = await get<Candidate>(apiPaths.candidate(candidate.id))
      expect(stored.body).toEqual(candidate)
    })

    it('puts the new card at the top of the first stage', async () => {
      const before = await idsIn('sge-applied')
      const { body } = await create(createRequest())
      expect(await idsIn('sge-applied')).toEqual([body.application.id, ...before])
      expect(columnOf(await board(), 'sge-applied').count).toBe(before.length + 1)
      expect(await openCount()).toBe(55)
    })

    it('places the card at the top of a chosen stage', async () => {
      const before = await idsIn('sge-offer')
      const reply = await create(createRequest({ stageId: 'sge-offer' }))
      expect(reply.status).toBe(201)
      expect(reply.body.application.stageId).toBe('sge-offer')
      expect(reply.body.history[0]?.toStageId).toBe('sge-offer')
      expect(await idsIn('sge-offer')).toEqual([reply.body.application.id, ...before])
    })

    it('counts an application created in the hired stage as hired', async () => {
      const reply = await create(createRequest({ stageId: 'sge-hired' }))
      expect(reply.status).toBe(201)
      expect(reply.body.application.status).toBe('hired')
      expect((await board()).totals.hired).toBe(3)
    })

    it('accepts the same email for another opening', async () => {
      const taken = SEED.candidates.find((c) => c.id === firstSeeded('sge-applied').candidateId)!
      const reply = await create(createRequest({}, { email: emailOf(taken) }), DESIGN.id)
      expect(reply.status).toBe(201)
      expect(reply.body.application.stageId).toBe('pd-applied')
    })

    describe('refuses, writing nothing,', () => {
      /** Both openings' boards with every application shown, as they were before. */
      let before: Board[]
      /** How many ids the app had handed out before. */
      let handedOut: number

      const bothBoards = async () => [await board(GO.id, 'show'), await board(DESIGN.id, 'show')]

      async function remember() {
        before = await bothBoards()
        handedOut = issued.length
      }

      beforeEach(remember)

      /** Every application as it was, and no row under an id handed out since. */
      async function expectUnchanged() {
        expect(await bothBoards()).toEqual(before)
        // Every candidate, application and history entry gets its id from newId; a candidate
        // without an application is on no board, so the store is asked directly.
        for (const id of issued.slice(handedOut)) {
          expect(await store.getCandidate(id)).toBeUndefined()
          expect(await store.getApplication(id)).toBeUndefined()
          expect(await store.listHistory(id)).toEqual([])
        }
      }

      async function expectNothingWritten() {
        expect(await openCount()).toBe(54)
        expect(columnOf(await board(), 'sge-applied').count).toBe(10)
        await expectUnchanged()
      }

      it('an unknown stage (422 errors.stageId)', async () => {
        expectInvalid(await create(createRequest({ stageId: 'sge-nope' })), 'stageId')
        expectInvalid(await create(createRequest({ stageId: 'pd-applied' })), 'stageId')
        expectInvalid(await create(createRequest({ stageId: 'bad id' })), 'stageId')
        await expectNothingWritten()
      })

      it('an invalid email (422 errors[candidate.email])', async () => {
        const errors = expectInvalid(
          await create(createRequest({}, { email: 'ada-at-example.org' })),
          'candidate.email',
        )
        expect(errors['candidate.email']).toEqual(['Enter an email address like name@example.com'])
        await expectNothingWritten()
      })

      it('a missing or blank name', async () => {
        const { name: _, ...nameless } = newCandidate()
        expectInvalid(await create({ candidate: nameless, source: 'referral' }), 'candidate.name')
        const errors = expectInvalid(
          await create(createRequest({}, { name: '   ' })),
          'candidate.name',
        )
        expect(errors['candidate.name']).toEqual(['Name is required'])
        await expectNothingWritten()
      })

      it('negative years', async () => {
        const errors = expectInvalid(
          await create(createRequest({}, { backendYears: -1 })),
          'candidate.backendYears',
        )
        expect(errors['candidate.backendYears']).toEqual(['Backend years cannot be negative'])
        await expectNothingWritten()
      })

      it('a link that is not a web address', async () => {
        const errors = expectInvalid(
          await create(createRequest({}, { links: { github: 'github.com/ada' } })),
          'candidate.links.github',
        )
        expect(errors['candidate.links.github']).toEqual([
          'GitHub must be a full web address starting with https://',
        ])
        await expectNothingWritten()
      })

      it('several bad fields at once, each under its own path', async () => {
        const errors = expectInvalid(
          await create({ candidate: newCandidate({ email: '', goYears: 1.25 }), source: 'fax' }),
          'candidate.email',
          'candidate.goYears',
          'source',
        )
        expect(errors.source).toEqual(['Choose a source'])
        expect(errors['candidate.goYears']).toEqual(['Go years must be in half years'])
        await expectNothingWritten()
      })

      it('an email that already applied to this opening (409)', async () => {
        const first = await create(createRequest())
        expect(first.status).toBe(201)
        await remember()
        const count = await openCount()
        const problem = expectProblem(
          await create(createRequest({}, { name: 'Someone Else' })),
          409,
        )
        expect(problem.errors).toEqual({
          'candidate.email': ['This person has already applied to this opening'],
        })
        expect(await openCount()).toBe(count)
        await expectUnchanged()
      })

      it('the same email in other letter case (409)', async () => {
        const taken = SEED.candidates.find((c) => c.id === firstSeeded('sge-applied').candidateId)!
        const problem = expectProblem(
          await create(createRequest({}, { email: emailOf(taken).toUpperCase() })),
          409,
        )
        expect(problem.errors?.['candidate.email']).toHaveLength(1)
        await expectNothingWritten()
      })

      it('a body that is not JSON (415)', async () => {
        const reply = await send(apiPaths.jobApplications(GO.id), {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify(createRequest()),
        })
        expectProblem(reply, 415)
        const untyped = await send(apiPaths.jobApplications(GO.id), {
          method: 'POST',
          body: new Blob([JSON.stringify(createRequest())]),
        })
        expectProblem(untyped, 415)
        await expectNothingWritten()
      })

      it('malformed JSON (400)', async () => {
        const reply = await send(apiPaths.jobApplications(GO.id), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"candidate": {"name": "Ada"',
        })
        expect(expectProblem(reply, 400).detail).toBe('The request body is not valid JSON.')
        await expectNothingWritten()
      })

      it('a body over 64 KiB (413)', async () => {
        const huge = createRequest({}, { resumeText: 'x'.repeat(MAX_BODY_BYTES) })
        expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_BODY_BYTES)
        expectProblem(await create(huge), 413)
        await expectNothingWritten()
      })

      it('an unknown or impossible opening (404)', async () => {
        expectProblem(await create(createRequest(), 'no-such-job'), 404)
        expectProblem(await post('/api/jobs/bad%20id/applications', createRequest()), 404)
        await expectNothingWritten()
      })
    })
  })

  describe('GET /api/applications/:id', () => {
    it('answers with the application, its candidate and its history, oldest first', async () => {
      const application = firstSeeded('sge-system-design')
      const body = await detail(application.id)
      expect(ApplicationDetail.safeParse(body).success).toBe(true)
      expect(body.application).toEqual(application)
      expect(body.candidate).toEqual(SEED.candidates.find((c) => c.id === application.candidateId))
      const expected = SEED.history
        .filter((entry) => entry.applicationId === application.id)
        .sort((a, b) => (a.at < b.at ? -1 : 1))
      expect(body.history).toEqual(expected)
      expect(body.history.map((entry) => entry.kind)).toEqual([
        'applied',
        'moved',
        'moved',
        'moved',
      ])
      const times = body.history.map((entry) => entry.at)
      expect(times).toEqual([...times].sort())
    })

    it('answers 404 for an unknown or impossible id', async () => {
      const problem = expectProblem(await get(apiPaths.application('app-nope')), 404)
      expect(problem.detail).toBe('That application was not found.')
      expectProblem(await get('/api/applications/bad%20id'), 404)
    })
  })

  describe('POST /api/applications/:id/move', () => {
    it('moves a card to another stage and records who moved it', async () => {
      const card = firstSeeded('sge-applied')
      const target = await idsIn('sge-recruiter-screen')
      const historyBefore = (await detail(card.id)).history

      const moved = await moveOk(card.id, {
        toStageId: 'sge-recruiter-screen',
        position: { afterId: target[1] },
        expectedVersion: card.version,
      })
      expect(Application.safeParse(moved).success).toBe(true)
      expect(moved).toEqual({
        ...card,
        stageId: 'sge-recruiter-screen',
        rank: moved.rank,
        status: 'active',
        stageEnteredAt: AT,
        version: card.version + 1,
        updatedAt: AT,
      })

      const { history, application } = await detail(card.id)
      expect(application).toEqual(moved)
      expect(history).toHaveLength(historyBefore.length + 1)
      expect(history.at(-1)).toEqual({
        id: expect.any(String),
        applicationId: card.id,
        kind: 'moved',
        fromStageId: 'sge-applied',
        toStageId: 'sge-recruiter-screen',
        actor: { id: 'user-recruiter', name: 'Maya Okonjo' },
        at: AT,
      })

      const after = await board()
      expect(columnOf(after, 'sge-applied').cards.map((c) => c.id)).not.toContain(card.id)
      expect(columnOf(after, 'sge-applied').count).toBe(9)
      expect(columnOf(after, 'sge-recruiter-screen').cards.map((c) => c.id)).toEqual([
        target[0],
        target[1],
        card.id,
        ...target.slice(2),
      ])
      expect(columnOf(after, 'sge-recruiter-screen').count).toBe(19)
    })

    it('takes the version from the board card', async () => {
      const card = (await board()).columns[2]!.cards[0]!
      const moved = await moveOk(card.id, {
        toStageId: 'sge-system-design',
        expectedVersion: card.version,
      })
      expect(moved.version).toBe(card.version + 1)
      expect((await cardById(card.id)).version).toBe(moved.version)
    })

    it('lands at the start of the target stage by default', async () => {
      const card = firstSeeded('sge-applied')
      const target = await idsIn('sge-offer')
      await moveOk(card.id, { toStageId: 'sge-offer', expectedVersion: card.version })
      expect(await idsIn('sge-offer')).toEqual([card.id, ...target])
    })

    it('lands at the end of the target stage', async () => {
      const card = firstSeeded('sge-applied')
      const target = await idsIn('sge-offer')
      await moveOk(card.id, {
        toStageId: 'sge-offer',
        position: 'end',
        expectedVersion: card.version,
      })
      expect(await idsIn('sge-offer')).toEqual([...target, card.id])
    })

    it('lands before a card of the target stage', async () => {
      const card = firstSeeded('sge-applied')
      const target = await idsIn('sge-go-technical')
      await moveOk(card.id, {
        toStageId: 'sge-go-technical',
        position: { beforeId: target[0] },
        expectedVersion: card.version,
      })
      expect(await idsIn('sge-go-technical')).toEqual([card.id, ...target])
    })

    it('lands in an empty stage', async () => {
      const designer = firstSeeded('pd-applied')
      expect(await idsIn('pd-offer', 'show', DESIGN.id)).toEqual([])
      await moveOk(designer.id, {
        toStageId: 'pd-offer',
        position: 'end',
        expectedVersion: designer.version,
      })
      expect(await idsIn('pd-offer', 'hide', DESIGN.id)).toEqual([designer.id])
    })

    describe('within a stage', () => {
      const STAGE = 'sge-recruiter-screen'
      let ids: string[]

      beforeEach(async () => {
        ids = await idsIn(STAGE)
        expect(ids).toHaveLength(18)
      })

      const versionOf = async (id: string) => (await cardById(id)).version

      async function reorder(id: string, position: unknown) {
        return moveOk(id, { toStageId: STAGE, position, expectedVersion: await versionOf(id) })
      }

      const without = (id: string) => ids.filter((other) => other !== id)

      it('places a card after another', async () => {
        const [a, b, , , , card] = ids
        await reorder(card!, { afterId: b })
        expect(await idsIn(STAGE)).toEqual([a, b, card, ...without(card!).slice(2)])
      })

      it('places a card before another', async () => {
        const [a, b, , , , card] = ids
        await reorder(card!, { beforeId: b })
        expect(await idsIn(STAGE)).toEqual([a, card, b, ...without(card!).slice(2)])
      })

      it('places a card at the start', async () => {
        const card = ids[7]!
        await reorder(card, 'start')
        expect(await idsIn(STAGE)).toEqual([card, ...without(card)])
      })

      it('places a card at the end', async () => {
        const card = ids[0]!
        await reorder(card, 'end')
        expect(await idsIn(STAGE)).toEqual([...without(card), card])
      })

      it('moves a card down after the last one and up before the first one', async () => {
        const first = ids[0]!
        const last = ids.at(-1)!
        await reorder(first, { afterId: last })
        expect(await idsIn(STAGE)).toEqual([...without(first), first])
        await reorder(first, { beforeId: ids[1] })
        expect(await idsIn(STAGE)).toEqual(ids)
      })

      it('puts a card back where its old rank sorts (an undo), whatever moved since', async () => {
        const card = ids[4]!
        const { rank } = await cardById(card)
        await reorder(card, 'end')
        // Meanwhile another card moves: the undone card still goes back among the others.
        await reorder(ids[1]!, 'start')
        await reorder(card, { rank })
        const back = ids.slice(0, 4).concat(card, ids.slice(5))
        expect(await idsIn(STAGE)).toEqual([ids[1], ...back.filter((id) => id !== ids[1])])
      })

      it('keeps the order when a card goes where it already is', async () => {
        await reorder(ids[3]!, { afterId: ids[2] })
        await reorder(ids[4]!, { beforeId: ids[5] })
        await reorder(ids[0]!, 'start')
        await reorder(ids.at(-1)!, 'end')
        expect(await idsIn(STAGE)).toEqual(ids)
      })

      it('stacks successive cards dropped after the same card', async () => {
        const [anchor, next, x, y, z] = ids
        for (const card of [z, y, x]) await reorder(card!, { afterId: anchor })
        expect(await idsIn(STAGE)).toEqual([anchor, x, y, z, next, ...ids.slice(5)])
        for (let round = 0; round < 20; round++)
          await reorder(round % 2 ? x! : y!, { afterId: anchor })
        const order = await idsIn(STAGE)
        expect(order.slice(0, 2)).toEqual([anchor, x])
        expect(order).toHaveLength(18)
        expect(new Set(order)).toEqual(new Set(ids))
      })

      it('bumps the version without a history row or a new stageEnteredAt', async () => {
        const card = seeded(STAGE)[4]!
        const historyBefore = (await detail(card.id)).history
        const moved = await reorder(card.id, 'start')
        expect(moved.version).toBe(card.version + 1)
        expect(moved.stageEnteredAt).toBe(card.stageEnteredAt)
        expect(moved.updatedAt).toBe(AT)
        expect(moved.rank < seeded(STAGE)[0]!.rank).toBe(true)
        expect((await detail(card.id)).history).toEqual(historyBefore)
      })
    })

    it('hires a card moved into the hired stage and un-hires it when moved out', async () => {
      const card = firstSeeded('sge-offer')
      const hired = await moveOk(card.id, { toStageId: 'sge-hired', expectedVersion: card.version })
      expect(hired.status).toBe('hired')
      expect((await board()).totals).toEqual({ active: 51, hired: 3, rejected: 5, withdrawn: 1 })
      expect((await cardById(card.id)).status).toBe('hired')

      const back = await moveOk(card.id, { toStageId: 'sge-offer', expectedVersion: hired.version })
      expect(back.status).toBe('active')
      expect(back.version).toBe(card.version + 2)
      expect((await board()).totals).toEqual({ active: 52, hired: 2, rejected: 5, withdrawn: 1 })
      const kinds = (await detail(card.id)).history.slice(-2)
      expect(kinds.map((entry) => [entry.fromStageId, entry.toStageId])).toEqual([
        ['sge-offer', 'sge-hired'],
        ['sge-hired', 'sge-offer'],
      ])
    })

    it('refuses a stale version with 409, the application now and its last change', async () => {
      const card = firstSeeded('sge-go-technical')
      const moved = await moveOk(card.id, {
        toStageId: 'sge-system-design',
        expectedVersion: card.version,
      })
      const historyBefore = (await detail(card.id)).history

      const reply = await move(card.id, { toStageId: 'sge-offer', expectedVersion: card.version })
      const problem = expectProblem(reply, 409)
      expect(ConflictProblemExtras.safeParse(problem).success).toBe(true)
      expect(problem.current).toEqual(moved)
      expect(problem.lastChange).toEqual(historyBefore.at(-1))
      expect(problem.lastChange?.actor).toEqual({ id: 'user-recruiter', name: 'Maya Okonjo' })
      expect(problem.detail).toContain('Maya Okonjo')
      expect(problem.detail).toContain('System design')

      expect((await detail(card.id)).application).toEqual(moved)
      expect((await detail(card.id)).history).toEqual(historyBefore)
    })

    it('refuses a version from the future as stale', async () => {
      const card = firstSeeded('sge-applied')
      const problem = expectProblem(
        await move(card.id, { toStageId: 'sge-offer', expectedVersion: card.version + 1 }),
        409,
      )
      expect(problem.current).toEqual(card)
      const seededHistory = SEED.history.filter((entry) => entry.applicationId === card.id)
      expect(problem.lastChange?.id).toBe(
        [...seededHistory].sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1)?.id,
      )
    })

    it('lets exactly one of two concurrent moves from the same version through', async () => {
      const card = firstSeeded('sge-applied')
      const historyBefore = (await detail(card.id)).history
      const replies = await Promise.all([
        move(card.id, { toStageId: 'sge-recruiter-screen', expectedVersion: card.version }),
        move(card.id, { toStageId: 'sge-go-technical', expectedVersion: card.version }),
      ])
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409])
      const winner = replies.find((reply) => reply.status === 200)!.body
      const loser = expectProblem(
        replies.find((reply) => reply.status === 409)!,
        409,
      )
      expect(loser.current).toEqual(winner)
      const { application, history } = await detail(card.id)
      expect(application).toEqual(winner)
      expect(application.version).toBe(card.version + 1)
      expect(history).toHaveLength(historyBefore.length + 1)
      expect(history.at(-1)?.toStageId).toBe(winner.stageId)
    })

    describe('refuses with 422', () => {
      async function expectUnchanged(id: string) {
        const original = SEED.applications.find((application) => application.id === id)
        expect((await detail(id)).application).toEqual(original)
      }

      it('an anchor that is not in the target stage', async () => {
        const card = firstSeeded('sge-applied')
        const elsewhere = firstSeeded('sge-offer')
        const errors = expectInvalid(
          await move(card.id, {
            toStageId: 'sge-recruiter-screen',
            position: { afterId: elsewhere.id },
            expectedVersion: card.version,
          }),
          'position',
        )
        expect(errors.position).toEqual(['Place the card next to another card of the target stage'])
        expectInvalid(
          await move(card.id, {
            toStageId: 'sge-recruiter-screen',
            position: { beforeId: 'app-nope' },
            expectedVersion: card.version,
          }),
          'position',
        )
        await expectUnchanged(card.id)
      })

      it('the card itself as its anchor', async () => {
        const card = firstSeeded('sge-applied')
        for (const position of [{ afterId: card.id }, { beforeId: card.id }]) {
          expectInvalid(
            await move(card.id, {
              toStageId: card.stageId,
              position,
              expectedVersion: card.version,
            }),
            'position',
          )
        }
        await expectUnchanged(card.id)
      })

      it('an unknown stage or one of another opening', async () => {
        const card = firstSeeded('sge-applied')
        for (const toStageId of ['sge-nope', 'pd-offer']) {
          const errors = expectInvalid(
            await move(card.id, { toStageId, expectedVersion: card.version }),
            'toStageId',
          )
          expect(errors.toStageId).toEqual(['Choose one of this opening’s stages'])
        }
        expectInvalid(await move(card.id, { toStageId: 'a b', expectedVersion: 1 }), 'toStageId')
        await expectUnchanged(card.id)
      })

      it('a position with extra keys or of an unknown kind', async () => {
        const card = firstSeeded('sge-applied')
        const [anchor] = await idsIn('sge-offer')
        for (const position of [
          { afterId: anchor, extra: true },
          { afterId: anchor, beforeId: anchor },
          'middle',
          {},
        ]) {
          expectInvalid(
            await move(card.id, {
              toStageId: 'sge-offer',
              position,
              expectedVersion: card.version,
            }),
            'position',
          )
        }
        // A rank is letters and digits, as the server hands them out.
        for (const rank of ['a0 ; drop', '', 'a'.repeat(1001)]) {
          const body = { toStageId: 'sge-offer', position: { rank }, expectedVersion: card.version }
          expectInvalid(await move(card.id, body), 'position.rank')
        }
        await expectUnchanged(card.id)
      })

      it('a body that is not an object, under the empty path', async () => {
        const card = firstSeeded('sge-applied')
        for (const body of [null, [], 'move']) expectInvalid(await move(card.id, body), '')
        await expectUnchanged(card.id)
      })

      it('a missing or malformed expectedVersion', async () => {
        const card = firstSeeded('sge-applied')
        expectInvalid(await move(card.id, { toStageId: 'sge-offer' }), 'expectedVersion')
        expectInvalid(
          await move(card.id, { toStageId: 'sge-offer', expectedVersion: 0 }),
          'expectedVersion',
        )
        expectInvalid(
          await move(card.id, { toStageId: 'sge-offer', expectedVersion: '1' }),
          'expectedVersion',
        )
        await expectUnchanged(card.id)
      })
    })

    it('refuses to move a rejected or withdrawn application (409)', async () => {
      for (const status of ['rejected', 'withdrawn'] as const) {
        const card = SEED.applications.find((a) => a.jobId === GO.id && a.status === status)!
        const problem = expectProblem(
          await move(card.id, { toStageId: 'sge-offer', expectedVersion: card.version }),
          409,
        )
        expect(problem.detail).toContain(status)
        expect((await detail(card.id)).application).toEqual(card)
      }
    })

    it('answers 404 for an unknown or impossible application', async () => {
      expectProblem(await move('app-nope', { toStageId: 'sge-offer', expectedVersion: 1 }), 404)
      expectProblem(
        await post('/api/applications/bad%20id/move', {
          toStageId: 'sge-offer',
          expectedVersion: 1,
        }),
        404,
      )
    })

    it('records the acting user as the actor', async () => {
      const manager = DEMO_USERS[2]!
      await makeApp(manager)
      const card = firstSeeded('sge-applied')
      await moveOk(card.id, { toStageId: 'sge-offer', expectedVersion: card.version })
      expect((await detail(card.id)).history.at(-1)?.actor).toEqual({
        id: manager.id,
        name: manager.name,
      })
    })
  })

  describe('POST /api/applications/:id/reject', () => {
    it('rejects with a reason and a note, and records it', async () => {
      const card = firstSeeded('sge-go-technical')
      const historyBefore = (await detail(card.id)).history
      const reply = await reject(card.id, {
        reason: 'compensation',
        note: '  Asked for twice the range. ',
        expectedVersion: card.version,
      })
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({
        ...card,
        status: 'rejected',
        rejection: { reason: 'compensation', note: 'Asked for twice the range.' },
        version: card.version + 1,
        updatedAt: AT,
      })
      const { history } = await detail(card.id)
      expect(history).toHaveLength(historyBefore.length + 1)
      expect(history.at(-1)).toEqual({
        id: expect.any(String),
        applicationId: card.id,
        kind: 'rejected',
        fromStageId: 'sge-go-technical',
        toStageId: 'sge-go-technical',
        actor: { id: RECRUITER.id, name: RECRUITER.name },
        at: AT,
      })
    })

    it('takes the note as optional', async () => {
      const card = firstSeeded('sge-applied')
      const reply = await reject(card.id, { reason: 'skills', expectedVersion: card.version })
      expect(reply.status).toBe(200)
      expect(reply.body.rejection).toEqual({ reason: 'skills', note: null })
      const other = seeded('sge-applied')[1]!
      const blank = await reject(other.id, {
        reason: 'other',
        note: '  ',
        expectedVersion: other.version,
      })
      expect(blank.body.rejection).toEqual({ reason: 'other', note: null })
    })

    it('takes the card off the hidden-closed board but keeps it on the full one', async () => {
      const card = firstSeeded('sge-go-technical')
      await reject(card.id, { reason: 'interview', expectedVersion: card.version })
      expect(await idsIn('sge-go-technical')).not.toContain(card.id)
      expect(columnOf(await board(), 'sge-go-technical').count).toBe(10)
      const shown = await cardById(card.id)
      expect(shown.status).toBe('rejected')
      expect(shown.rejection).toEqual({ reason: 'interview', note: null })
      expect((await board()).totals).toEqual({ active: 51, hired: 2, rejected: 6, withdrawn: 1 })
    })

    it('rejects a hired application too', async () => {
      const card = firstSeeded('sge-hired', 'hired')
      const reply = await reject(card.id, { reason: 'other', expectedVersion: card.version })
      expect(reply.status).toBe(200)
      expect(reply.body.status).toBe('rejected')
    })

    it('requires a known reason (422)', async () => {
      const card = firstSeeded('sge-applied')
      for (const body of [
        { expectedVersion: card.version },
        { reason: 'bored', expectedVersion: card.version },
        { reason: '', expectedVersion: card.version },
      ]) {
        const errors = expectInvalid(await reject(card.id, body), 'reason')
        expect(errors.reason).toEqual(['Choose a reason'])
      }
      const long = await reject(card.id, {
        reason: 'other',
        note: 'x'.repeat(2001),
        expectedVersion: card.version,
      })
      expect(expectInvalid(long, 'note').note).toEqual(['Note must be at most 2000 characters'])
      expect((await detail(card.id)).application).toEqual(card)
    })

    it('refuses to reject twice (409)', async () => {
      const card = firstSeeded('sge-applied')
      const first = await reject(card.id, { reason: 'skills', expectedVersion: card.version })
      const problem = expectProblem(
        await reject(card.id, { reason: 'other', expectedVersion: first.body.version }),
        409,
      )
      expect(problem.detail).toBe('This application is already rejected.')
      expect((await detail(card.id)).application).toEqual(first.body)
    })

    it('refuses a stale version (409 with current and lastChange)', async () => {
      const card = firstSeeded('sge-applied')
      const moved = await moveOk(card.id, { toStageId: 'sge-offer', expectedVersion: card.version })
      const problem = expectProblem(
        await reject(card.id, { reason: 'skills', expectedVersion: card.version }),
        409,
      )
      expect(problem.current).toEqual(moved)
      expect(problem.lastChange?.kind).toBe('moved')
      expect(problem.lastChange?.actor.name).toBe('Maya Okonjo')
      expect((await cardById(card.id)).status).toBe('active')
    })

    it('answers 404 for an unknown application', async () => {
      expectProblem(await reject('app-nope', { reason: 'skills', expectedVersion: 1 }), 404)
    })
  })

  describe('POST /api/applications/:id/restore', () => {
    it('puts a rejected application back to active and clears the rejection', async () => {
      const card = firstSeeded('sge-go-technical')
      const rejected = await reject(card.id, { reason: 'skills', expectedVersion: card.version })
      const reply = await restore(card.id, { expectedVersion: rejected.body.version })
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({
        ...card,
        status: 'active',
        rejection: null,
        version: card.version + 2,
        updatedAt: AT,
      })
      const last = (await detail(card.id)).history.at(-1)
      expect(last).toMatchObject({
        kind: 'restored',
        fromStageId: 'sge-go-technical',
        toStageId: 'sge-go-technical',
        actor: { id: RECRUITER.id, name: RECRUITER.name },
        at: AT,
      })
      expect(await idsIn('sge-go-technical')).toContain(card.id)
      expect((await board()).totals).toEqual({ active: 52, hired: 2, rejected: 5, withdrawn: 1 })
    })

    it('restores seeded rejected and withdrawn applications', async () => {
      for (const status of ['rejected', 'withdrawn'] as const) {
        const card = SEED.applications.find((a) => a.jobId === GO.id && a.status === status)!
        const reply = await restore(card.id, { expectedVersion: card.version })
        expect(reply.status).toBe(200)
        expect(reply.body.status).toBe('active')
        expect(reply.body.rejection).toBeNull()
        expect(reply.body.stageId).toBe(card.stageId)
      }
      expect((await board()).totals).toEqual({ active: 54, hired: 2, rejected: 4, withdrawn: 0 })
    })

    it('restores an application in the hired stage as hired', async () => {
      const card = firstSeeded('sge-hired', 'hired')
      const rejected = await reject(card.id, { reason: 'other', expectedVersion: card.version })
      const reply = await restore(card.id, { expectedVersion: rejected.body.version })
      expect(reply.status).toBe(200)
      expect(reply.body.status).toBe('hired')
      expect(reply.body.rejection).toBeNull()
    })

    it('refuses to restore an open application (409)', async () => {
      const card = firstSeeded('sge-applied')
      const problem = expectProblem(await restore(card.id, { expectedVersion: card.version }), 409)
      expect(problem.detail).toBe('This application is not rejected or withdrawn.')
      const hired = firstSeeded('sge-hired', 'hired')
      expectProblem(await restore(hired.id, { expectedVersion: hired.version }), 409)
      expect((await detail(card.id)).history).toHaveLength(
        SEED.history.filter((entry) => entry.applicationId === card.id).length,
      )
    })

    it('refuses a stale version (409)', async () => {
      const card = SEED.applications.find((a) => a.jobId === GO.id && a.status === 'rejected')!
      const problem = expectProblem(
        await restore(card.id, { expectedVersion: card.version - 1 }),
        409,
      )
      expect(problem.current).toEqual(card)
      expect(problem.lastChange?.kind).toBe('rejected')
      expect((await cardById(card.id)).status).toBe('rejected')
    })

    it('requires expectedVersion (422) and a known application (404)', async () => {
      const card = SEED.applications.find((a) => a.jobId === GO.id && a.status === 'rejected')!
      expectInvalid(await restore(card.id, {}), 'expectedVersion')
      expectProblem(await restore('app-nope', { expectedVersion: 1 }), 404)
    })
  })

  describe('PATCH /api/candidates/:id', () => {
    const original = SEED.candidates.find(
      (candidate) =>
        candidate.phone &&
        candidate.links.github &&
        candidate.skills.length &&
        candidate.resumeText,
    )!
    const applicationOf = (candidateId: string) =>
      SEED.applications.find((application) => application.candidateId === candidateId)!

    it('changes only the fields it names', async () => {
      const reply = await patch<Candidate>(apiPaths.candidate(original.id), {
        currentTitle: '  Staff Engineer ',
        expectedVersion: original.version,
      })
      expect(reply.status).toBe(200)
      expect(Candidate.safeParse(reply.body).success).toBe(true)
      expect(reply.body).toEqual({
        ...original,
        currentTitle: 'Staff Engineer',
        version: original.version + 1,
        updatedAt: AT,
      })
      expect((await get<Candidate>(apiPaths.candidate(original.id))).body).toEqual(reply.body)
    })

    it('leaves skills, tags and the resume alone when they are not sent', async () => {
      const reply = await patch<Candidate>(apiPaths.candidate(original.id), {
        name: 'Renamed Person',
        expectedVersion: original.version,
      })
      expect(reply.body.skills).toEqual(original.skills)
      expect(reply.body.tags).toEqual(original.tags)
      expect(reply.body.resumeText).toBe(original.resumeText)
      expect(reply.body.phone).toBe(original.phone)
      expect(reply.body.links).toEqual(original.links)
      expect((await cardById(applicationOf(original.id).id)).name).toBe('Renamed Person')
    })

    it('changes only the links it is sent', async () => {
      const linked = SEED.candidates.find(
        (candidate) =>
          candidate.links.github && candidate.links.linkedin && candidate.links.website,
      )!
      const github = await patch<Candidate>(apiPaths.candidate(linked.id), {
        links: { github: 'https://github.com/someone-else' },
        expectedVersion: linked.version,
      })
      expect(github.status).toBe(200)
      expect(github.body.links).toEqual({
        ...linked.links,
        github: 'https://github.com/someone-else',
      })
      const website = await patch<Candidate>(apiPaths.candidate(linked.id), {
        links: { website: null },
        expectedVersion: github.body.version,
      })
      expect(website.status).toBe(200)
      expect(website.body.links).toEqual({
        github: 'https://github.com/someone-else',
        linkedin: linked.links.linkedin,
        website: null,
      })
      expect((await get<Candidate>(apiPaths.candidate(linked.id))).body).toEqual(website.body)
    })

    it('cleans up the fields it is sent', async () => {
      const reply = await patch<Candidate>(apiPaths.candidate(original.id), {
        email: ' New.Address@Example.COM ',
        phone: '   ',
        skills: ['Rust', 'rust', '', 'Go'],
        tags: [],
        goYears: 4.5,
        expectedVersion: original.version,
      })
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({
        ...original,
        email: 'new.address@example.com',
        phone: null,
        skills: ['Rust', 'Go'],
        tags: [],
        goYears: 4.5,
        version: original.version + 1,
        updatedAt: AT,
      })
    })

    it('accepts one edit after another, each on the latest version', async () => {
      const first = await patch<Candidate>(apiPaths.candidate(original.id), {
        location: 'Lisbon, Portugal',
        expectedVersion: original.version,
      })
      const second = await patch<Candidate>(apiPaths.candidate(original.id), {
        tags: ['strong'],
        expectedVersion: first.body.version,
      })
      expect(second.status).toBe(200)
      expect(second.body.version).toBe(original.version + 2)
      expect(second.body.location).toBe('Lisbon, Portugal')
      expect(second.body.tags).toEqual(['strong'])
    })

    it('refuses a stale version (409 with current)', async () => {
      const first = await patch<Candidate>(apiPaths.candidate(original.id), {
        name: 'First Edit',
        expectedVersion: original.version,
      })
      const problem = expectProblem(
        await patch(apiPaths.candidate(original.id), {
          name: 'Second Edit',
          expectedVersion: original.version,
        }),
        409,
      )
      expect(problem.current).toEqual(first.body)
      expect((await get<Candidate>(apiPaths.candidate(original.id))).body.name).toBe('First Edit')
    })

    it('refuses an email another applicant to the same opening has (409)', async () => {
      const jobId = applicationOf(original.id).jobId
      const other = SEED.candidates.find(
        (candidate) => candidate.id !== original.id && applicationOf(candidate.id).jobId === jobId,
      )!
      const problem = expectProblem(
        await patch(apiPaths.candidate(original.id), {
          email: emailOf(other).toUpperCase(),
          expectedVersion: original.version,
        }),
        409,
      )
      expect(problem.errors).toEqual({
        email: ['Another applicant to the same opening has this email'],
      })
      expect((await get<Candidate>(apiPaths.candidate(original.id))).body).toEqual(original)
    })

    it('refuses invalid fields (422), changing nothing', async () => {
      const errors = expectInvalid(
        await patch(apiPaths.candidate(original.id), {
          email: 'not-an-email',
          name: '',
          backendYears: 61,
          expectedVersion: original.version,
        }),
        'email',
        'name',
        'backendYears',
      )
      expect(errors.email).toEqual(['Enter an email address like name@example.com'])
      expect(errors.name).toEqual(['Name is required'])
      expect(errors.backendYears).toEqual(['Backend years must be at most 60'])
      expectInvalid(
        await patch(apiPaths.candidate(original.id), { name: 'No Version' }),
        'expectedVersion',
      )
      expect((await get<Candidate>(apiPaths.candidate(original.id))).body).toEqual(original)
    })

    it('answers 404 for an unknown or impossible candidate', async () => {
      const problem = expectProblem(
        await patch(apiPaths.candidate('cand-nope'), { name: 'X', expectedVersion: 1 }),
        404,
      )
      expect(problem.detail).toBe('That candidate was not found.')
      expectProblem(await patch('/api/candidates/bad%20id', { name: 'X', expectedVersion: 1 }), 404)
      expectProblem(await get(apiPaths.candidate('cand-nope')), 404)
    })
  })

  describe('POST /api/demo/reset', () => {
    it('puts the seed back after writes', async () => {
      const card = firstSeeded('sge-applied')
      await moveOk(card.id, { toStageId: 'sge-offer', expectedVersion: card.version })
      await create(createRequest())
      const candidate = SEED.candidates[0]!
      await patch(apiPaths.candidate(candidate.id), { name: 'Changed', expectedVersion: 1 })
      expect(await dataThroughApi()).not.toEqual(sortedData(SEED))

      const reply = await send(apiPaths.demoReset(), { method: 'POST' })
      expect(reply.status).toBe(204)
      expect(reply.body).toBe(null)
      expect(await dataThroughApi()).toEqual(sortedData(SEED))
      expect((await detail(card.id)).application).toEqual(card)
      expect(await openCount()).toBe(54)
    })

    it('is not there without a demo seed', async () => {
      app = createApp({ store, now: () => NOW })
      expectProblem(await send(apiPaths.demoReset(), { method: 'POST' }), 404)
    })
  })

  describe('unknown paths', () => {
    it('answer 404 problem+json', async () => {
      const problem = expectProblem(await get('/api/nope'), 404)
      expect(problem.detail).toBe('There is no GET /api/nope in the API.')
      expectProblem(await send(apiPaths.jobs(), { method: 'DELETE' }), 404)
      expectProblem(await get('/api/applications'), 404)
    })
  })

  describe('GET /api/openapi.json and /api/docs', () => {
    it('is served to anyone as JSON, and as a page for people', async () => {
      const document = await get(apiPaths.openapi(), { cookie: '' })
      expect(document.status).toBe(200)
      expect(document.body).toEqual(JSON.parse(JSON.stringify(OPENAPI)))
      const page = await get<string>('/api/docs', { cookie: '' })
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toMatch(/^text\/html/)
      for (const operation of DOCUMENTED) {
        expect(page.body).toContain(`<code>${operation.method} ${operation.template}</code>`)
      }
    })
  })

  describe('what each role may do', () => {
    const USERS: Record<UserRole, User> = {
      admin: ADMIN,
      recruiter: RECRUITER,
      hiring_manager: MANAGER,
      interviewer: INTERVIEWER,
    }
    const ROLES = Object.keys(USERS) as UserRole[]
    /** Statuses by role, in the order of the matrix's columns. */
    const expecting = (
      admin: number,
      recruiter: number,
      hiring_manager: number,
      interviewer: number,
    ): Record<UserRole, number> => ({ admin, recruiter, hiring_manager, interviewer })
    const interviewed = firstSeeded('sge-go-technical')
    const notInterviewed = firstSeeded('sge-applied')
    const designer = firstSeeded('pd-applied')
    const [goRejected, goRejectedInterviewed] = seedApplications(GO.id).filter(
      (a) => a.status === 'rejected',
    ) as [Application, Application]
    const designRejected = seedApplications(DESIGN.id).find((a) => a.status === 'rejected')!

    type Target =
      | 'every opening'
      | 'senior go engineer'
      | 'product designer'
      | 'interviewed'
      | 'not interviewed'
      | 'the team'
    const jobOf = (target: Target) => (target === 'product designer' ? DESIGN : GO)
    /** The Go opening's applications the interviewer interviews or not, or the designer's. */
    const applicationOf = (target: Target) =>
      target === 'interviewed'
        ? interviewed
        : target === 'not interviewed'
          ? notInterviewed
          : designer
    /** The same, among rejected applications (the interviewer gets one assigned first). */
    const rejectedOf = (target: Target) =>
      target === 'interviewed'
        ? goRejectedInterviewed
        : target === 'not interviewed'
          ? goRejected
          : designRejected
    const nextStage: Record<string, string> = {
      [interviewed.id]: 'sge-system-design',
      [notInterviewed.id]: 'sge-recruiter-screen',
      [designer.id]: 'pd-portfolio-review',
    }

    let adminCookie = ''
    const asAdmin = () => ({ cookie: adminCookie })

    // What a write changes, read as the admin: unchanged when the write is refused.
    const applicationNow = (id: string) => async () => (await detail(id, asAdmin())).application
    const interviewersNow = (id: string) => async () => (await detail(id, asAdmin())).interviewers
    const candidateNow = (id: string) => async () =>
      (await get<Candidate>(apiPaths.candidate(id), asAdmin())).body
    const totalsNow = (jobId: string) => async () => (await board(jobId, 'show', asAdmin())).totals

    type Action = {
      request: () => Promise<Reply<unknown>>
      /** For writes: what the request changes, read as the admin before and after. */
      probe?: () => Promise<unknown>
      /** Prepares the data, as the admin. */
      setup?: () => Promise<void>
    }

    /** Each endpoint's request on a target, as the signed-in user. */
    const ACTIONS = {
      'list jobs': (): Action => ({ request: () => get(apiPaths.jobs()) }),
      'get a job': (target: Target): Action => ({
        request: () => get(apiPaths.job(jobOf(target).id)),
      }),
      'get a board': (target: Target): Action => ({
        request: () => get(apiPaths.board(jobOf(target).id)),
      }),
      'create an application': (target: Target): Action => ({
        request: () => create(createRequest(), jobOf(target).id),
        probe: totalsNow(jobOf(target).id),
      }),
      'get an application': (target: Target): Action => ({
        request: () => get(apiPaths.application(applicationOf(target).id)),
      }),
      'move an application': (target: Target): Action => {
        const { id, version } = applicationOf(target)
        return {
          request: () => move(id, { toStageId: nextStage[id], expectedVersion: version }),
          probe: applicationNow(id),
        }
      },
      'reject an application': (target: Target): Action => {
        const { id, version } = applicationOf(target)
        return {
          request: () => reject(id, { reason: 'skills', expectedVersion: version }),
          probe: applicationNow(id),
        }
      },
      'restore an application': (target: Target): Action => {
        const { id, version } = rejectedOf(target)
        return {
          setup:
            target === 'interviewed'
              ? async () => {
                  const body = { userIds: [INTERVIEWER.id] }
                  expect((await put(apiPaths.interviewers(id), body, asAdmin())).status).toBe(200)
                }
              : undefined,
          request: () => restore(id, { expectedVersion: version }),
          probe: applicationNow(id),
        }
      },
      'get a candidate': (target: Target): Action => ({
        request: () => get(apiPaths.candidate(applicationOf(target).candidateId)),
      }),
      'edit a candidate': (target: Target): Action => {
        const { candidateId } = applicationOf(target)
        const { version } = seededCandidate(candidateId)
        return {
          request: () =>
            patch(apiPaths.candidate(candidateId), {
              currentTitle: 'Principal Engineer',
              expectedVersion: version,
            }),
          probe: candidateNow(candidateId),
        }
      },
      'set interviewers': (target: Target): Action => {
        const { id } = applicationOf(target)
        return {
          request: () =>
            put(apiPaths.interviewers(id), { userIds: [INTERVIEWER.id, RECRUITER.id] }),
          probe: interviewersNow(id),
        }
      },
      'list users': (): Action => ({ request: () => get(apiPaths.users()) }),
    }
    type Endpoint = keyof typeof ACTIONS

    /** Who may do what: the status each role gets. */
    // prettier-ignore
    const MATRIX: [Endpoint, Target, Record<UserRole, number>][] = [
      //                                                         admin recruiter manager interviewer
      ['list jobs',              'every opening',      expecting(200, 200,      200,    200)],
      ['get a job',              'senior go engineer', expecting(200, 200,      200,    200)],
      ['get a job',              'product designer',   expecting(200, 200,      404,    404)],
      ['get a board',            'senior go engineer', expecting(200, 200,      200,    200)],
      ['get a board',            'product designer',   expecting(200, 200,      404,    404)],
      ['create an application',  'senior go engineer', expecting(201, 201,      403,    403)],
      ['create an application',  'product designer',   expecting(201, 201,      404,    404)],
      ['get an application',     'interviewed',        expecting(200, 200,      200,    200)],
      ['get an application',     'not interviewed',    expecting(200, 200,      200,    404)],
      ['get an application',     'product designer',   expecting(200, 200,      404,    404)],
      ['move an application',    'interviewed',        expecting(200, 200,      200,    403)],
      ['move an application',    'not interviewed',    expecting(200, 200,      200,    404)],
      ['move an application',    'product designer',   expecting(200, 200,      404,    404)],
      ['reject an application',  'interviewed',        expecting(200, 200,      200,    403)],
      ['reject an application',  'not interviewed',    expecting(200, 200,      200,    404)],
      ['reject an application',  'product designer',   expecting(200, 200,      404,    404)],
      ['restore an application', 'interviewed',        expecting(200, 200,      200,    403)],
      ['restore an application', 'not interviewed',    expecting(200, 200,      200,    404)],
      ['restore an application', 'product designer',   expecting(200, 200,      404,    404)],
      ['get a candidate',        'interviewed',        expecting(200, 200,      200,    200)],
      ['get a candidate',        'not interviewed',    expecting(200, 200,      200,    404)],
      ['get a candidate',        'product designer',   expecting(200, 200,      404,    404)],
      ['edit a candidate',       'interviewed',        expecting(200, 200,      403,    403)],
      ['edit a candidate',       'not interviewed',    expecting(200, 200,      403,    404)],
      ['edit a candidate',       'product designer',   expecting(200, 200,      404,    404)],
      ['set interviewers',       'interviewed',        expecting(200, 200,      403,    403)],
      ['set interviewers',       'not interviewed',    expecting(200, 200,      403,    404)],
      ['set interviewers',       'product designer',   expecting(200, 200,      404,    404)],
      ['list users',             'the team',           expecting(200, 200,      200,    403)],
    ]

    it('starts from the seed the expectations assume', () => {
      expect(ROLES.map((role) => USERS[role].role)).toEqual(ROLES)
      expect(INTERVIEWS.has(interviewed.id)).toBe(true)
      for (const other of [notInterviewed, designer, goRejected, goRejectedInterviewed]) {
        expect(INTERVIEWS.has(other.id)).toBe(false)
      }
      expect(SEED.jobRoles).toEqual(
        expect.arrayContaining([
          { jobId: GO.id, userId: RECRUITER.id, role: 'recruiter' },
          { jobId: DESIGN.id, userId: RECRUITER.id, role: 'recruiter' },
          { jobId: GO.id, userId: MANAGER.id, role: 'hiring_manager' },
        ]),
      )
      expect(SEED.jobRoles).toHaveLength(3)
      expect(new Set(MATRIX.map(([endpoint]) => endpoint))).toEqual(new Set(Object.keys(ACTIONS)))
    })

    describe.each(ROLES)('as the %s', (role) => {
      beforeEach(async () => {
        adminCookie = await signInAs(ADMIN)
        cookie = await signInAs(USERS[role])
      })

      // One test per endpoint, over each of its targets: the statuses, and writes done or not.
      it.each(Object.keys(ACTIONS) as Endpoint[])('%s', async (endpoint) => {
        const rows = MATRIX.filter(([name]) => name === endpoint)
        const statuses: Record<string, number> = {}
        for (const [, target] of rows) {
          const { request, probe, setup } = ACTIONS[endpoint](target)
          await setup?.()
          const before = await probe?.()
          const reply = await request()
          statuses[target] = reply.status
          if (reply.status >= 400) expectProblem(reply, reply.status)
          if (probe) {
            const after = await probe()
            if (reply.status < 300) expect(after, `${target}: written`).not.toEqual(before)
            else expect(after, `${target}: refused, so unchanged`).toEqual(before)
          }
        }
        const expected = Object.fromEntries(rows.map(([, target, by]) => [target, by[role]]))
        expect(statuses).toEqual(expected)
      })
    })

    const ALL_RIGHTS = {
      view: true,
      viewAll: true,
      viewContact: true,
      move: true,
      decide: true,
      edit: true,
      assign: true,
    }
    const MANAGER_RIGHTS = { ...ALL_RIGHTS, edit: false, assign: false }
    const INTERVIEWER_RIGHTS = {
      view: true,
      viewAll: false,
      viewContact: false,
      move: false,
      decide: false,
      edit: false,
      assign: false,
    }

    it('lists to each role the openings it may see, counting what it may see', async () => {
      const expected: Record<UserRole, [string, number][]> = {
        admin: [
          [GO.id, 52],
          [DESIGN.id, 7],
        ],
        recruiter: [
          [GO.id, 52],
          [DESIGN.id, 7],
        ],
        hiring_manager: [[GO.id, 52]],
        // The interviewer's are all active.
        interviewer: [[GO.id, INTERVIEWS.size]],
      }
      // Open applications in or past the interview stages they interview.
      expect(INTERVIEWS.size).toBe(24)
      for (const role of ROLES) {
        const as = { cookie: await signInAs(USERS[role]) }
        const { jobs } = (await get<JobList>(apiPaths.jobs(), as)).body
        expect(
          jobs.map((job) => [job.id, job.activeCount]),
          role,
        ).toEqual(expected[role])
      }
    })

    it('tells each role what it may do with an application', async () => {
      const expected: Record<UserRole, typeof ALL_RIGHTS> = {
        admin: ALL_RIGHTS,
        recruiter: ALL_RIGHTS,
        hiring_manager: MANAGER_RIGHTS,
        interviewer: INTERVIEWER_RIGHTS,
      }
      for (const role of ROLES) {
        const as = { cookie: await signInAs(USERS[role]) }
        expect((await detail(interviewed.id, as)).permissions, role).toEqual(expected[role])
        expect((await board(GO.id, 'hide', as)).permissions, role).toEqual(expected[role])
      }
    })

    it('shows an interviewer only the cards they interview, with counts to match', async () => {
      cookie = await signInAs(INTERVIEWER)
      const mine = [...INTERVIEWS].sort()
      for (const closed of ['show', 'hide'] as const) {
        const current = await board(GO.id, closed)
        expect(
          cardsOf(current)
            .map((card) => card.id)
            .sort(),
        ).toEqual(mine)
        for (const column of current.columns) expect(column.count).toBe(column.cards.length)
        expect(current.totals).toEqual({ active: 24, hired: 0, rejected: 0, withdrawn: 0 })
      }

      // The admin rejects one of theirs and takes them off another (off its current stage,
      // the only one they interview there).
      adminCookie = await signInAs(ADMIN)
      const onlyCurrentStage = (id: string) =>
        SEED.interviewers
          .filter((row) => row.applicationId === id && row.userId === INTERVIEWER.id)
          .every((row) => row.stageId === SEED.applications.find((a) => a.id === id)?.stageId)
      const rejected = mine[0]!
      const unassigned = mine.find((id) => id !== rejected && onlyCurrentStage(id))!
      const version = (await detail(rejected, asAdmin())).application.version
      const reply = await post(
        apiPaths.reject(rejected),
        { reason: 'skills', expectedVersion: version },
        asAdmin(),
      )
      expect(reply.status).toBe(200)
      expect(
        (await put(apiPaths.interviewers(unassigned), { userIds: [] }, asAdmin())).status,
      ).toBe(200)

      const shown = await board(GO.id, 'show')
      expect(
        cardsOf(shown)
          .map((card) => card.id)
          .sort(),
      ).toEqual(mine.filter((id) => id !== unassigned))
      expect(shown.totals).toEqual({ active: 22, hired: 0, rejected: 1, withdrawn: 0 })
      const open = await board(GO.id, 'hide')
      expect(
        cardsOf(open)
          .map((card) => card.id)
          .sort(),
      ).toEqual(mine.filter((id) => id !== unassigned && id !== rejected))
      for (const column of open.columns) expect(column.count).toBe(column.cards.length)
      const { jobs } = (await get<JobList>(apiPaths.jobs())).body
      expect(jobs.map((job) => [job.id, job.activeCount])).toEqual([[GO.id, 22]])
      expectProblem(await get(apiPaths.application(unassigned)), 404)
    })

    it('shows the hiring manager the whole board of their opening', async () => {
      const full = await board(GO.id, 'show')
      cookie = await signInAs(MANAGER)
      const managed = await board(GO.id, 'show')
      expect(managed.columns).toEqual(full.columns)
      expect(managed.totals).toEqual(full.totals)
      expect(managed.job).toEqual(GO)
    })

    it('hides contact details from an interviewer, and only from them', async () => {
      const application = seedApplications(GO.id).find((a) => {
        const candidate = seededCandidate(a.candidateId)
        return (
          INTERVIEWS.has(a.id) && candidate.phone && candidate.location && candidate.links.github
        )
      })!
      const candidate = seededCandidate(application.candidateId)
      const redacted: Candidate = {
        ...candidate,
        email: null,
        phone: null,
        location: null,
        links: { github: null, linkedin: null, website: null },
      }
      for (const role of ROLES) {
        const as = { cookie: await signInAs(USERS[role]) }
        const expected = role === 'interviewer' ? redacted : candidate
        expect((await detail(application.id, as)).candidate, role).toEqual(expected)
        expect((await get(apiPaths.candidate(candidate.id), as)).body, role).toEqual(expected)
      }
    })
  })

  describe('without a session or without the CSRF header', () => {
    const card = firstSeeded('sge-applied')
    const rejected = seedApplications(GO.id).find((a) => a.status === 'rejected')!
    /** Moved before each request, so that a reset slipping through would show. */
    const moved = firstSeeded('sge-offer')

    /** A request each operation would carry out, if it let the request through. */
    function requestFor(operation: DocumentedOperation): [path: string, init: RequestInit] {
      const key = `${operation.method} ${operation.template}`
      const ids: Record<string, string> = {
        jobId: GO.id,
        stageId: card.stageId,
        id: operation.template.startsWith('/api/candidates/')
          ? card.candidateId
          : key.endsWith('/restore')
            ? rejected.id
            : card.id,
      }
      const path = operation.template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name)
      const bodies: Record<string, unknown> = {
        'POST /api/session': { email: ADMIN.email, password: DEMO_PASSWORD },
        'POST /api/demo/session': { userId: ADMIN.id },
        'POST /api/jobs/{jobId}/applications': createRequest(),
        'POST /api/applications/{id}/move': { toStageId: 'sge-offer', expectedVersion: 1 },
        'POST /api/applications/{id}/reject': { reason: 'skills', expectedVersion: 1 },
        'POST /api/applications/{id}/restore': { expectedVersion: rejected.version },
        'PUT /api/applications/{id}/interviewers': { userIds: [INTERVIEWER.id] },
        'PATCH /api/candidates/{id}': { name: 'Someone Else', expectedVersion: 1 },
      }
      if (operation.method === 'GET') return [path, { method: 'GET' }]
      return [path, json(operation.method, bodies[key] ?? {})]
    }

    const label = (operation: DocumentedOperation) => `${operation.method} ${operation.template}`
    /** What the document says needs a session: the operations that may answer 401. */
    const PROTECTED = DOCUMENTED.filter((operation) => operation.spec.security.length > 0)
    const WRITES = DOCUMENTED.filter((operation) => operation.method !== 'GET')

    it('covers every operation that needs a session, and every write', () => {
      expect(PROTECTED.map(label)).toEqual(
        expect.arrayContaining([
          'GET /api/jobs',
          'GET /api/jobs/{jobId}',
          'GET /api/jobs/{jobId}/board',
          'POST /api/jobs/{jobId}/applications',
          'GET /api/applications/{id}',
          'POST /api/applications/{id}/move',
          'POST /api/applications/{id}/reject',
          'POST /api/applications/{id}/restore',
          'PUT /api/applications/{id}/interviewers',
          'GET /api/candidates/{id}',
          'PATCH /api/candidates/{id}',
          'GET /api/users',
          'GET /api/events',
          'POST /api/demo/reset',
        ]),
      )
      expect(WRITES.map(label)).toEqual(
        expect.arrayContaining([
          'POST /api/session',
          'DELETE /api/session',
          'POST /api/demo/session',
          'POST /api/demo/reset',
        ]),
      )
    })

    /** Nothing a refused request could have done happened: the data and the session are as they were. */
    async function expectNothingDone(movedNow: Application) {
      expect((await get<Session>(apiPaths.session())).body.user).toEqual(RECRUITER)
      expect((await detail(moved.id)).application).toEqual(movedNow)
      const { application, candidate, interviewers } = await detail(card.id)
      expect(application).toEqual(card)
      expect(candidate).toEqual(seededCandidate(card.candidateId))
      expect(interviewers).toEqual([])
      expect((await detail(rejected.id)).application).toEqual(rejected)
      expect(await openCount()).toBe(54)
    }

    it.each(PROTECTED.map((operation) => [label(operation), operation] as const))(
      '%s answers 401 without a session, doing nothing',
      async (_, operation) => {
        const movedNow = await moveOk(moved.id, {
          toStageId: 'sge-hired',
          expectedVersion: moved.version,
        })
        const [path, init] = requestFor(operation)
        for (const as of ['', `${SESSION_COOKIE}=${'0'.repeat(64)}`]) {
          const problem = expectProblem(await send(path, init, { cookie: as }), 401)
          expect(problem.detail).toBe('Sign in to continue.')
        }
        await expectNothingDone(movedNow)
      },
    )

    it.each(WRITES.map((operation) => [label(operation), operation] as const))(
      '%s answers 403 without the CSRF header, doing nothing',
      async (_, operation) => {
        const movedNow = await moveOk(moved.id, {
          toStageId: 'sge-hired',
          expectedVersion: moved.version,
        })
        const [path, init] = requestFor(operation)
        const reply = await send(path, init, { csrf: false })
        expect(expectProblem(reply, 403).detail).toBe(
          `Writes must carry the ${CSRF_HEADER} header.`,
        )
        expect(reply.headers.get('set-cookie')).toBeNull()
        await expectNothingDone(movedNow)
      },
    )

    it('answers 401 to GET /api/session without a session', async () => {
      expect(expectProblem(await get(apiPaths.session(), { cookie: '' }), 401).detail).toBe(
        'Sign in to continue.',
      )
    })

    it('needs no CSRF header to read', async () => {
      expect((await get(apiPaths.jobs(), { csrf: false })).status).toBe(200)
      expect((await get(apiPaths.board(GO.id), { csrf: false })).status).toBe(200)
      expect((await get(apiPaths.session(), { csrf: false })).status).toBe(200)
    })
  })

  describe('signing in with a password', () => {
    const MINUTE = 60_000
    const DAY = 24 * 60 * MINUTE
    const right = { email: RECRUITER.email, password: DEMO_PASSWORD }
    const wrong = { email: RECRUITER.email, password: 'not-the-password' }

    const signIn = (body: unknown, headers: Record<string, string> = {}) =>
      send<Session>(apiPaths.session(), json('POST', body, headers), { cookie: '' })
    const later = (ms: number) => {
      clock = new Date(NOW.getTime() + ms)
    }

    /** The cookie's `name=value` and its attributes (names in lower case). */
    function setCookie(headers: Headers) {
      const [pair = '', ...attributes] = (headers.get('set-cookie') ?? '')
        .split(';')
        .map((part) => part.trim())
      const named = attributes.map((attribute): [string, string] => {
        const [name = '', ...value] = attribute.split('=')
        return [name.toLowerCase(), value.join('=')]
      })
      return { pair, attributes: new Map(named) }
    }

    it('starts a session: an HttpOnly, SameSite=Lax cookie that lasts 14 days', async () => {
      const reply = await signIn(right)
      expect(reply.status).toBe(200)
      expect(reply.body.user).toEqual(RECRUITER)
      const { pair, attributes } = setCookie(reply.headers)
      expect(pair).toMatch(new RegExp(`^${SESSION_COOKIE}=[0-9a-f]{64}$`))
      expect(attributes.has('httponly')).toBe(true)
      expect(attributes.get('samesite')).toBe('Lax')
      expect(attributes.get('path')).toBe('/')
      expect(attributes.has('secure')).toBe(false)
      expect(Date.parse(attributes.get('expires') ?? '')).toBe(NOW.getTime() + SESSION_DAYS * DAY)
      expect((await get<Session>(apiPaths.session(), { cookie: pair })).body.user).toEqual(
        RECRUITER,
      )
      expect((await get(apiPaths.jobs(), { cookie: pair })).status).toBe(200)
    })

    it('marks the cookie Secure behind an https proxy', async () => {
      const reply = await signIn(right, { 'x-forwarded-proto': 'https' })
      expect(reply.status).toBe(200)
      const { pair, attributes } = setCookie(reply.headers)
      expect(attributes.has('secure')).toBe(true)
      expect(attributes.has('httponly')).toBe(true)
      const out = await send(
        apiPaths.session(),
        { method: 'DELETE', headers: { 'x-forwarded-proto': 'https' } },
        { cookie: pair },
      )
      expect(out.status).toBe(204)
      expect(setCookie(out.headers).attributes.has('secure')).toBe(true)
    })

    it('takes the email in any letter case, with spaces around it', async () => {
      const reply = await signIn({ ...right, email: `  ${RECRUITER.email.toUpperCase()} ` })
      expect(reply.status).toBe(200)
      expect(reply.body.user).toEqual(RECRUITER)
    })

    it('refuses a wrong password with 401 and errors.password, setting no cookie', async () => {
      const reply = await signIn(wrong)
      const problem = expectProblem(reply, 401)
      expect(problem.detail).toBe('That email and password do not match an account.')
      expect(problem.errors).toEqual({ password: ['Check your email and password'] })
      expect(reply.headers.get('set-cookie')).toBeNull()
    })

    it('refuses an unknown email exactly as it refuses a wrong password', async () => {
      const unknown = await signIn({ email: 'nobody@example.org', password: DEMO_PASSWORD })
      expectProblem(unknown, 401)
      expect(unknown.body).toEqual((await signIn(wrong)).body)
      expect(unknown.headers.get('set-cookie')).toBeNull()
    })

    it('answers 422 naming each missing or blank field', async () => {
      const cases: [unknown, Record<string, string[]>][] = [
        [{}, { email: ['Email is required'], password: ['Password is required'] }],
        [{ email: RECRUITER.email }, { password: ['Password is required'] }],
        [{ password: DEMO_PASSWORD }, { email: ['Email is required'] }],
        [
          { email: '   ', password: '' },
          { email: ['Email is required'], password: ['Password is required'] },
        ],
      ]
      for (const [body, errors] of cases) {
        const found = expectInvalid(await signIn(body), ...Object.keys(errors))
        expect(found, JSON.stringify(body)).toEqual(errors)
      }
    })

    it('refuses the 11th failure within 15 minutes with 429 and retry-after', async () => {
      expect(SIGN_IN_LIMIT).toBe(10)
      expect(SIGN_IN_WINDOW_MS).toBe(15 * MINUTE)
      for (let failure = 0; failure < SIGN_IN_LIMIT; failure++) {
        later(failure * MINUTE)
        expectProblem(await signIn(wrong), 401)
      }
      const limited = await signIn(wrong)
      expect(expectProblem(limited, 429).detail).toBe(
        'Too many sign-in attempts. Wait a few minutes and try again.',
      )
      expect(limited.headers.get('retry-after')).toBe('900')
      // Even the right password, and the email however it is written.
      expectProblem(await signIn(right), 429)
      expectProblem(await signIn({ ...right, email: RECRUITER.email.toUpperCase() }), 429)
      // Per email: others sign in as usual.
      expect((await signIn({ email: ADMIN.email, password: DEMO_PASSWORD })).status).toBe(200)
      // Refused attempts count too; 15 minutes after the last one, sign-in works again.
      later(9 * MINUTE + 15 * MINUTE + 1)
      const back = await signIn(right)
      expect(back.status).toBe(200)
      expect(back.body.user).toEqual(RECRUITER)
    })

    it('forgets the attempts when someone signs in, so frequent sign-ins never lock out', async () => {
      for (let failure = 1; failure < SIGN_IN_LIMIT; failure++) {
        expectProblem(await signIn(wrong), 401)
      }
      for (let success = 0; success < 15; success++) expect((await signIn(right)).status).toBe(200)
      for (let failure = 0; failure < SIGN_IN_LIMIT; failure++) {
        expectProblem(await signIn(wrong), 401)
      }
      expectProblem(await signIn(wrong), 429)
    })

    it('signs out: the session ends on the server, not only in the browser', async () => {
      const { pair } = setCookie((await signIn(right)).headers)
      const out = await send(apiPaths.session(), { method: 'DELETE' }, { cookie: pair })
      expect(out.status).toBe(204)
      expect(out.body).toBeNull()
      const cleared = setCookie(out.headers)
      expect(cleared.pair).toBe(`${SESSION_COOKIE}=`)
      expect(cleared.attributes.get('max-age')).toBe('0')
      expect(expectProblem(await get(apiPaths.session(), { cookie: pair }), 401).detail).toBe(
        'Sign in to continue.',
      )
      expectProblem(await get(apiPaths.jobs(), { cookie: pair }), 401)
      // The same user's other sessions (the demo sign-in the suite made) go on.
      expect((await get<Session>(apiPaths.session())).body.user).toEqual(RECRUITER)
      // Signing out again, or without a session, is harmless.
      expect((await send(apiPaths.session(), { method: 'DELETE' }, { cookie: pair })).status).toBe(
        204,
      )
      expect((await send(apiPaths.session(), { method: 'DELETE' }, { cookie: '' })).status).toBe(
        204,
      )
    })

    it('ends a session 14 days after it started', async () => {
      const { pair } = setCookie((await signIn(right)).headers)
      later(SESSION_DAYS * DAY - MINUTE)
      expect((await get(apiPaths.session(), { cookie: pair })).status).toBe(200)
      later(SESSION_DAYS * DAY)
      expectProblem(await get(apiPaths.session(), { cookie: pair }), 401)
      expectProblem(await get(apiPaths.jobs(), { cookie: pair }), 401)
    })

    it('is not offered without a password check (404)', async () => {
      await makeApp(RECRUITER, { verifyPassword: undefined })
      expectProblem(await signIn(right), 404)
    })
  })

  describe('POST /api/demo/session', () => {
    it('switches user, ending the session it replaces', async () => {
      const before = cookie
      const reply = await post<Session>(apiPaths.demoSession(), { userId: ADMIN.id })
      expect(reply.status).toBe(200)
      expect(reply.body.user).toEqual(ADMIN)
      expect(byId(reply.body.demoUsers ?? [])).toEqual(byId(DEMO_USERS))
      const after = sessionCookieOf(reply.headers)
      expect(after).not.toBe(before)
      expectProblem(await get(apiPaths.session(), { cookie: before }), 401)
      expect((await get<Session>(apiPaths.session(), { cookie: after })).body.user).toEqual(ADMIN)
    })

    it('refuses someone who is not a demo user (422 errors.userId)', async () => {
      const errors = expectInvalid(
        await post(apiPaths.demoSession(), { userId: 'user-nope' }),
        'userId',
      )
      expect(errors.userId).toEqual(['Choose one of the demo users'])
    })
  })

  describe('GET /api/events', () => {
    let adminCookie = ''
    beforeEach(async () => {
      adminCookie = await signInAs(ADMIN)
    })

    /** The admin moves `application`, from a browser tab named admin-tab. */
    async function moveAsAdmin(application: Application, toStageId: string) {
      const body = { toStageId, expectedVersion: application.version }
      const reply = await send<Application>(
        apiPaths.move(application.id),
        json('POST', body, { [CLIENT_HEADER]: 'admin-tab' }),
        { cookie: adminCookie },
      )
      expect(reply.status).toBe(200)
      return reply.body
    }

    it('says where it starts, then streams another user’s changes with increasing ids', async () => {
      const events = await openEvents()
      const ready = await events.next()
      expect(ready).toEqual({ event: 'ready', id: expect.stringMatching(/^\d+$/), data: '{}' })
      // From the latest event on: nothing from before the stream opened is replayed.
      expect(Number(ready.id)).toBe(await store.latestEventId())

      const first = firstSeeded('sge-applied')
      await moveAsAdmin(first, 'sge-recruiter-screen')
      const change = await nextChange(events)
      expect(change).toEqual({
        id: change.id,
        kind: 'application.changed',
        jobId: GO.id,
        applicationId: first.id,
        // The columns it left and joined: a board refetches those, and its counts.
        stageIds: ['sge-applied', 'sge-recruiter-screen'],
        actor: { id: ADMIN.id, name: ADMIN.name } satisfies Actor,
        origin: 'admin-tab',
        at: AT,
      })
      expect(change.id).toBeGreaterThan(Number(ready.id))

      const second = firstSeeded('sge-offer')
      await moveAsAdmin(second, 'sge-hired')
      const next = await nextChange(events)
      expect(next).toMatchObject({ kind: 'application.changed', applicationId: second.id })
      expect(next.id).toBeGreaterThan(change.id)

      const created = await create(createRequest())
      const announced = await nextChange(events)
      expect(announced).toMatchObject({
        kind: 'application.created',
        jobId: GO.id,
        applicationId: created.body.application.id,
        stageIds: [created.body.application.stageId],
        actor: { id: RECRUITER.id, name: RECRUITER.name },
        origin: null,
      })
      expect(announced.id).toBeGreaterThan(next.id)

      // A candidate edit names no columns (it reads the applications without a lock).
      const candidate = (await get<Candidate>(apiPaths.candidate(first.candidateId))).body
      const edit = { currentTitle: 'Staff Engineer', expectedVersion: candidate.version }
      expect((await patch<Candidate>(apiPaths.candidate(candidate.id), edit)).status).toBe(200)
      expect(await nextChange(events)).toMatchObject({ applicationId: first.id, stageIds: [] })
    })

    it('resumes after Last-Event-ID with exactly the events after it', async () => {
      const first = await openEvents()
      expect((await first.next()).event).toBe('ready')
      const cards = seeded('sge-applied').slice(0, 4)
      for (const card of cards.slice(0, 3)) await moveAsAdmin(card, 'sge-offer')
      const seen = [await nextChange(first), await nextChange(first), await nextChange(first)]
      expect(seen.map((change) => change.applicationId)).toEqual(cards.slice(0, 3).map((c) => c.id))
      await first.cancel()

      const resumed = await openEvents({ lastEventId: String(seen[0]!.id) })
      expect(await resumed.next()).toEqual({ event: 'ready', id: String(seen[0]!.id), data: '{}' })
      expect([await nextChange(resumed), await nextChange(resumed)]).toEqual(seen.slice(1))
      // Then the next change, and nothing twice.
      await moveAsAdmin(cards[3]!, 'sge-offer')
      const next = await nextChange(resumed)
      expect(next.applicationId).toBe(cards[3]!.id)
      expect(next.id).toBeGreaterThan(seen[2]!.id)
    })

    it('tells each user only of the changes they may see', async () => {
      const interviewer = await openEvents({ cookie: await signInAs(INTERVIEWER) })
      const manager = await openEvents({ cookie: await signInAs(MANAGER) })
      expect((await interviewer.next()).event).toBe('ready')
      expect((await manager.next()).event).toBe('ready')
      const notTheirs = firstSeeded('sge-applied')
      const designer = firstSeeded('pd-applied')
      const theirs = firstSeeded('sge-go-technical')
      expect([INTERVIEWS.has(notTheirs.id), INTERVIEWS.has(theirs.id)]).toEqual([false, true])

      await moveAsAdmin(notTheirs, 'sge-recruiter-screen')
      await moveAsAdmin(designer, 'pd-portfolio-review')
      await moveAsAdmin(theirs, 'sge-system-design')
      // The interviewer hears only of the application they interview...
      expect((await nextChange(interviewer)).applicationId).toBe(theirs.id)
      // ...the hiring manager of the Go opening's, not of the designer's.
      expect((await nextChange(manager)).applicationId).toBe(notTheirs.id)
      expect((await nextChange(manager)).applicationId).toBe(theirs.id)
    })

    it('tells an interviewer taken off an application, without saying who else was', async () => {
      const interviewer = await openEvents({ cookie: await signInAs(INTERVIEWER) })
      expect((await interviewer.next()).event).toBe('ready')
      // Two active applications they interview, each at one stage only.
      const [taken, kept] = SEED.applications.filter(
        (application) =>
          application.jobId === GO.id &&
          application.status === 'active' &&
          SEED.interviewers.filter(
            (row) => row.applicationId === application.id && row.userId === INTERVIEWER.id,
          ).length === 1,
      )
      if (!taken || !kept) throw new Error('The seed has too few applications for the interviewer')
      const stageId = SEED.interviewers.find(
        (row) => row.applicationId === taken.id && row.userId === INTERVIEWER.id,
      )?.stageId
      const body = { stageId, userIds: [] }
      const reply = await put(apiPaths.interviewers(taken.id), body, { cookie: adminCookie })
      expect(reply.status).toBe(200)

      // Told, so their board drops the card; the stream never names who else was removed.
      const told = await interviewer.next()
      expect(JSON.parse(told.data)).not.toHaveProperty('alsoTo')
      expect(ChangeEvent.parse(JSON.parse(told.data))).toMatchObject({
        kind: 'application.changed',
        applicationId: taken.id,
      })
      // And no longer told of its changes, but still of those they interview.
      await moveAsAdmin(taken, 'sge-offer')
      await moveAsAdmin(kept, 'sge-offer')
      expect((await nextChange(interviewer)).applicationId).toBe(kept.id)
    })

    it('ends open streams when the server shuts down', async () => {
      const closing = new AbortController()
      await makeApp(RECRUITER, { closing: closing.signal })
      const events = await openEvents()
      expect((await events.next()).event).toBe('ready')
      closing.abort()
      await events.ended()
    })

    it('stops listening to the store when the client goes away', async () => {
      const listeners = new Set<() => void>()
      const counted: Store = {
        ...store,
        onEvents: (listener) => {
          listeners.add(listener)
          const stop = store.onEvents(listener)
          return () => {
            listeners.delete(listener)
            stop()
          }
        },
      }
      await makeApp(RECRUITER, { store: counted })
      const events = await openEvents()
      expect((await events.next()).event).toBe('ready')
      expect(listeners.size).toBe(1)
      await events.cancel()
      await vi.waitFor(() => expect(listeners.size).toBe(0), { timeout: 2_000 })
    })
  })

  describe('GET /api/health', () => {
    it('answers 200 with the database up, to anyone', async () => {
      const reply = await get(apiPaths.health(), { cookie: '' })
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({ status: 'ok', database: 'up' })
    })

    it('answers 503 with the database down when the store does not answer its ping', async () => {
      const flaky = unreliable(store)
      await makeApp(RECRUITER, { store: flaky.store })
      flaky.state.pingFails = true
      const reply = await get(apiPaths.health(), { cookie: '' })
      expect(reply.status).toBe(503)
      expect(reply.body).toEqual({ status: 'unavailable', database: 'down' })
      flaky.state.pingFails = false
      expect((await get(apiPaths.health(), { cookie: '' })).body).toEqual({
        status: 'ok',
        database: 'up',
      })
    })
  })

  describe('while the database is unavailable', () => {
    it('answers 503 problem+json with retry-after, and works again once it is back', async () => {
      const flaky = unreliable(store)
      await makeApp(RECRUITER, { store: flaky.store })
      const card = firstSeeded('sge-applied')
      const moveCard = () =>
        move(card.id, { toStageId: 'sge-offer', expectedVersion: card.version })

      flaky.state.down = true
      const replies = [
        await get(apiPaths.jobs()),
        await moveCard(),
        await get(apiPaths.session()),
        await send(apiPaths.session(), json('POST', { email: ADMIN.email, password: 'x' }), {
          cookie: '',
        }),
      ]
      for (const reply of replies) {
        const problem = expectProblem(reply, 503)
        expect(problem.detail).toBe('The database is unavailable. Try again shortly.')
        expect(reply.headers.get('retry-after')).toBe('5')
      }
      const health = await get(apiPaths.health(), { cookie: '' })
      expect(health.status).toBe(503)
      expect(health.body).toEqual({ status: 'unavailable', database: 'down' })

      flaky.state.down = false
      expect((await get<JobList>(apiPaths.jobs())).body.jobs).toHaveLength(2)
      expect((await moveCard()).status).toBe(200)
      expect((await get(apiPaths.health(), { cookie: '' })).status).toBe(200)
    })
  })
})
