import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import type { Application, ApplicationDetail } from '@contract/applications.ts'
import { CSRF_HEADER, type Session } from '@contract/auth.ts'
import type { User } from '@contract/common.ts'
import { Activity, Note, NotificationList, type ActivityItem } from '@contract/notes.ts'
import { Problem, PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'
import { mentionHandle } from '@contract/rules/mentions.ts'
import { competenciesFor } from '@contract/rules/reviews.ts'
import type { ApplicationReviews, Recommendation, Scorecard } from '@contract/reviews.ts'
import { createApp, type ApiApp, type AppOptions } from './app.ts'
import { generateDemoData } from './seed/generator.ts'
import { PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './seed/jobs.ts'
import { DEMO_USERS } from './seed/users.ts'
import { NOTIFICATION_LIMIT, noteExcerpt } from './services/notes.ts'
import type { NotificationRow, Store, StoreWriter } from './store/store.ts'
import { BACKENDS, type TestStore } from './test/backends.ts'
import { openApiMismatches } from './test/openapi-check.ts'
import { nextChange, readEvents, type EventReader } from './test/sse.ts'

/**
 * Notes, @mentions, notifications and the activity timeline over HTTP, on every store (memory,
 * PGlite, and PostgreSQL when TEST_DATABASE_URL is set). Every answer is checked against the
 * OpenAPI document.
 */

const NOW = new Date('2026-11-01T12:00:00Z')
const SEED = generateDemoData({ now: NOW })
const user = (id: string) => {
  const found = DEMO_USERS.find((row) => row.id === id)
  if (!found) throw new Error(`No demo user ${id}`)
  return found
}
const ADMIN = user('user-admin')
const RECRUITER = user('user-recruiter')
const MANAGER = user('user-hiring-manager')
const INTERVIEWER = user('user-interviewer')
const SECOND_INTERVIEWER = user('user-interviewer-2')
const actor = (who: User) => ({ id: who.id, name: who.name })
const handle = (who: User) => `@${mentionHandle(who)}`

/** An open Go application `who` interviews at its current stage. */
function interviewedBy(who: User): Application {
  const found = SEED.applications.find(
    (application) =>
      application.status === 'active' &&
      SEED.interviewers.some(
        (row) =>
          row.applicationId === application.id &&
          row.userId === who.id &&
          row.stageId === application.stageId,
      ),
  )
  if (!found) throw new Error(`${who.id} interviews nothing`)
  return found
}

/** An open application of `jobId` that the interviewer has nothing to do with. */
function notInterviewed(jobId: string): Application {
  const found = SEED.applications.find(
    (application) =>
      application.jobId === jobId &&
      application.status === 'active' &&
      !SEED.interviewers.some(
        (row) => row.applicationId === application.id && row.userId === INTERVIEWER.id,
      ),
  )
  if (!found) throw new Error(`Every application of ${jobId} is interviewed`)
  return found
}

/** An open application both interviewers interview at its stage, without its scorecards yet. */
function sharedWithoutScorecards(): Application {
  const found = SEED.applications.find(
    (application) =>
      application.status === 'active' &&
      [INTERVIEWER, SECOND_INTERVIEWER].every((who) =>
        SEED.interviewers.some(
          (row) =>
            row.applicationId === application.id &&
            row.userId === who.id &&
            row.stageId === application.stageId,
        ),
      ) &&
      !SEED.scorecards.some(
        (card) => card.applicationId === application.id && card.stageId === application.stageId,
      ),
  )
  if (!found) throw new Error('No application both interviewers still owe a scorecard on')
  return found
}

const ASSIGNED = interviewedBy(INTERVIEWER)
const SHARED = sharedWithoutScorecards()
const UNASSIGNED = notInterviewed(SENIOR_GO_ENGINEER.id)
const DESIGN = notInterviewed(PRODUCT_DESIGNER.id)
const candidateName = (application: Application) =>
  SEED.candidates.find((row) => row.id === application.candidateId)?.name

let testStore: TestStore
let store: Store
let app: ApiApp
let clock = NOW
let issued = 0
let streams: EventReader[] = []
/** Session cookies by user id, signed in once per store. */
const cookies = new Map<string, string>()

const buildApp = (options: Partial<AppOptions> = {}) =>
  createApp({
    store,
    demoSeed: () => structuredClone(SEED),
    now: () => clock,
    newId: (prefix) => `${prefix}-test-${(issued += 1)}`,
    ...options,
  })

type Reply<T> = { status: number; body: T }

/** Sends a request as `as` and checks the answer against the OpenAPI document. */
async function send<T>(as: User, path: string, init: RequestInit = {}): Promise<Reply<T>> {
  const headers = new Headers(init.headers)
  headers.set('cookie', cookies.get(as.id) ?? '')
  headers.set(CSRF_HEADER, '1')
  const method = init.method ?? 'GET'
  const response = await app.request(path, { ...init, method, headers })
  const contentType = response.headers.get('content-type')
  const text = await response.text()
  const body: unknown = text && /\bjson\b/.test(contentType ?? '') ? JSON.parse(text) : null
  const pathname = new URL(path, 'http://localhost').pathname
  const check = { method, pathname, status: response.status, contentType, body }
  expect(openApiMismatches(check), `${method} ${path}`).toEqual([])
  return { status: response.status, body: body as T }
}

const post = <T>(as: User, path: string, body: unknown) =>
  send<T>(as, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

async function signIn(who: User) {
  const response = await app.request(apiPaths.demoSession(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ userId: who.id }),
  })
  expect(response.status).toBe(200)
  expect(((await response.json()) as Session).user).toEqual(who)
  cookies.set(who.id, (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '')
}

function expectProblem(reply: Reply<unknown>, status: number) {
  expect(reply.status).toBe(status)
  const problem = Problem.parse(reply.body)
  expect(problem.status).toBe(status)
  return problem
}

async function writeNote(as: User, applicationId: string, body: string) {
  const reply = await post<Note>(as, apiPaths.notes(applicationId), { body })
  expect(reply.status).toBe(201)
  return Note.parse(reply.body)
}

async function activity(as: User, applicationId: string) {
  const reply = await send<Activity>(as, apiPaths.activity(applicationId))
  expect(reply.status).toBe(200)
  return Activity.parse(reply.body).items
}

async function notifications(as: User) {
  const reply = await send<NotificationList>(as, apiPaths.notifications())
  expect(reply.status).toBe(200)
  return NotificationList.parse(reply.body)
}

async function markRead(as: User, body: unknown) {
  const reply = await post<NotificationList>(as, apiPaths.notificationsRead(), body)
  expect(reply.status).toBe(200)
  return NotificationList.parse(reply.body)
}

/** Notifications `who` got from the tests (the seed's left out). */
const fresh = async (who: User) =>
  (await notifications(who)).items.filter((item) => item.noteId.startsWith('note-test-'))

async function openEvents(as: User) {
  const response = await app.request(apiPaths.events(), {
    headers: { cookie: cookies.get(as.id) ?? '' },
  })
  expect(response.status).toBe(200)
  const events = readEvents(response)
  streams.push(events)
  expect((await events.next()).event).toBe('ready')
  return events
}

/** Submits (or amends) `as`'s scorecard for the application's stage, rating everything 3. */
async function submitScorecard(as: User, application: Application, recommendation: Recommendation) {
  const reviews = (await send<ApplicationReviews>(as, apiPaths.reviews(application.id))).body
  const own = reviews.scorecards.find(
    (card) => card.author.id === as.id && card.stageId === application.stageId,
  )
  const competencies = competenciesFor(reviews.plan, application.stageId)
  const content = {
    ratings: Object.fromEntries(competencies.map(({ key }) => [key, { rating: 3, note: '' }])),
    recommendation,
    summary: 'Clear thinking.',
  }
  const reply = await post<Scorecard>(
    as,
    apiPaths.scorecardSubmit(application.id, application.stageId),
    { content, expectedVersion: own?.version ?? null },
  )
  expect(reply.status).toBe(200)
  return reply.body
}

/** The timeline's scorecard items for the application's (seeded) current stage. */
const scorecardItems = async (as: User, application: Application) =>
  (await activity(as, application.id)).filter(
    (item) => item.kind === 'scorecard' && item.stageId === application.stageId,
  )

const later = (minutes: number) => {
  clock = new Date(NOW.getTime() + minutes * 60_000)
  return clock.toISOString()
}

describe('noteExcerpt', () => {
  it('is the note as one line of plain text', () => {
    expect(noteExcerpt('# Title\n\n- **bold** and `code`\n> quoted [link](https://x.test)')).toBe(
      'Title bold and code quoted link',
    )
  })

  it('cuts long notes at 140 characters, by code point', () => {
    const excerpt = noteExcerpt(`${'a'.repeat(138)}😀😀😀`)
    expect([...excerpt]).toHaveLength(140)
    expect(excerpt.endsWith('😀…')).toBe(true)
  })
})

describe('the seed', () => {
  it('has notes whose mentions each got a notification, and mentions only viewers', () => {
    expect(SEED.notes.length).toBeGreaterThanOrEqual(4)
    const told = SEED.notifications.map((row) => `${row.noteId} ${row.userId}`).sort()
    const mentioned = SEED.notes.flatMap((note) => note.mentions.map((m) => `${note.id} ${m.id}`))
    expect(told).toEqual(mentioned.sort())
    expect(SEED.notifications.some((row) => row.readAt === null)).toBe(true)
    expect(SEED.notifications.some((row) => row.readAt !== null)).toBe(true)
    for (const note of SEED.notes) {
      expect(Note.parse(note)).toEqual(note)
      expect(note.createdAt <= NOW.toISOString()).toBe(true)
      expect(note.mentions.map((m) => m.id)).not.toContain(note.author.id)
    }
  })
})

describe.each(BACKENDS)('notes over the $name store', (backend) => {
  if (backend.unavailable) {
    it.skip(backend.unavailable, () => {})
    return
  }
  let opened: TestStore | undefined

  beforeAll(async () => {
    opened = await backend.open({ seed: SEED, passwordHashes: new Map() })
    testStore = opened
    store = opened.store
    app = buildApp()
    for (const who of DEMO_USERS) await signIn(who)
  }, 60_000)

  afterAll(() => opened?.close())

  beforeEach(async () => {
    clock = NOW
    issued = 0
    app = buildApp()
    await testStore.reset()
  })

  afterEach(async () => {
    await Promise.all(streams.map((events) => events.cancel()))
    streams = []
  })

  describe('POST /api/applications/:id/notes', () => {
    it('adds a note that the timeline shows, newest first', async () => {
      const at = later(5)
      const note = await writeNote(RECRUITER, UNASSIGNED.id, '  Great **Go** answers.  ')
      expect(note).toEqual({
        id: 'note-test-1',
        applicationId: UNASSIGNED.id,
        author: actor(RECRUITER),
        body: 'Great **Go** answers.',
        mentions: [],
        createdAt: at,
      })
      const [first] = await activity(MANAGER, UNASSIGNED.id)
      expect(first).toEqual({
        kind: 'note',
        id: note.id,
        applicationId: UNASSIGNED.id,
        actor: actor(RECRUITER),
        at,
        note,
      })
    })

    it('lets an interviewer write and read notes on an application they interview', async () => {
      const note = await writeNote(INTERVIEWER, ASSIGNED.id, 'Solid on channels.')
      expect(note.author).toEqual(actor(INTERVIEWER))
      const items = await activity(INTERVIEWER, ASSIGNED.id)
      expect(items.find((item) => item.id === note.id)).toMatchObject({ kind: 'note', note })
      // Notes are the team's conversation: everyone who may view the application sees them.
      expect((await activity(RECRUITER, ASSIGNED.id)).map((item) => item.id)).toContain(note.id)
    })

    it('answers 404 to those who may not view the application, writing nothing', async () => {
      for (const [who, application] of [
        [INTERVIEWER, UNASSIGNED],
        [INTERVIEWER, DESIGN],
        [MANAGER, DESIGN],
      ] as const) {
        expectProblem(await post(who, apiPaths.notes(application.id), { body: 'Hi' }), 404)
        expectProblem(await send(who, apiPaths.activity(application.id)), 404)
      }
      const unknown = 'app-nope'
      expectProblem(await post(ADMIN, apiPaths.notes(unknown), { body: 'Hi' }), 404)
      expectProblem(await send(ADMIN, apiPaths.activity(unknown)), 404)
      expectProblem(await send(ADMIN, apiPaths.activity('not an id!')), 404)
      const items = await activity(ADMIN, DESIGN.id)
      expect(
        items.filter((item) => item.kind === 'note' && item.id.startsWith('note-test')),
      ).toEqual([])
    })

    it.each([
      ['blank', { body: '  \n ' }],
      ['too long', { body: 'x'.repeat(5001) }],
      ['a number', { body: 5 }],
      ['null', { body: null }],
      ['missing', {}],
    ])('answers 422 when the body is %s, writing nothing', async (_, request) => {
      const problem = expectProblem(
        await post(RECRUITER, apiPaths.notes(UNASSIGNED.id), request),
        422,
      )
      expect(Object.keys(problem.errors ?? {})).toEqual(['body'])
      const items = await activity(RECRUITER, UNASSIGNED.id)
      expect(items.some((item) => item.kind === 'note')).toBe(false)
    })

    it('takes a body of exactly 5000 characters, and refuses a request that is not an object', async () => {
      expect((await writeNote(RECRUITER, UNASSIGNED.id, 'x'.repeat(5000))).body).toHaveLength(5000)
      expectProblem(await post(RECRUITER, apiPaths.notes(UNASSIGNED.id), ['body']), 422)
    })
  })

  describe('mentions', () => {
    it('notify the mentioned users who may view the application, in order of first mention', async () => {
      const at = later(1)
      const body = `${handle(MANAGER)} and ${handle(ADMIN)}: see ${handle(INTERVIEWER)}, @nobody.here and ${handle(MANAGER)} again`
      const note = await writeNote(RECRUITER, UNASSIGNED.id, body)
      // The interviewer does not interview it, and nobody is called nobody.here.
      expect(note.mentions).toEqual([actor(MANAGER), actor(ADMIN)])
      const [told] = await fresh(MANAGER)
      expect(told).toEqual({
        id: expect.any(String),
        kind: 'mention',
        noteId: note.id,
        applicationId: UNASSIGNED.id,
        jobId: SENIOR_GO_ENGINEER.id,
        candidateName: candidateName(UNASSIGNED),
        actor: actor(RECRUITER),
        excerpt: noteExcerpt(body),
        at,
        readAt: null,
      })
      expect(await fresh(ADMIN)).toHaveLength(1)
      expect(await fresh(INTERVIEWER)).toEqual([])
    })

    it('reach an interviewer on an application they interview', async () => {
      const before = await notifications(INTERVIEWER)
      const note = await writeNote(MANAGER, ASSIGNED.id, `Thoughts, ${handle(INTERVIEWER)}?`)
      expect(note.mentions).toEqual([actor(INTERVIEWER)])
      const after = await notifications(INTERVIEWER)
      expect(after.unread).toBe(before.unread + 1)
      expect(after.items[0]).toMatchObject({ noteId: note.id, readAt: null })
    })

    it('never notify the author of their own mention', async () => {
      const before = await notifications(RECRUITER)
      const note = await writeNote(RECRUITER, UNASSIGNED.id, `Note to self ${handle(RECRUITER)}`)
      expect(note.mentions).toEqual([])
      expect(await notifications(RECRUITER)).toEqual(before)
    })

    it('ignore e-mail addresses, and match handles whatever their case', async () => {
      const note = await writeNote(
        RECRUITER,
        UNASSIGNED.id,
        `Mail ${MANAGER.email} or ask @${mentionHandle(ADMIN).toUpperCase()}.`,
      )
      expect(note.mentions).toEqual([actor(ADMIN)])
      expect(await fresh(MANAGER)).toEqual([])
    })

    it('of someone who may not see the opening notify nobody', async () => {
      const note = await writeNote(
        RECRUITER,
        DESIGN.id,
        `${handle(MANAGER)} ${handle(INTERVIEWER)}`,
      )
      expect(note.mentions).toEqual([])
      expect(await fresh(MANAGER)).toEqual([])
      expect(await fresh(INTERVIEWER)).toEqual([])
    })
  })

  describe('GET /api/notifications and POST /api/notifications/read', () => {
    it('list the user’s own notifications, newest first, with the unread count', async () => {
      const seeded = await notifications(MANAGER)
      later(1)
      const first = await writeNote(RECRUITER, UNASSIGNED.id, `One ${handle(MANAGER)}`)
      later(2)
      const second = await writeNote(ADMIN, ASSIGNED.id, `Two ${handle(MANAGER)}`)
      const list = await notifications(MANAGER)
      expect(list.items.map((item) => item.noteId).slice(0, 2)).toEqual([second.id, first.id])
      expect(list.unread).toBe(seeded.unread + 2)
      // Nobody else's.
      for (const who of DEMO_USERS.filter((row) => row.id !== MANAGER.id)) {
        const theirs = (await notifications(who)).items.map((item) => item.id)
        expect(theirs.filter((id) => list.items.some((item) => item.id === id))).toEqual([])
      }
    })

    it('mark the given notifications read, then all of them', async () => {
      await writeNote(RECRUITER, UNASSIGNED.id, `One ${handle(MANAGER)}`)
      await writeNote(RECRUITER, UNASSIGNED.id, `Two ${handle(MANAGER)}`)
      const before = await notifications(MANAGER)
      const [newest, next] = before.items
      const at = later(10)
      const marked = await markRead(MANAGER, { ids: [newest!.id] })
      expect(marked.unread).toBe(before.unread - 1)
      expect(marked.items[0]).toEqual({ ...newest, readAt: at })
      expect(marked.items[1]).toEqual(next)
      expect(await notifications(MANAGER)).toEqual(marked)
      // Again: nothing changes (the first read time stays).
      later(20)
      expect(await markRead(MANAGER, { ids: [newest!.id] })).toEqual(marked)

      const all = await markRead(MANAGER, {})
      expect(all.unread).toBe(0)
      expect(all.items.every((item) => item.readAt !== null)).toBe(true)
      expect(all.items[0]!.readAt).toBe(at)
    })

    it('never mark another user’s notifications, and ignore unknown ids', async () => {
      await writeNote(RECRUITER, UNASSIGNED.id, `For ${handle(ADMIN)}`)
      const admins = await notifications(ADMIN)
      const managers = await notifications(MANAGER)
      const ids = [admins.items[0]!.id, 'ntf-unknown']
      expect(await markRead(MANAGER, { ids })).toEqual(managers)
      expect(await markRead(INTERVIEWER, { ids })).toEqual(await notifications(INTERVIEWER))
      expect(await notifications(ADMIN)).toEqual(admins)
      // Marking all of one's own leaves everyone else's unread.
      await markRead(MANAGER, {})
      expect(await notifications(ADMIN)).toEqual(admins)
    })

    it.each([
      ['ids is not an array', { ids: 'ntf-1' }, 'ids'],
      ['an id is malformed', { ids: ['not an id!'] }, 'ids.0'],
      ['there are over 100 ids', { ids: Array.from({ length: 101 }, (_, i) => `ntf-${i}`) }, 'ids'],
    ])('answer 422 when %s', async (_, request, field) => {
      const before = await notifications(INTERVIEWER)
      const problem = expectProblem(
        await post(INTERVIEWER, apiPaths.notificationsRead(), request),
        422,
      )
      expect(Object.keys(problem.errors ?? {})).toEqual([field])
      expect(await notifications(INTERVIEWER)).toEqual(before)
    })

    it('list at most 100, but count every unread one', async () => {
      const rows: NotificationRow[] = Array.from({ length: NOTIFICATION_LIMIT + 5 }, (_, i) => ({
        id: `ntf-bulk-${String(i).padStart(3, '0')}`,
        userId: MANAGER.id,
        kind: 'mention',
        noteId: `note-bulk-${i}`,
        applicationId: UNASSIGNED.id,
        jobId: UNASSIGNED.jobId,
        candidateName: 'Someone',
        actor: actor(RECRUITER),
        excerpt: `Bulk ${i}`,
        // Two at each minute: ties go to the later written.
        at: new Date(NOW.getTime() + Math.floor(i / 2) * 60_000).toISOString(),
        readAt: null,
      }))
      const seeded = await notifications(MANAGER)
      await store.transaction(async (tx) => {
        // The notes they point to, so that foreign keys hold.
        for (const row of rows) {
          await tx.insertNote({
            id: row.noteId,
            applicationId: row.applicationId,
            author: row.actor,
            body: row.excerpt,
            mentions: [actor(MANAGER)],
            createdAt: row.at,
          })
        }
        await tx.insertNotifications(rows)
      })
      const list = await notifications(MANAGER)
      expect(list.items).toHaveLength(NOTIFICATION_LIMIT)
      expect(list.unread).toBe(seeded.unread + rows.length)
      expect(list.items.map((item) => item.id)).toEqual(
        rows
          .map((row) => row.id)
          .reverse()
          .slice(0, NOTIFICATION_LIMIT),
      )
    })
  })

  describe('GET /api/applications/:id/activity', () => {
    it('shows stage changes and notes, newest first, ties in a fixed order', async () => {
      const detail = await send<ApplicationDetail>(RECRUITER, apiPaths.application(UNASSIGNED.id))
      const history = detail.body.history
      const at = later(30)
      const note = await writeNote(RECRUITER, UNASSIGNED.id, 'Before the move')
      const move = await post<Application>(RECRUITER, apiPaths.move(UNASSIGNED.id), {
        toStageId: 'sge-offer',
        expectedVersion: UNASSIGNED.version,
      })
      expect(move.status).toBe(200)
      const items = await activity(RECRUITER, UNASSIGNED.id)
      const seeded = items.slice(2).filter((item) => item.kind === 'stage')
      // The note and the move share an instant: the note shows above (as the later).
      expect(items.slice(0, 2)).toEqual([
        {
          kind: 'note',
          id: note.id,
          applicationId: UNASSIGNED.id,
          actor: actor(RECRUITER),
          at,
          note,
        },
        {
          kind: 'stage',
          id: expect.any(String),
          applicationId: UNASSIGNED.id,
          actor: actor(RECRUITER),
          at,
          change: 'moved',
          fromStageId: UNASSIGNED.stageId,
          toStageId: 'sge-offer',
        },
      ] satisfies ActivityItem[])
      expect(seeded.map((item) => item.id)).toEqual(history.map((entry) => entry.id).reverse())
      const times = items.map((item) => item.at)
      expect(times).toEqual([...times].sort().reverse())
    })

    it('answers the same to everyone who may view the application (no scorecards there)', async () => {
      await writeNote(INTERVIEWER, ASSIGNED.id, 'Ready for Thursday.')
      const seen = await activity(RECRUITER, ASSIGNED.id)
      const scorecards = seen.filter((item) => item.kind === 'scorecard')
      const others = (items: ActivityItem[]) => items.filter((item) => item.kind !== 'scorecard')
      expect(others(await activity(INTERVIEWER, ASSIGNED.id))).toEqual(others(seen))
      expect(await activity(MANAGER, ASSIGNED.id)).toEqual(seen)
      expect(scorecards.every((item) => item.actor !== null)).toBe(true)
    })
  })

  describe('scorecards and decisions in the timeline', () => {
    it('show each submission and amendment, only to those the blind rule lets see them', async () => {
      const first = later(10)
      const daniels = await submitScorecard(SECOND_INTERVIEWER, SHARED, 'yes')
      // The other interviewer still owes theirs: no feedback of anyone's in their timeline.
      expect(await scorecardItems(INTERVIEWER, SHARED)).toEqual([])
      expect(await scorecardItems(MANAGER, SHARED)).toEqual([
        {
          kind: 'scorecard',
          id: expect.any(String),
          applicationId: SHARED.id,
          actor: actor(SECOND_INTERVIEWER),
          at: first,
          scorecardId: daniels.id,
          stageId: SHARED.stageId,
          recommendation: 'yes',
          amended: false,
        },
      ] satisfies ActivityItem[])

      later(20)
      await submitScorecard(INTERVIEWER, SHARED, 'strong_yes')
      later(30)
      await submitScorecard(SECOND_INTERVIEWER, SHARED, 'strong_yes')
      const seen = await scorecardItems(INTERVIEWER, SHARED)
      expect(
        seen.map(
          (item) =>
            item.kind === 'scorecard' && [item.actor?.id, item.recommendation, item.amended],
        ),
      ).toEqual([
        [SECOND_INTERVIEWER.id, 'strong_yes', true],
        [INTERVIEWER.id, 'strong_yes', false],
        [SECOND_INTERVIEWER.id, 'yes', false],
      ])
      expect(new Set(seen.map((item) => item.id)).size).toBe(3)
      expect(await scorecardItems(MANAGER, SHARED)).toEqual(seen)
      expect(await scorecardItems(SECOND_INTERVIEWER, SHARED)).toEqual(seen)
    })

    it('hide others’ submissions from an interviewer until they submit their own', async () => {
      await submitScorecard(INTERVIEWER, SHARED, 'no')
      expect(await scorecardItems(INTERVIEWER, SHARED)).toHaveLength(1)
      expect(await scorecardItems(SECOND_INTERVIEWER, SHARED)).toEqual([])
      await submitScorecard(SECOND_INTERVIEWER, SHARED, 'no')
      expect(await scorecardItems(SECOND_INTERVIEWER, SHARED)).toHaveLength(2)
      expect(await scorecardItems(INTERVIEWER, SHARED)).toHaveLength(2)
    })

    it('show a decision once, as the decision rather than the stage change it made', async () => {
      const advancedAt = later(40)
      const advanced = await post<Application>(MANAGER, apiPaths.decision(SHARED.id), {
        decision: 'advance',
        note: 'Strong panel',
        expectedVersion: SHARED.version,
      })
      expect(advanced.status).toBe(200)
      const rejectedAt = later(50)
      const rejected = await post<Application>(MANAGER, apiPaths.decision(SHARED.id), {
        decision: 'reject',
        reason: 'skills',
        expectedVersion: advanced.body.version,
      })
      expect(rejected.status).toBe(200)
      // (An interviewer still owing a scorecard here would see the decisions without notes.)
      const items = await activity(MANAGER, SHARED.id)
      expect(items.slice(0, 2)).toEqual([
        {
          kind: 'decision',
          id: expect.any(String),
          applicationId: SHARED.id,
          actor: actor(MANAGER),
          at: rejectedAt,
          decision: 'reject',
          fromStageId: advanced.body.stageId,
          toStageId: null,
          reason: 'skills',
          note: null,
        },
        {
          kind: 'decision',
          id: expect.any(String),
          applicationId: SHARED.id,
          actor: actor(MANAGER),
          at: advancedAt,
          decision: 'advance',
          fromStageId: SHARED.stageId,
          toStageId: advanced.body.stageId,
          reason: null,
          note: 'Strong panel',
        },
      ] satisfies ActivityItem[])
      // The history has both changes; the timeline does not repeat them.
      expect(items.filter((item) => item.at >= advancedAt)).toHaveLength(2)
      const noFeedback = (all: ActivityItem[]) => all.filter((item) => item.kind !== 'scorecard')
      expect(noFeedback(await activity(MANAGER, SHARED.id))).toEqual(noFeedback(items))
    })
  })

  describe('writes', () => {
    it('leave nothing behind when the notifications cannot be written', async () => {
      const failing: Store = {
        ...store,
        transaction: (work) =>
          store.transaction((tx) =>
            work({
              ...tx,
              insertNotifications: async () => {
                throw new Error('disk full')
              },
            } satisfies StoreWriter),
          ),
      }
      app = buildApp({ store: failing })
      const latest = await store.latestEventId()
      const before = await activity(RECRUITER, UNASSIGNED.id)
      // A 500 is no documented answer: asked directly, past the OpenAPI check.
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
      const response = await app.request(apiPaths.notes(UNASSIGNED.id), {
        method: 'POST',
        headers: {
          cookie: cookies.get(RECRUITER.id) ?? '',
          [CSRF_HEADER]: '1',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ body: `Lost ${handle(MANAGER)}` }),
      })
      expect(response.status).toBe(500)
      expect(quiet).toHaveBeenCalledOnce()
      quiet.mockRestore()
      app = buildApp()
      expect(await activity(RECRUITER, UNASSIGNED.id)).toEqual(before)
      expect(await fresh(MANAGER)).toEqual([])
      expect(await store.listEventsAfter(latest, 10)).toEqual([])
    })

    it('tell only those who may view the application of a new note', async () => {
      const interviewer = await openEvents(INTERVIEWER)
      const manager = await openEvents(MANAGER)
      const recruiter = await openEvents(RECRUITER)
      await writeNote(ADMIN, UNASSIGNED.id, 'Not for the interviewer')
      await writeNote(ADMIN, DESIGN.id, 'Not for the hiring manager')
      await writeNote(ADMIN, ASSIGNED.id, `For all, ${handle(INTERVIEWER)}`)
      const expected = (application: Application) => ({
        kind: 'note.created',
        jobId: application.jobId,
        applicationId: application.id,
        actor: actor(ADMIN),
      })
      expect(await nextChange(interviewer)).toMatchObject(expected(ASSIGNED))
      expect(await nextChange(manager)).toMatchObject(expected(UNASSIGNED))
      expect(await nextChange(manager)).toMatchObject(expected(ASSIGNED))
      expect(await nextChange(recruiter)).toMatchObject(expected(UNASSIGNED))
      expect(await nextChange(recruiter)).toMatchObject(expected(DESIGN))
      expect(await nextChange(recruiter)).toMatchObject(expected(ASSIGNED))
    })
  })

  it('answers problem details as application/problem+json', async () => {
    const response = await app.request(apiPaths.notes(UNASSIGNED.id), {
      method: 'POST',
      headers: { cookie: cookies.get(RECRUITER.id) ?? '', [CSRF_HEADER]: '1' },
      body: 'not json',
    })
    expect(response.status).toBe(415)
    expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE)
  })
})
