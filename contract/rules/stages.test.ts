import { describe, expect, it } from 'vitest'
import { APPLICATION_STATUSES } from '../catalog.ts'
import type { Job, Stage } from '../jobs.ts'
import { adjacentStage, isOpen, stageById, statusForStage } from './stages.ts'

const STAGES: Stage[] = [
  { id: 'applied', name: 'Applied', kind: 'active' },
  { id: 'screen', name: 'Screen', kind: 'active' },
  { id: 'offer', name: 'Offer', kind: 'offer' },
  { id: 'hired', name: 'Hired', kind: 'hired' },
]
const JOB: Pick<Job, 'stages'> = { stages: STAGES }

describe('stageById', () => {
  it('finds a stage of the job', () => {
    expect(stageById(JOB, 'offer')).toBe(STAGES[2])
    expect(stageById(JOB, 'applied')).toEqual({ id: 'applied', name: 'Applied', kind: 'active' })
  })

  it('answers undefined for a stage that is not the job’s', () => {
    expect(stageById(JOB, 'nope')).toBeUndefined()
    expect(stageById(JOB, '')).toBeUndefined()
    expect(stageById(JOB, 'Offer')).toBeUndefined()
    expect(stageById({ stages: [] }, 'offer')).toBeUndefined()
  })
})

describe('adjacentStage', () => {
  it('steps forward and back in pipeline order', () => {
    expect(adjacentStage(JOB, 'applied', 1)?.id).toBe('screen')
    expect(adjacentStage(JOB, 'screen', 1)?.id).toBe('offer')
    expect(adjacentStage(JOB, 'hired', -1)?.id).toBe('offer')
    expect(adjacentStage(JOB, 'screen', -1)?.id).toBe('applied')
  })

  it('has nothing before the first or after the last stage', () => {
    expect(adjacentStage(JOB, 'applied', -1)).toBeUndefined()
    expect(adjacentStage(JOB, 'hired', 1)).toBeUndefined()
  })

  it('has nothing next to an unknown stage', () => {
    // Not the first stage by accident (index -1 + 1 = 0).
    expect(adjacentStage(JOB, 'nope', 1)).toBeUndefined()
    expect(adjacentStage(JOB, 'nope', -1)).toBeUndefined()
  })
})

describe('statusForStage', () => {
  it('is hired in the hired stage and active anywhere else', () => {
    expect(STAGES.map(statusForStage)).toEqual(['active', 'active', 'active', 'hired'])
  })
})

describe('isOpen', () => {
  it('is true for active and hired, false for rejected and withdrawn', () => {
    expect(
      Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, isOpen(status)])),
    ).toEqual({
      active: true,
      hired: true,
      rejected: false,
      withdrawn: false,
    })
  })
})
