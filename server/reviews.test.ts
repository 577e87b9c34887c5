import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiPaths } from '@contract/api.ts'
import { CSRF_HEADER, type Session } from '@contract/auth.ts'
import type { Application, ApplicationDetail } from '@contract/applications.ts'
import type { Board, BoardCard } from '@contract/board.ts'
import type { User } from '@contract/common.ts'
import type { Problem } from '@contract/problem.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import {
  MY_REVIEWS_LIMIT,
  type ApplicationReviews,
  type InterviewPlan,
  type MyReviews,
  type Recommendation,
  type Scorecard,
  type ScorecardContent,
} from '@contract/reviews.ts'
import { createApp, type ApiApp } from './app.ts'
import { generateDemoData } from './seed/generator.ts'
import { PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './seed/jobs.ts'
import { DEMO_USERS } from './seed/users.ts'
import type { Store } from './store/store.ts'
import { BACKENDS, type TestStore } from './test/backends.ts'
import { openApiMismatches } from './test/openapi-check.ts'
import { nextChange, readEvents, type EventReader } from './test/sse.ts'

/**
 * Interview plans, scorecards, the blind rule, review summaries and decisions over HTTP, on
 * every store. Every answer is checked against the OpenAPI document.
 */

const NOW = new Date('2026-11-01T12:00:00Z')
const SEED = generateDemoData({ now: NOW })
const user = (id: string) => DEMO_USERS.find((u) => u.id === id)!
const ADMIN = user('user-admin')
const RECRUITER = user('user-recruiter')
const MANAGER = user('user-hiring-manager')
const PRIYA = user('user-interviewer')
const DANIEL = user('user-interviewer-2')
const GO = SENIOR_GO_ENGINEER
const TECH = 'sge-go-technical'

/** The top of the Go technical column: both interviewers assigned, no scorecards yet. */
const [FRESH, FRESH_2] = SEED.applications
  .filter((a) => a.stageId === TECH && a.status === 'active')
  .sort(compareByRank) as [Application, Application]

/** What FRESH's earlier stages were recommended (the seed submitted them all). */
const EARLIER = SEED.scorecards
  .filter((card) => card.applicationId === FRESH.id && card.submitted)
  .map((card) => card.submitted!.recommendation)

let testStore: TestStore
let store: Store
let app: ApiApp
let clock = NOW
let counter = 0
const cookies = new Map<string, string>()
let streams: EventReader[] = []

type Reply<T> = { status: number; body: T }

async function send<T>(as: User, method: string, path: string, body?: unknown) {
  const headers = new Headers({ cookie: cookies.get(as.id) ?? '', [CSRF_HEADER]: '1' })
  if (body !== undefined) headers.set('content-type', 'application/json')
  const response = await app.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : null
  const contentType = response.headers.get('content-type')
  const pathname = new URL(path, 'http://localhost').pathname
  const status = response.status
  expect(openApiMismatches({ method, pathname, status, contentType, body: parsed })).toEqual([])
  return { status, body: parsed as T } as Reply<T>
}

const get = <T = Problem>(as: User, path: string) => send<T>(as, 'GET', path)
const put = <T = Problem>(as: User, path: string, body: unknown) => send<T>(as, 'PUT', path, body)
const post = <T = Problem>(as: User, path: string, body: unknown) => send<T>(as, 'POST', path, body)

function ok<T>(reply: Reply<T>, status = 200) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  return reply.body
}

function invalid(reply: Reply<unknown>, ...fields: string[]) {
  expect(reply.status).toBe(422)
  expect(Object.keys((reply.body as Problem).errors ?? {}).sort()).toEqual([...fields].sort())
}

/** The reviews as `as` sees them, with only the Go technical stage's scorecards and owed. */
const reviews = async (as: User, id = FRESH.id) => {
  const all = ok(await get<ApplicationReviews>(as, apiPaths.reviews(id)))
  return {
    ...all,
    scorecards: all.scorecards.filter((card) => card.stageId === TECH),
    owed: all.owed.filter((assignment) => assignment.stageId === TECH),
  }
}

/** A complete scorecard for the Go technical interview. */
const techCard = (recommendation: Recommendation = 'yes', rating: 1 | 2 | 3 | 4 = 3) =>
  ({
    ratings: {
      go: { rating, note: 'Explained channels well' },
      fundamentals: { rating, note: '' },
      'code-quality': { rating: 'no_evidence', note: '' },
    },
    recommendation,
    summary: 'Solid',
  }) satisfies ScorecardContent

const draftOf = (content: Partial<ScorecardContent> = {}): ScorecardContent => ({
  ratings: { go: { rating: 2, note: 'private thoughts' } },
  recommendation: null,
  summary: 'half done',
  ...content,
})

function saveDraft(
  as: User,
  content: ScorecardContent,
  expectedVersion: number | null,
  id = FRESH.id,
  stageId = TECH,
) {
  return put<Scorecard>(as, apiPaths.scorecardDraft(id, stageId), { content, expectedVersion })
}

function submit(
  as: User,
  content: ScorecardContent,
  expectedVersion: number | null,
  id = FRESH.id,
  stageId = TECH,
) {
  return post<Scorecard>(as, apiPaths.scorecardSubmit(id, stageId), { content, expectedVersion })
}

async function boardCard(as: User, id: string, stageId = TECH): Promise<BoardCard | undefined> {
  const board = ok(await get<Board>(as, apiPaths.board(GO.id)))
  return board.columns.find((c) => c.stageId === stageId)?.cards.find((card) => card.id === id)
}

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

describe.each(BACKENDS)('reviews over the $name store', (backend) => {
  if (backend.unavailable) {
    it.skip(backend.unavailable, () => {})
    return
  }
  let opened: TestStore | undefined

  beforeAll(async () => {
    opened = await backend.open({ seed: SEED, passwordHashes: new Map() })
    testStore = opened
    store = opened.store
    app = createApp({
      store,
      demoSeed: () => structuredClone(SEED),
      now: () => clock,
      newId: (prefix) => `${prefix}-test-${++counter}`,
    })
    for (const u of DEMO_USERS) {
      const response = await app.request(apiPaths.demoSession(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
        body: JSON.stringify({ userId: u.id }),
      })
      expect(((await response.json()) as Session).user.id).toBe(u.id)
      cookies.set(u.id, (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '')
    }
  }, 60_000)

  afterAll(() => opened?.close())

  beforeEach(async () => {
    clock = NOW
    await testStore.reset()
  })

  afterEach(async () => {
    await Promise.all(streams.map((events) => events.cancel()))
    streams = []
  })

  const later = () => {
    clock = new Date(clock.getTime() + 60_000)
  }

  describe('the seed', () => {
    it('has both interviewers on the top Go technical cards, with no scorecards yet', async () => {
      expect(EARLIER.length).toBeGreaterThan(0)
      for (const application of [FRESH, FRESH_2]) {
        const seen = await reviews(MANAGER, application.id)
        expect(
          seen.assignments
            .filter((a) => a.stageId === TECH)
            .map((a) => a.interviewer.id)
            .sort(),
        ).toEqual([PRIYA.id, DANIEL.id].sort())
        expect(seen.scorecards.filter((card) => card.stageId === TECH)).toEqual([])
      }
    })

    it('plans the Senior Go Engineer’s stages from the role’s competencies', async () => {
      const plan = ok(await get<InterviewPlan>(PRIYA, apiPaths.plan(GO.id)))
      const keys = (stageId: string) =>
        plan.stages.find((s) => s.stageId === stageId)?.competencies.map((c) => c.key)
      expect(plan.stages.map((s) => s.stageId)).toEqual(GO.stages.map((s) => s.id))
      expect(keys('sge-recruiter-screen')).toEqual(['collaboration', 'experience'])
      expect(keys(TECH)).toEqual(['go', 'fundamentals', 'code-quality'])
      expect(keys('sge-system-design')).toEqual([
        'architecture',
        'distributed',
        'data',
        'apis',
        'reliability',
      ])
      expect(keys('sge-team-interview')).toEqual(['delivery', 'collaboration', 'mentoring'])
      expect(keys('sge-applied')).toEqual([])
    })

    it('gives applications further on submitted scorecards, summarized on their cards', async () => {
      const board = ok(await get<Board>(MANAGER, apiPaths.board(GO.id)))
      const later = board.columns
        .filter((c) => ['sge-system-design', 'sge-team-interview', 'sge-offer'].includes(c.stageId))
        .flatMap((c) => c.cards)
      expect(later.length).toBeGreaterThan(0)
      for (const card of later) expect(card.reviews?.submitted).toBeGreaterThan(0)
    })
  })

  describe('the blind rule', () => {
    it('hides others’ scorecards from an interviewer until they submit theirs', async () => {
      ok(await submit(PRIYA, techCard('strong_yes', 4), null))

      // Daniel owes his: he sees only his own assignment, nothing of Priya's.
      const blind = await reviews(DANIEL)
      expect(blind.blinded).toBe(true)
      expect(blind.scorecards).toEqual([])
      expect(blind.assignments).toEqual([
        { stageId: TECH, interviewer: { id: DANIEL.id, name: DANIEL.name } },
      ])
      expect(blind.owed).toEqual(blind.assignments)
      expect(blind.suggestion).toBeNull()
      const detail = ok(await get<ApplicationDetail>(DANIEL, apiPaths.application(FRESH.id)))
      expect(detail.assignments.map((a) => a.interviewer.id)).toEqual([DANIEL.id])
      // Not even who else interviews his stage.
      expect(detail.interviewers.map((a) => a.id)).toEqual([DANIEL.id])
      expect((await boardCard(DANIEL, FRESH.id))?.reviews).toBeNull()

      // His draft stays his.
      const draft = ok(await saveDraft(DANIEL, draftOf(), null))
      expect(draft.draft?.summary).toBe('half done')
      for (const viewer of [PRIYA, MANAGER, RECRUITER, ADMIN]) {
        const seen = await reviews(viewer)
        expect(seen.blinded).toBe(false)
        expect(seen.scorecards.map((c) => c.author.id)).toEqual([PRIYA.id])
        expect(JSON.stringify(seen)).not.toContain('private thoughts')
      }

      // Once he submits, he sees everyone's.
      later()
      ok(await submit(DANIEL, techCard('yes'), draft.version))
      const open = await reviews(DANIEL)
      expect(open.blinded).toBe(false)
      expect(open.scorecards.map((c) => c.author.id).sort()).toEqual([DANIEL.id, PRIYA.id].sort())
      const own = open.scorecards.find((c) => c.author.id === PRIYA.id)
      expect(own?.draft).toBeNull()
      expect(own?.submitted?.recommendation).toBe('strong_yes')
      const card = await boardCard(DANIEL, FRESH.id)
      expect(card?.reviews).toEqual({
        submitted: EARLIER.length + 2,
        owed: 0,
        recommendations: [...EARLIER, 'strong_yes', 'yes'],
      })
      const detail2 = ok(await get<ApplicationDetail>(DANIEL, apiPaths.application(FRESH.id)))
      expect(detail2.assignments.length).toBeGreaterThan(1)
    })

    it('shows hiring managers, recruiters and admins every submission at once', async () => {
      ok(await submit(PRIYA, techCard(), null))
      for (const viewer of [MANAGER, RECRUITER, ADMIN]) {
        const seen = await reviews(viewer)
        expect(seen.blinded).toBe(false)
        expect(seen.scorecards.map((c) => c.author.id)).toEqual([PRIYA.id])
        expect(seen.owed.map((a) => a.interviewer.id)).toEqual([DANIEL.id])
        expect((await boardCard(viewer, FRESH.id))?.reviews).toEqual({
          submitted: EARLIER.length + 1,
          owed: 1,
          recommendations: [...EARLIER, 'yes'],
        })
      }
    })

    it('streams a submission only to those who may see it', async () => {
      const daniel = await openEvents(DANIEL)
      const manager = await openEvents(MANAGER)
      const priya = await openEvents(PRIYA)
      ok(await submit(PRIYA, techCard(), null))
      expect((await nextChange(manager)).kind).toBe('scorecard.submitted')
      expect((await nextChange(priya)).kind).toBe('scorecard.submitted')
      // Daniel hears of the next change he may see, not of Priya's submission.
      later()
      ok(await submit(DANIEL, techCard(), null))
      const heard = await nextChange(daniel)
      expect(heard.kind).toBe('scorecard.submitted')
      expect(heard.actor?.id).toBe(DANIEL.id)
      // Priya has submitted: she hears of Daniel's.
      expect((await nextChange(priya)).actor?.id).toBe(DANIEL.id)
    })
  })

  describe('scorecards', () => {
    it('are written only by an interviewer assigned to that stage', async () => {
      // Not assigned to this stage, the hiring manager, or not even able to see it.
      expect((await submit(PRIYA, techCard(), null, FRESH.id, 'sge-system-design')).status).toBe(
        403,
      )
      expect((await saveDraft(MANAGER, draftOf(), null)).status).toBe(403)
      const hidden = SEED.applications.find((a) => a.stageId === 'sge-applied')!
      expect((await saveDraft(PRIYA, draftOf(), null, hidden.id, 'sge-applied')).status).toBe(404)
      expect((await saveDraft(PRIYA, draftOf(), null, FRESH.id, 'pd-panel')).status).toBe(404)
    })

    it('rate only planned competencies, 1–4 or no evidence', async () => {
      invalid(
        await saveDraft(
          PRIYA,
          draftOf({ ratings: { architecture: { rating: 3, note: '' } } }),
          null,
        ),
        'content.ratings.architecture',
      )
      const bad = await put(PRIYA, apiPaths.scorecardDraft(FRESH.id, TECH), {
        content: draftOf({ ratings: { go: { rating: 5, note: '' } } as never }),
        expectedVersion: null,
      })
      expect(bad.status).toBe(422)
      expect(Object.keys(bad.body.errors ?? {})).toEqual(['content.ratings.go.rating'])
    })

    it('need every planned competency rated and a recommendation to submit', async () => {
      invalid(
        await submit(PRIYA, draftOf(), null),
        'content.ratings.fundamentals.rating',
        'content.ratings.code-quality.rating',
        'content.recommendation',
      )
      // Nothing was saved.
      expect((await reviews(PRIYA)).scorecards).toEqual([])
    })

    it('keep versions: null creates, a stale version is refused with the current card', async () => {
      const first = ok(await saveDraft(PRIYA, draftOf(), null))
      expect(first.version).toBe(1)
      const again = await saveDraft(PRIYA, draftOf(), null)
      expect(again.status).toBe(409)
      expect((again.body as unknown as { scorecard: Scorecard }).scorecard.version).toBe(1)
      const second = ok(await saveDraft(PRIYA, draftOf({ summary: 'more' }), 1))
      expect(second.version).toBe(2)
      expect((await saveDraft(PRIYA, draftOf(), 1)).status).toBe(409)
      expect((await submit(PRIYA, techCard(), 5)).status).toBe(409)
    })

    it('can be amended, keeping earlier submissions as revisions', async () => {
      const first = ok(await submit(PRIYA, techCard('no', 2), null))
      later()
      const amending = ok(await saveDraft(PRIYA, techCard('yes', 3), first.version))
      // Others still see the submission while the amendment is a draft.
      const meanwhile = (await reviews(MANAGER)).scorecards[0]
      expect(meanwhile?.submitted?.recommendation).toBe('no')
      expect(meanwhile?.draft).toBeNull()
      later()
      const amended = ok(await submit(PRIYA, techCard('strong_yes', 4), amending.version))
      expect(amended.submitted?.recommendation).toBe('strong_yes')
      expect(amended.revisions.map((r) => r.recommendation)).toEqual(['no'])
      expect(amended.draft).toBeNull()
      expect((await reviews(MANAGER)).scorecards[0]?.revisions).toHaveLength(1)
    })
  })

  describe('suggestions', () => {
    const suggestion = async () => (await reviews(MANAGER)).suggestion

    it('suggest advancing when everyone recommends yes, rejecting when everyone says no', async () => {
      ok(await submit(PRIYA, techCard('yes'), null))
      expect(await suggestion()).toBeNull() // Daniel's is owed
      ok(await submit(DANIEL, techCard('strong_yes', 4), null))
      expect(await suggestion()).toMatchObject({
        decision: 'advance',
        toStageId: 'sge-system-design',
      })
      // Nobody else gets it.
      expect((await reviews(PRIYA)).suggestion).toBeNull()

      ok(await submit(PRIYA, techCard('no', 2), null, FRESH_2.id))
      ok(await submit(DANIEL, techCard('strong_no', 1), null, FRESH_2.id))
      expect((await reviews(MANAGER, FRESH_2.id)).suggestion).toMatchObject({
        decision: 'reject',
        toStageId: null,
      })
    })

    it('suggest nothing when the interviewers disagree', async () => {
      ok(await submit(PRIYA, techCard('yes'), null))
      ok(await submit(DANIEL, techCard('no', 2), null))
      expect(await suggestion()).toBeNull()
    })
  })

  describe('decisions', () => {
    const decide = (as: User, body: Record<string, unknown>, id = FRESH.id) =>
      post<Application>(as, apiPaths.decision(id), { expectedVersion: FRESH.version, ...body })

    it('advance to the top of the next stage, with history and a decision record', async () => {
      const moved = ok(await decide(MANAGER, { decision: 'advance', note: 'Great' }))
      expect(moved.stageId).toBe('sge-system-design')
      expect(moved.version).toBe(FRESH.version + 1)
      const detail = ok(await get<ApplicationDetail>(MANAGER, apiPaths.application(FRESH.id)))
      expect(detail.history.at(-1)).toMatchObject({
        kind: 'moved',
        fromStageId: TECH,
        toStageId: 'sge-system-design',
        actor: { id: MANAGER.id },
      })
      const board = ok(await get<Board>(MANAGER, apiPaths.board(GO.id)))
      expect(board.columns.find((c) => c.stageId === 'sge-system-design')?.cards[0]?.id).toBe(
        FRESH.id,
      )
      expect(await store.listDecisions(FRESH.id)).toEqual([
        expect.objectContaining({
          decision: 'advance',
          fromStageId: TECH,
          toStageId: 'sge-system-design',
          reason: null,
          note: 'Great',
          actor: { id: MANAGER.id, name: MANAGER.name },
        }),
      ])
    })

    it('reject with a reason only', async () => {
      invalid(await decide(MANAGER, { decision: 'reject' }), 'reason')
      const rejected = ok(await decide(MANAGER, { decision: 'reject', reason: 'skills' }))
      expect(rejected.status).toBe('rejected')
      expect(rejected.rejection).toEqual({ reason: 'skills', note: null })
      expect((await store.listDecisions(FRESH.id))[0]?.reason).toBe('skills')
      // Closed now: no more decisions.
      expect(
        (
          await post(MANAGER, apiPaths.decision(FRESH.id), {
            decision: 'advance',
            expectedVersion: rejected.version,
          })
        ).status,
      ).toBe(409)
    })

    it('make an offer, then mark hired from the offer stage only', async () => {
      invalid(await decide(MANAGER, { decision: 'hire' }), 'decision')
      const offered = ok(await decide(MANAGER, { decision: 'offer' }))
      expect(offered.stageId).toBe('sge-offer')
      const hired = ok(
        await post<Application>(MANAGER, apiPaths.decision(FRESH.id), {
          decision: 'hire',
          expectedVersion: offered.version,
        }),
      )
      expect(hired).toMatchObject({ stageId: 'sge-hired', status: 'hired' })
      expect((await store.listDecisions(FRESH.id)).map((d) => d.decision)).toEqual([
        'offer',
        'hire',
      ])
    })

    it('write the move and the decision together, or neither', async () => {
      const failing: Store = {
        ...store,
        transaction: (work) =>
          store.transaction((tx) =>
            work({
              ...tx,
              insertDecision: async () => {
                throw new Error('the decision row cannot be written')
              },
            }),
          ),
      }
      const broken = createApp({ store: failing, now: () => clock })
      // The API logs the unexpected failure; expected here.
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
      const response = await broken.request(apiPaths.decision(FRESH.id), {
        method: 'POST',
        headers: {
          cookie: cookies.get(MANAGER.id) ?? '',
          [CSRF_HEADER]: '1',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ decision: 'advance', expectedVersion: FRESH.version }),
      })
      expect(response.status).toBe(500)
      expect(logged).toHaveBeenCalled()
      logged.mockRestore()
      const detail = ok(await get<ApplicationDetail>(MANAGER, apiPaths.application(FRESH.id)))
      expect(detail.application).toEqual(FRESH)
      expect(detail.history.at(-1)?.toStageId).toBe(TECH)
      expect(await store.listDecisions(FRESH.id)).toEqual([])
    })

    it('are refused to interviewers (403), on stale versions (409) and to strangers (404)', async () => {
      expect((await decide(PRIYA, { decision: 'advance' })).status).toBe(403)
      expect((await decide(MANAGER, { decision: 'advance', expectedVersion: 99 })).status).toBe(409)
      const designer = SEED.applications.find((a) => a.jobId === PRODUCT_DESIGNER.id)!
      expect(
        (
          await post(MANAGER, apiPaths.decision(designer.id), {
            decision: 'advance',
            expectedVersion: designer.version,
          })
        ).status,
      ).toBe(404)
      expect(await store.listDecisions(FRESH.id)).toEqual([])
    })
  })

  describe('interview plans', () => {
    const current = () => get<InterviewPlan>(ADMIN, apiPaths.plan(GO.id)).then(ok)
    const stages = (plan: InterviewPlan) => plan.stages

    it('are edited by admins and the opening’s recruiters, not by managers or interviewers', async () => {
      const plan = await current()
      const edited = [
        ...stages(plan).filter((s) => s.stageId !== TECH),
        { stageId: TECH, competencies: [{ key: 'go', name: 'Go' }] },
      ]
      expect(
        (await put(MANAGER, apiPaths.plan(GO.id), { stages: edited, expectedVersion: 1 })).status,
      ).toBe(403)
      expect(
        (await put(PRIYA, apiPaths.plan(GO.id), { stages: edited, expectedVersion: 1 })).status,
      ).toBe(403)
      const saved = ok(
        await put<InterviewPlan>(RECRUITER, apiPaths.plan(GO.id), {
          stages: edited,
          expectedVersion: 1,
        }),
      )
      expect(saved.version).toBe(2)
      // Pipeline order, whatever order was sent.
      expect(saved.stages.map((s) => s.stageId)).toEqual(GO.stages.map((s) => s.id))
      expect(saved.stages.find((s) => s.stageId === TECH)?.competencies).toEqual([
        { key: 'go', name: 'Go' },
      ])
      expect(
        (await put(ADMIN, apiPaths.plan(GO.id), { stages: edited, expectedVersion: 1 })).status,
      ).toBe(409)
      // The plan decides what a scorecard must rate.
      ok(
        await submit(
          PRIYA,
          { ratings: { go: { rating: 3, note: '' } }, recommendation: 'yes', summary: '' },
          null,
        ),
      )
    })

    it('are checked: stages of the opening, once each, keys unique in a stage', async () => {
      invalid(
        await put(ADMIN, apiPaths.plan(GO.id), {
          stages: [
            { stageId: 'pd-panel', competencies: [] },
            {
              stageId: TECH,
              competencies: [
                { key: 'go', name: 'Go' },
                { key: 'go', name: 'Again' },
              ],
            },
            { stageId: TECH, competencies: [] },
          ],
          expectedVersion: 1,
        }),
        'stages.0.stageId',
        'stages.1.competencies.1.key',
        'stages.2.stageId',
      )
    })

    it('tell whoever sees the opening when they change', async () => {
      const priya = await openEvents(PRIYA)
      ok(await put(ADMIN, apiPaths.plan(GO.id), { stages: [], expectedVersion: 1 }))
      const heard = await nextChange(priya)
      expect(heard).toMatchObject({ kind: 'plan.changed', jobId: GO.id, applicationId: null })
    })

    it('are hidden from those who cannot see the opening', async () => {
      expect((await get(PRIYA, apiPaths.plan(PRODUCT_DESIGNER.id))).status).toBe(404)
    })
  })

  describe('stage assignments', () => {
    it('assign one stage (the current by default), and anyone assigned may view', async () => {
      const stranger = SEED.applications.find(
        (a) => a.jobId === GO.id && a.stageId === 'sge-applied' && a.status === 'active',
      )!
      expect((await get(DANIEL, apiPaths.application(stranger.id))).status).toBe(404)
      const reply = ok(
        await put<{ interviewers: unknown[]; assignments: unknown[] }>(
          RECRUITER,
          apiPaths.interviewers(stranger.id),
          { stageId: 'sge-team-interview', userIds: [DANIEL.id, MANAGER.id] },
        ),
      )
      expect(reply.interviewers).toHaveLength(2)
      const detail = ok(await get<ApplicationDetail>(DANIEL, apiPaths.application(stranger.id)))
      // Not the current stage's interviewer, but assigned: he sees it.
      expect(detail.interviewers).toEqual([])
      expect(detail.assignments.map((a) => a.stageId)).toEqual(['sge-team-interview'])
      // A scorecard waits until the candidate reaches the stage.
      expect(
        (await saveDraft(DANIEL, draftOf(), null, stranger.id, 'sge-team-interview')).status,
      ).toBe(409)
      // Someone who is neither an interviewer nor on the opening's team could never open it.
      const designer = SEED.applications.find((a) => a.jobId === PRODUCT_DESIGNER.id)!
      invalid(
        await put(RECRUITER, apiPaths.interviewers(designer.id), { userIds: [MANAGER.id] }),
        'userIds',
      )
      invalid(
        await put(RECRUITER, apiPaths.interviewers(stranger.id), {
          stageId: 'pd-panel',
          userIds: [],
        }),
        'stageId',
      )
    })
  })

  describe('my reviews', () => {
    it('lists what the user owes, oldest assignment first, with draft status', async () => {
      const mine = ok(await get<MyReviews>(PRIYA, apiPaths.myReviews())).items
      expect(mine.length).toBeGreaterThan(2)
      const times = mine.map((item) => item.assignedAt)
      expect(times).toEqual([...times].sort())
      const fresh = mine.find((item) => item.applicationId === FRESH.id)
      expect(fresh).toMatchObject({ stageId: TECH, status: 'not_started', jobTitle: GO.title })
      ok(await saveDraft(PRIYA, draftOf(), null))
      const drafted = ok(await get<MyReviews>(PRIYA, apiPaths.myReviews())).items
      expect(drafted.find((item) => item.applicationId === FRESH.id)?.status).toBe('draft')
      ok(await submit(PRIYA, techCard(), 1))
      const after = ok(await get<MyReviews>(PRIYA, apiPaths.myReviews())).items
      expect(after.some((item) => item.applicationId === FRESH.id)).toBe(false)
      expect(after).toHaveLength(mine.length - 1)
    })

    const mineWith = (limit: string) => `${apiPaths.myReviews()}?limit=${limit}`

    it('counts what each user owes in total: all of the list', async () => {
      for (const u of DEMO_USERS) {
        const mine = ok(await get<MyReviews>(u, apiPaths.myReviews()))
        expect(mine.total).toBe(mine.items.length)
        expect(mine.total).toBe(await store.countOwedReviews(u.id))
      }
    })

    it('answers only the count with limit=0, and that many of the oldest with a limit', async () => {
      const all = ok(await get<MyReviews>(PRIYA, apiPaths.myReviews()))
      expect(all.total).toBeGreaterThan(2)
      expect(ok(await get<MyReviews>(PRIYA, mineWith('0')))).toEqual({
        items: [],
        total: all.total,
      })
      expect(ok(await get<MyReviews>(PRIYA, mineWith('2')))).toEqual({
        items: all.items.slice(0, 2),
        total: all.total,
      })
      expect(ok(await get<MyReviews>(PRIYA, mineWith(String(all.total))))).toEqual(all)

      // The count follows a submission, as the list does.
      ok(await submit(PRIYA, techCard(), null))
      expect(ok(await get<MyReviews>(PRIYA, mineWith('0'))).total).toBe(all.total - 1)
    })

    it('answers 422 problem details for a bad limit', async () => {
      // send() also checks the answer is application/problem+json, as the document says.
      for (const limit of ['-1', String(MY_REVIEWS_LIMIT + 1), 'ten', '1.5', '']) {
        const reply = await get(PRIYA, mineWith(limit))
        invalid(reply, 'limit')
        expect(reply.body.detail).toBe('The query has invalid fields.')
      }
    })
  })
})
