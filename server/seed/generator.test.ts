import { describe, expect, it } from 'vitest'
import { Application, StageHistoryEntry } from '@contract/applications.ts'
import { Candidate } from '@contract/candidates.ts'
import { User } from '@contract/common.ts'
import { Job } from '@contract/jobs.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import { matchSkills } from '@contract/rules/skill-match.ts'
import { competenciesFor, submitErrors } from '@contract/rules/reviews.ts'
import { InterviewPlan, Scorecard } from '@contract/reviews.ts'
import type { DemoData } from './demo-data.ts'
import { generateDemoData } from './generator.ts'
import { PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './jobs.ts'
import { createRng } from './random.ts'
import { DEFAULT_ACTOR_ID, DEMO_USERS } from './users.ts'

const NOW = new Date('2025-06-02T09:30:00.000Z')
const DAY = 24 * 60 * 60 * 1000
const ID = /^[A-Za-z0-9_-]+$/

const data = generateDemoData({ now: NOW })
const big = generateDemoData({ now: NOW, applications: 10_000 })

function expectParses(
  schema: { safeParse: (value: unknown) => { success: boolean } },
  records: unknown[],
) {
  const failures = records.filter((record) => !schema.safeParse(record).success)
  expect(failures).toEqual([])
}

function applicationsOf(dataset: DemoData, jobId: string) {
  return dataset.applications.filter((application) => application.jobId === jobId)
}

function historyByApplication(dataset: DemoData) {
  const map = new Map<string, StageHistoryEntry[]>()
  for (const entry of dataset.history) {
    const list = map.get(entry.applicationId) ?? []
    list.push(entry)
    map.set(entry.applicationId, list)
  }
  return map
}

/** Every invariant the store and the board rely on; returns what is wrong, if anything. */
function consistencyProblems(dataset: DemoData, now: Date): string[] {
  const problems: string[] = []
  const jobs = new Map(dataset.jobs.map((job) => [job.id, job]))
  const candidates = new Set(dataset.candidates.map((candidate) => candidate.id))
  const history = historyByApplication(dataset)
  const userIds = new Set(DEMO_USERS.map((user) => user.id))

  for (const application of dataset.applications) {
    const fail = (what: string) => problems.push(`${application.id}: ${what}`)
    const job = jobs.get(application.jobId)
    if (!job) {
      fail('unknown job')
      continue
    }
    const stages = job.stages.map((stage) => stage.id)
    const stageIndex = stages.indexOf(application.stageId)
    if (stageIndex === -1) fail('stage not in its job')
    const kind = job.stages[stageIndex]?.kind
    if (!candidates.has(application.candidateId)) fail('unknown candidate')

    // Status follows the stage for open applications; only rejected ones carry a reason.
    if (application.status === 'active' && kind === 'hired') fail('active in the hired stage')
    if (application.status === 'hired' && kind !== 'hired') fail('hired outside the hired stage')
    if ((application.rejection !== null) !== (application.status === 'rejected')) {
      fail('rejection does not match status')
    }

    const entries = history.get(application.id) ?? []
    const [applied, ...rest] = entries
    if (
      applied?.kind !== 'applied' ||
      applied.fromStageId !== null ||
      applied.toStageId !== stages[0] ||
      applied.at !== application.createdAt
    ) {
      fail('first entry is not the application')
    }
    const moves = rest.filter((entry) => entry.kind === 'moved')
    if (moves.length !== stageIndex) fail(`${moves.length} moves to reach stage ${stageIndex}`)
    moves.forEach((move, step) => {
      if (move.fromStageId !== stages[step] || move.toStageId !== stages[step + 1]) {
        fail(`move ${step + 1} skips a stage`)
      }
    })
    if ((moves.at(-1)?.at ?? application.createdAt) !== application.stageEnteredAt) {
      fail('stageEnteredAt is not the last move')
    }
    const closing = rest.filter((entry) => entry.kind === 'rejected' || entry.kind === 'withdrawn')
    const closed = application.status === 'rejected' || application.status === 'withdrawn'
    if (
      closed ? rest.at(-1)?.kind !== application.status || closing.length !== 1 : closing.length
    ) {
      fail('closing entry does not match status')
    }
    if (rest.length !== moves.length + closing.length) fail('unexpected history kinds')

    // Strictly increasing times, none in the future; version counts the changes.
    const times = entries.map((entry) => Date.parse(entry.at))
    if (times.some((time, index) => index > 0 && time <= (times[index - 1] ?? Infinity))) {
      fail('history times not increasing')
    }
    if ((times.at(-1) ?? Infinity) > now.getTime()) fail('history in the future')
    if (entries.at(-1)?.at !== application.updatedAt) fail('updatedAt is not the last change')
    if (application.version !== entries.length) fail('version does not count the changes')
    if (entries.some((entry) => !userIds.has(entry.actor.id))) fail('actor is not a demo user')
    if (application.appliedAt !== application.createdAt.slice(0, 10)) fail('appliedAt')
    if (now.getTime() - Date.parse(application.createdAt) >= 92 * DAY) fail('applied too long ago')
    if (Date.parse(application.stageEnteredAt) < Date.parse(application.createdAt)) {
      fail('entered the stage before applying')
    }
  }
  return problems
}

function rankProblems(dataset: DemoData): string[] {
  const byStage = new Map<string, Application[]>()
  for (const application of dataset.applications) {
    const list = byStage.get(application.stageId)
    if (list) list.push(application)
    else byStage.set(application.stageId, [application])
  }
  const problems: string[] = []
  for (const [stageId, applications] of byStage) {
    const sorted = [...applications].sort(compareByRank)
    sorted.forEach((application, index) => {
      const previous = sorted[index - 1]
      if (previous && !(previous.rank < application.rank)) {
        problems.push(`${stageId}: ${previous.id} and ${application.id} share a rank`)
      }
    })
  }
  return problems
}

describe('random', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed)
      return Array.from({ length: 5 }, () => rng.next())
    }
    expect(draw(7)).toEqual(draw(7))
    expect(draw(7)).not.toEqual(draw(8))
  })

  it('keeps helpers in range', () => {
    const rng = createRng(1)
    for (let index = 0; index < 1000; index++) {
      const value = rng.int(3, 5)
      expect(value).toBeGreaterThanOrEqual(3)
      expect(value).toBeLessThanOrEqual(5)
    }
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 3)).size).toBe(3)
    expect(rng.sample([1, 2], 5)).toHaveLength(2)
    expect([...rng.shuffle([1, 2, 3, 4])].sort()).toEqual([1, 2, 3, 4])
    expect(
      rng.weighted([
        ['only', 1],
        ['never', 0],
      ]),
    ).toBe('only')
  })
})

describe('users and jobs', () => {
  it('has a demo user per role (two interviewers) and a recruiter as the default actor', () => {
    expectParses(User, data.users)
    expect(data.users.map((user) => user.role).sort()).toEqual(
      ['admin', 'hiring_manager', 'interviewer', 'interviewer', 'recruiter'].sort(),
    )
    expect(data.users.find((user) => user.id === DEFAULT_ACTOR_ID)?.role).toBe('recruiter')
  })

  it('seeds both openings with valid, globally unique stage ids', () => {
    expectParses(Job, data.jobs)
    expect(data.jobs.map((job) => job.id)).toEqual([SENIOR_GO_ENGINEER.id, PRODUCT_DESIGNER.id])
    const stageIds = data.jobs.flatMap((job) => job.stages.map((stage) => stage.id))
    expect(new Set(stageIds).size).toBe(stageIds.length)
    for (const job of data.jobs) {
      expect(job.stages.filter((stage) => stage.kind === 'hired')).toHaveLength(1)
      expect(job.requirements.some((requirement) => requirement.kind === 'must')).toBe(true)
      expect(new Set(job.requirements.map((requirement) => requirement.id)).size).toBe(
        job.requirements.length,
      )
      for (const requirement of job.requirements) {
        for (const skill of requirement.skills) expect(skill).toBe(skill.toLowerCase())
      }
    }
    expect(SENIOR_GO_ENGINEER.stages.map((stage) => stage.name)).toEqual([
      'Applied',
      'Recruiter screen',
      'Go technical interview',
      'System design',
      'Team interview',
      'Offer',
      'Hired',
    ])
  })

  it('hands out copies, so a store can change them freely', () => {
    expect(data.jobs[0]).not.toBe(SENIOR_GO_ENGINEER)
    expect(data.users[0]).not.toBe(DEMO_USERS[0])
  })
})

describe('generateDemoData (defaults)', () => {
  it('parses with the contract schemas', () => {
    expectParses(Candidate, data.candidates)
    expectParses(Application, data.applications)
    expectParses(StageHistoryEntry, data.history)
  })

  it('makes 60 Go applications and a handful for the designer opening', () => {
    expect(applicationsOf(data, SENIOR_GO_ENGINEER.id)).toHaveLength(60)
    const designers = applicationsOf(data, PRODUCT_DESIGNER.id)
    expect(designers.length).toBeGreaterThanOrEqual(5)
    expect(data.candidates).toHaveLength(data.applications.length)
  })

  it('uses unique, url-safe ids', () => {
    for (const records of [data.candidates, data.applications, data.history]) {
      const ids = records.map((record) => record.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(ID)
    }
  })

  it('spreads the Go pipeline, heavy at the start, with a few closed', () => {
    const applications = applicationsOf(data, SENIOR_GO_ENGINEER.id)
    const count = (stageId: string) => applications.filter((a) => a.stageId === stageId).length
    const stageIds = SENIOR_GO_ENGINEER.stages.map((stage) => stage.id)
    expect(stageIds.filter((stageId) => count(stageId) > 0).length).toBeGreaterThanOrEqual(6)
    expect(count('sge-applied') + count('sge-recruiter-screen')).toBeGreaterThan(
      count('sge-offer') + count('sge-team-interview') + count('sge-hired'),
    )
    const hired = applications.filter((a) => a.status === 'hired')
    expect(hired.length).toBeGreaterThanOrEqual(1)
    expect(hired.length).toBeLessThanOrEqual(2)
    const rejected = applications.filter((a) => a.status === 'rejected')
    expect(rejected.length).toBeGreaterThanOrEqual(1)
    expect(rejected.length).toBeLessThanOrEqual(8)
    expect(applications.filter((a) => a.status === 'withdrawn').length).toBeGreaterThanOrEqual(1)
  })

  it('keeps history, status, times and versions consistent with each application', () => {
    expect(consistencyProblems(data, NOW)).toEqual([])
  })

  it('gives strictly ascending ranks within each stage', () => {
    expect(rankProblems(data)).toEqual([])
  })

  it('makes emails unique per job, and experience plausible', () => {
    const candidates = new Map(data.candidates.map((candidate) => [candidate.id, candidate]))
    for (const job of data.jobs) {
      const emails = applicationsOf(data, job.id).map((a) => candidates.get(a.candidateId)?.email)
      expect(new Set(emails).size).toBe(emails.length)
    }
    for (const application of applicationsOf(data, SENIOR_GO_ENGINEER.id)) {
      const candidate = candidates.get(application.candidateId)
      expect(candidate?.backendYears).toBeGreaterThanOrEqual(1)
      expect(candidate?.backendYears).toBeLessThanOrEqual(18)
    }
    for (const candidate of data.candidates) {
      expect(candidate.goYears).toBeLessThanOrEqual(candidate.backendYears)
    }
  })

  it('lets most Go candidates meet some, but not all, must-haves', () => {
    const candidates = new Map(data.candidates.map((candidate) => [candidate.id, candidate]))
    const musts = SENIOR_GO_ENGINEER.requirements.filter((r) => r.kind === 'must').length
    const partial = applicationsOf(data, SENIOR_GO_ENGINEER.id).filter((application) => {
      const skills = candidates.get(application.candidateId)?.skills ?? []
      const { mustMet } = matchSkills(skills, SENIOR_GO_ENGINEER.requirements)
      return mustMet > 0 && mustMet < musts
    })
    expect(partial.length / 60).toBeGreaterThan(0.7)
  })
})

describe('determinism', () => {
  it('gives identical data for the same seed and now', () => {
    expect(generateDemoData({ now: NOW })).toEqual(data)
    expect(generateDemoData({ seed: 7, now: NOW })).toEqual(generateDemoData({ seed: 7, now: NOW }))
  })

  it('gives other people for another seed', () => {
    const other = generateDemoData({ seed: 43, now: NOW })
    expect(other.candidates.map((c) => c.name)).not.toEqual(data.candidates.map((c) => c.name))
  })

  it('shifts every date, and nothing else, when now moves', () => {
    const shift = 3 * DAY + 17 * 60 * 1000
    const later = generateDemoData({ now: new Date(NOW.getTime() + shift) })
    const moved = (value: string) => new Date(Date.parse(value) + shift).toISOString()
    const expected: DemoData = {
      ...data,
      candidates: data.candidates.map((c) => ({
        ...c,
        createdAt: moved(c.createdAt),
        updatedAt: moved(c.updatedAt),
      })),
      applications: data.applications.map((a) => ({
        ...a,
        appliedAt: moved(a.createdAt).slice(0, 10),
        stageEnteredAt: moved(a.stageEnteredAt),
        createdAt: moved(a.createdAt),
        updatedAt: moved(a.updatedAt),
      })),
      history: data.history.map((entry) => ({ ...entry, at: moved(entry.at) })),
      interviewers: data.interviewers.map((row) => ({ ...row, assignedAt: moved(row.assignedAt) })),
      plans: data.plans.map((plan) => ({ ...plan, updatedAt: moved(plan.updatedAt) })),
      scorecards: data.scorecards.map((card) => ({
        ...card,
        submitted: card.submitted && {
          ...card.submitted,
          submittedAt: moved(card.submitted.submittedAt),
        },
        updatedAt: moved(card.updatedAt),
      })),
      notes: data.notes.map((note) => ({ ...note, createdAt: moved(note.createdAt) })),
      notifications: data.notifications.map((row) => ({
        ...row,
        at: moved(row.at),
        readAt: row.readAt && moved(row.readAt),
      })),
    }
    expect(later).toEqual(expected)
  })

  it('rejects options it cannot honour', () => {
    expect(() => generateDemoData({ applications: -1 })).toThrow(RangeError)
    expect(() => generateDemoData({ applications: 1.5 })).toThrow(RangeError)
    expect(() => generateDemoData({ now: new Date('nope') })).toThrow(RangeError)
  })

  it('copes with tiny openings', () => {
    for (const applications of [0, 1, 3]) {
      const tiny = generateDemoData({ now: NOW, applications })
      expect(applicationsOf(tiny, SENIOR_GO_ENGINEER.id)).toHaveLength(applications)
      expect(consistencyProblems(tiny, NOW)).toEqual([])
    }
  })
})

describe('generateDemoData at scale', () => {
  it('makes 10,000 Go applications that stay valid and consistent', () => {
    expect(applicationsOf(big, SENIOR_GO_ENGINEER.id)).toHaveLength(10_000)
    expectParses(Candidate, big.candidates)
    expectParses(Application, big.applications)
    expectParses(StageHistoryEntry, big.history)
    expect(consistencyProblems(big, NOW)).toEqual([])
    expect(rankProblems(big)).toEqual([])
  })

  it('keeps emails unique and names mostly unique', () => {
    const emails = big.candidates.map((candidate) => candidate.email)
    expect(new Set(emails).size).toBe(emails.length)
    const names = new Set(big.candidates.map((candidate) => candidate.name))
    expect(names.size / big.candidates.length).toBeGreaterThan(0.7)
  })

  it('keeps the closed share realistic', () => {
    const applications = applicationsOf(big, SENIOR_GO_ENGINEER.id)
    const share = (status: string) =>
      applications.filter((a) => a.status === status).length / applications.length
    expect(share('rejected')).toBeGreaterThanOrEqual(0.06)
    expect(share('rejected')).toBeLessThanOrEqual(0.1)
    expect(share('withdrawn')).toBeGreaterThan(0.01)
    expect(share('withdrawn')).toBeLessThan(0.03)
  })
})

describe('the seeded reviews', () => {
  const applications = new Map(data.applications.map((a) => [a.id, a]))
  const stageIndex = (stageId: string) =>
    data.jobs.flatMap((job) => job.stages.map((stage) => stage.id)).indexOf(stageId)

  it('plans every stage of every job, with valid plans', () => {
    expectParses(InterviewPlan, data.plans)
    expect(data.plans.map((plan) => plan.jobId)).toEqual(data.jobs.map((job) => job.id))
    for (const plan of data.plans) {
      const job = data.jobs.find((j) => j.id === plan.jobId)!
      expect(plan.stages.map((stage) => stage.stageId)).toEqual(job.stages.map((s) => s.id))
    }
  })

  it('assigns interviewers only to open applications, on stages they have reached', () => {
    for (const row of data.interviewers) {
      const application = applications.get(row.applicationId)!
      expect(application.status).toBe('active')
      expect(stageIndex(row.stageId)).toBeLessThanOrEqual(stageIndex(application.stageId))
      expect(Date.parse(row.assignedAt)).toBeLessThanOrEqual(NOW.getTime())
    }
  })

  it('writes valid scorecards by the assigned, complete when submitted, never in the future', () => {
    expectParses(Scorecard, data.scorecards)
    const plans = new Map(data.plans.map((plan) => [plan.jobId, plan]))
    for (const card of data.scorecards) {
      const application = applications.get(card.applicationId)!
      expect(
        data.interviewers.some(
          (row) =>
            row.applicationId === card.applicationId &&
            row.stageId === card.stageId &&
            row.userId === card.author.id,
        ),
      ).toBe(true)
      const competencies = competenciesFor(plans.get(application.jobId)!.stages, card.stageId)
      if (card.submitted) expect(submitErrors(card.submitted, competencies)).toEqual({})
      expect(Date.parse(card.updatedAt)).toBeLessThanOrEqual(NOW.getTime())
    }
    // Stages an application has left have every scorecard in.
    const owedBehind = data.interviewers.filter((row) => {
      const application = applications.get(row.applicationId)!
      return (
        row.stageId !== application.stageId &&
        !data.scorecards.some(
          (card) =>
            card.applicationId === row.applicationId &&
            card.stageId === row.stageId &&
            card.author.id === row.userId &&
            card.submitted,
        )
      )
    })
    expect(owedBehind).toEqual([])
  })

  it('leaves the top of the Go technical column to both interviewers, with nothing written', () => {
    const top = data.applications
      .filter((a) => a.stageId === 'sge-go-technical' && a.status === 'active')
      .sort(compareByRank)
      .slice(0, 3)
    expect(top).toHaveLength(3)
    for (const application of top) {
      const here = <T extends { applicationId: string; stageId: string }>(rows: T[]) =>
        rows.filter((r) => r.applicationId === application.id && r.stageId === application.stageId)
      expect(
        here(data.interviewers)
          .map((r) => r.userId)
          .sort(),
      ).toEqual(['user-interviewer', 'user-interviewer-2'].sort())
      expect(here(data.scorecards)).toEqual([])
    }
  })
})
