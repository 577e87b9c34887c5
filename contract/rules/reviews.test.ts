import { describe, expect, it } from 'vitest'
import type { Assignment } from '../applications.ts'
import type { Job } from '../jobs.ts'
import type { Recommendation } from '../reviews.ts'
import {
  competenciesFor,
  decisionTarget,
  isBlinded,
  owedAssignments,
  submitErrors,
  suggestNext,
  summarizeReviews,
} from './reviews.ts'

const JOB: Pick<Job, 'stages'> = {
  stages: [
    { id: 'applied', name: 'Applied', kind: 'active' },
    { id: 'tech', name: 'Technical', kind: 'active' },
    { id: 'team', name: 'Team', kind: 'active' },
    { id: 'offer', name: 'Offer', kind: 'offer' },
    { id: 'hired', name: 'Hired', kind: 'hired' },
  ],
}

const assign = (stageId: string, id: string): Assignment => ({
  stageId,
  interviewer: { id, name: id },
})
const card = (
  stageId: string,
  id: string,
  recommendation: Recommendation | null,
  submittedAt = '2026-01-01T00:00:00.000Z',
) => ({
  stageId,
  author: { id, name: id },
  submitted: recommendation && { recommendation, submittedAt },
})

const TECH = [assign('tech', 'ana'), assign('tech', 'ben')]
const active = (stageId: string) => ({ stageId, status: 'active' as const })

describe('owedAssignments', () => {
  it('keeps assignments whose interviewer has not submitted for that stage', () => {
    const cards = [card('tech', 'ana', 'yes'), card('tech', 'ben', null), card('team', 'ben', 'no')]
    expect(owedAssignments(TECH, cards)).toEqual([assign('tech', 'ben')])
  })
})

describe('isBlinded', () => {
  it('never blinds those who see everything', () => {
    expect(isBlinded('boss', true, TECH, [])).toBe(false)
  })

  it('blinds an interviewer until every scorecard they owe is submitted', () => {
    expect(isBlinded('ana', false, TECH, [card('tech', 'ben', 'yes')])).toBe(true)
    expect(isBlinded('ana', false, TECH, [card('tech', 'ana', null)])).toBe(true)
    expect(isBlinded('ana', false, TECH, [card('tech', 'ana', 'no')])).toBe(false)
    const twoStages = [...TECH, assign('team', 'ana')]
    expect(isBlinded('ana', false, twoStages, [card('tech', 'ana', 'no')])).toBe(true)
  })

  it('blinds someone without an assignment (they owe nothing but see nothing)', () => {
    expect(isBlinded('zoe', false, TECH, [])).toBe(true)
  })
})

describe('competenciesFor and submitErrors', () => {
  const plan = [
    {
      stageId: 'tech',
      competencies: [
        { key: 'go', name: 'Go' },
        { key: 'sql', name: 'SQL' },
      ],
    },
  ]

  it('finds a stage’s competencies, none for a stage left out', () => {
    expect(competenciesFor(plan, 'tech').map((c) => c.key)).toEqual(['go', 'sql'])
    expect(competenciesFor(plan, 'team')).toEqual([])
  })

  it('asks for every planned rating and a recommendation, by field path', () => {
    const competencies = competenciesFor(plan, 'tech')
    expect(
      submitErrors(
        { ratings: { go: { rating: 3, note: '' } }, recommendation: null, summary: '' },
        competencies,
      ),
    ).toEqual({
      'content.ratings.sql.rating': ['Rate SQL, or choose "No evidence"'],
      'content.recommendation': ['Choose an overall recommendation'],
    })
    expect(
      submitErrors(
        {
          ratings: { go: { rating: 'no_evidence', note: '' }, sql: { rating: 1, note: '' } },
          recommendation: 'strong_no',
          summary: '',
        },
        competencies,
      ),
    ).toEqual({})
  })
})

describe('summarizeReviews', () => {
  it('counts submissions over every stage, in submission order, and what is owed', () => {
    const cards = [
      card('tech', 'ben', 'no', '2026-01-02T00:00:00.000Z'),
      card('tech', 'ana', 'strong_yes', '2026-01-01T00:00:00.000Z'),
      card('team', 'cat', null),
    ]
    expect(summarizeReviews([...TECH, assign('team', 'cat')], cards)).toEqual({
      submitted: 2,
      owed: 1,
      recommendations: ['strong_yes', 'no'],
    })
  })
})

describe('decisionTarget', () => {
  it('advances to the next stage, but not into hired', () => {
    expect(decisionTarget(JOB, 'tech', 'advance')).toEqual({ toStageId: 'team' })
    expect(decisionTarget(JOB, 'team', 'advance')).toEqual({ toStageId: 'offer' })
    expect(decisionTarget(JOB, 'offer', 'advance')).toHaveProperty('error')
  })

  it('makes an offer from before the offer stage, and hires only from it', () => {
    expect(decisionTarget(JOB, 'applied', 'offer')).toEqual({ toStageId: 'offer' })
    expect(decisionTarget(JOB, 'offer', 'offer')).toHaveProperty('error')
    expect(decisionTarget(JOB, 'tech', 'hire')).toHaveProperty('error')
    expect(decisionTarget(JOB, 'offer', 'hire')).toEqual({ toStageId: 'hired' })
  })

  it('rejects in place, and refuses a stage of another job', () => {
    expect(decisionTarget(JOB, 'tech', 'reject')).toEqual({ toStageId: null })
    expect(decisionTarget(JOB, 'elsewhere', 'advance')).toHaveProperty('error')
  })
})

describe('suggestNext', () => {
  it('suggests nothing while a scorecard of the current stage is owed', () => {
    expect(suggestNext(JOB, active('tech'), TECH, [card('tech', 'ana', 'yes')])).toBeNull()
  })

  it('suggests advancing when all recommend yes, rejecting when all say no', () => {
    const yes = [card('tech', 'ana', 'yes'), card('tech', 'ben', 'strong_yes')]
    expect(suggestNext(JOB, active('tech'), TECH, yes)).toEqual({
      decision: 'advance',
      toStageId: 'team',
      reason: 'All 2 interviewers recommend yes',
    })
    const no = [card('tech', 'ana', 'no'), card('tech', 'ben', 'strong_no')]
    expect(suggestNext(JOB, active('tech'), TECH, no)).toMatchObject({
      decision: 'reject',
      toStageId: null,
    })
  })

  it('suggests nothing when they disagree, nobody interviews, or it is closed', () => {
    const mixed = [card('tech', 'ana', 'no'), card('tech', 'ben', 'yes')]
    expect(suggestNext(JOB, active('tech'), TECH, mixed)).toBeNull()
    expect(suggestNext(JOB, active('applied'), TECH, [])).toBeNull()
    const yes = [card('tech', 'ana', 'yes'), card('tech', 'ben', 'yes')]
    expect(suggestNext(JOB, { stageId: 'tech', status: 'rejected' }, TECH, yes)).toBeNull()
  })

  it('suggests the offer before the offer stage, and hiring from it', () => {
    const team = [assign('team', 'cat')]
    expect(suggestNext(JOB, active('team'), team, [card('team', 'cat', 'yes')])).toMatchObject({
      decision: 'offer',
      toStageId: 'offer',
      reason: 'The interviewer recommends yes',
    })
    const offer = [assign('offer', 'cat')]
    expect(suggestNext(JOB, active('offer'), offer, [card('offer', 'cat', 'yes')])).toMatchObject({
      decision: 'hire',
      toStageId: 'hired',
    })
  })
})
