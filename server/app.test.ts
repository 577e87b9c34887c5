import { beforeEach, describe, expect, it } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import { CSRF_HEADER, type Session } from '@contract/auth.ts'
import {
  Application,
  ApplicationDetail,
  ConflictProblemExtras,
  type CreateApplicationRequest,
} from '@contract/applications.ts'
import { Board, type BoardCard } from '@contract/board.ts'
import { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import { JobList } from '@contract/jobs.ts'
import { Problem, PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import { createApp, MAX_BODY_BYTES, type ApiApp } from './app.ts'
import type { DemoData } from './seed/demo-data.ts'
import { generateDemoData } from './seed/generator.ts'
import { PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './seed/jobs.ts'
import { DEMO_USERS } from './seed/users.ts'
import { createMemoryStore, type MemoryStore } from './store/memory-store.ts'

const NOW = new Date('2026-11-01T12:00:00Z')
const AT = NOW.toISOString()
const SEED = generateDemoData({ now: NOW })
const RECRUITER = DEMO_USERS[1]!
const GO = SENIOR_GO_ENGINEER
const DESIGN = PRODUCT_DESIGNER

let app: ApiApp
let store: MemoryStore
/** The session cookie the requests carry, as a browser would. */
let cookie = ''

async function makeApp(currentUser: User = RECRUITER) {
  let next = 0
  store = createMemoryStore(structuredClone(SEED))
  app = createApp({
    store,
    demoSeed: () => structuredClone(SEED),
    now: () => NOW,
    newId: (prefix) => `${prefix}-test-${++next}`,
  })
  await signInAs(currentUser)
}

async function signInAs(user: User) {
  const response = await app.request(apiPaths.demoSession(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ userId: user.id }),
  })
  expect(response.status).toBe(200)
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

beforeEach(() => makeApp())

// --- HTTP helpers -------------------------------------------------------------------------

type ProblemBody = Problem & Partial<ConflictProblemExtras>
type Reply<T> = { status: number; body: T; headers: Headers }

async function send<T>(path: string, init: RequestInit): Promise<Reply<T>> {
  const headers = new Headers(init.headers)
  headers.set('cookie', cookie)
  headers.set(CSRF_HEADER, '1')
  const response = await app.request(path, { ...init, headers })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : null) as T,
  }
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

const get = <T = ProblemBody>(path: string) => send<T>(path, { method: 'GET' })
const post = <T = ProblemBody>(path: string, body: unknown) => send<T>(path, json('POST', body))
const patch = <T = ProblemBody>(path: string, body: unknown) => send<T>(path, json('PATCH', body))

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

async function board(jobId = GO.id, closed?: 'show' | 'hide') {
  const query = closed ? `?closed=${closed}` : ''
  const reply = await get<Board>(`${apiPaths.board(jobId)}${query}`)
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

async function cardById(id: string, jobId = GO.id): Promise<BoardCard> {
  const current = await board(jobId, 'show')
  const card = current.columns.flatMap((column) => column.cards).find((c) => c.id === id)
  if (!card) throw new Error(`No card ${id}`)
  return card
}

async function detail(id: string) {
  const reply = await get<ApplicationDetail>(apiPaths.application(id))
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

const move = (id: string, body: unknown) => post<Application>(apiPaths.move(id), body)

async function moveOk(id: string, body: Record<string, unknown>) {
  const reply = await move(id, body)
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

const sortedData = (data: DemoData) => ({
  users: byId(data.users),
  jobs: byId(data.jobs),
  candidates: byId(data.candidates),
  applications: byId(data.applications),
  history: byId(data.history),
})

/** The app's who-am-I route (apiPaths no longer names it: sessions are coming). */

/** A seeded candidate's email (the seed gives everyone one; only redaction makes it null). */
const emailOf = (candidate: Candidate) => {
  if (candidate.email === null) throw new Error(`${candidate.id} has no email`)
  return candidate.email
}

// --- Tests --------------------------------------------------------------------------------

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
    })
  })

  it('hides rejected and withdrawn applications by default and with closed=hide', async () => {
    const open = seedApplications(GO.id).filter(
      (a) => a.status === 'active' || a.status === 'hired',
    )
    for (const current of [await board(GO.id), await board(GO.id, 'hide')]) {
      const cards = current.columns.flatMap((column) => column.cards)
      expect(cards.map((card) => card.id).sort()).toEqual(open.map((a) => a.id).sort())
      expect(cards.every((card) => card.status === 'active' || card.status === 'hired')).toBe(true)
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
    let candidates: number

    beforeEach(() => {
      candidates = store.snapshot().candidates.length
    })

    async function expectNothingWritten() {
      expect(await openCount()).toBe(54)
      expect(columnOf(await board(), 'sge-applied').count).toBe(10)
      expect(store.snapshot().candidates).toHaveLength(candidates)
      expect(store.snapshot().applications).toHaveLength(SEED.applications.length)
      expect(store.snapshot().history).toHaveLength(SEED.history.length)
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
      candidates += 1
      const before = await openCount()
      const problem = expectProblem(await create(createRequest({}, { name: 'Someone Else' })), 409)
      expect(problem.errors).toEqual({
        'candidate.email': ['This person has already applied to this opening'],
      })
      expect(await openCount()).toBe(before)
      expect(store.snapshot().candidates).toHaveLength(candidates)
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
    expect(body.history.map((entry) => entry.kind)).toEqual(['applied', 'moved', 'moved', 'moved'])
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
          await move(card.id, { toStageId: card.stageId, position, expectedVersion: card.version }),
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
          await move(card.id, { toStageId: 'sge-offer', position, expectedVersion: card.version }),
          'position',
        )
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
      await post('/api/applications/bad%20id/move', { toStageId: 'sge-offer', expectedVersion: 1 }),
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
      candidate.phone && candidate.links.github && candidate.skills.length && candidate.resumeText,
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
    expect(sortedData(store.snapshot())).not.toEqual(sortedData(SEED))

    const reply = await send(apiPaths.demoReset(), { method: 'POST' })
    expect(reply.status).toBe(204)
    expect(reply.body).toBe(null)
    expect(sortedData(store.snapshot())).toEqual(sortedData(SEED))
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
