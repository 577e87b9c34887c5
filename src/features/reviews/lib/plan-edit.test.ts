import { describe, expect, it } from 'vitest'
import {
  addCompetency,
  moveCompetency,
  newNameError,
  planErrors,
  removeCompetency,
  renameCompetency,
  toEditable,
  toStagePlans,
} from './plan-edit.ts'

const plan = () =>
  toEditable([
    {
      stageId: 'tech',
      competencies: [
        { key: 'go', name: 'Go' },
        { key: 'fundamentals', name: 'Fundamentals' },
      ],
    },
    { stageId: 'team', competencies: [] },
  ])

describe('editing a plan', () => {
  it('adds with a key from the name, unique in the plan, reusing the key of the same competency', () => {
    let stages = addCompetency(plan(), 'tech', 'Code quality & tests')
    stages = addCompetency(stages, 'team', 'go')
    stages = addCompetency(stages, 'team', 'Go!')
    expect(toStagePlans(stages)).toEqual([
      {
        stageId: 'tech',
        competencies: [
          { key: 'go', name: 'Go' },
          { key: 'fundamentals', name: 'Fundamentals' },
          { key: 'code-quality-tests', name: 'Code quality & tests' },
        ],
      },
      {
        stageId: 'team',
        competencies: [
          // The same competency assessed again keeps its key; a different one gets its own.
          { key: 'go', name: 'go' },
          { key: 'go-2', name: 'Go!' },
        ],
      },
    ])
  })

  it('renames keeping the key, reorders and removes', () => {
    let stages = plan()
    const [go, fundamentals] = stages[0]?.competencies ?? []
    if (!go || !fundamentals) throw new Error('seed')
    stages = renameCompetency(stages, 'tech', go.uid, 'Go and concurrency')
    stages = moveCompetency(stages, 'tech', go.uid, 1)
    expect(toStagePlans(stages)[0]?.competencies).toEqual([
      { key: 'fundamentals', name: 'Fundamentals' },
      { key: 'go', name: 'Go and concurrency' },
    ])
    // Past the end: nothing moves.
    expect(moveCompetency(stages, 'tech', go.uid, 1)).toEqual(stages)
    stages = removeCompetency(stages, 'tech', fundamentals.uid)
    expect(toStagePlans(stages)[0]?.competencies).toEqual([
      { key: 'go', name: 'Go and concurrency' },
    ])
  })

  it('refuses blank and duplicate names', () => {
    const [tech] = plan()
    if (!tech) throw new Error('seed')
    expect(newNameError(tech, '  ')).toBe('Enter a competency name')
    expect(newNameError(tech, 'go')).toBe('This stage already assesses that competency')
    expect(newNameError(tech, 'Delivery')).toBeUndefined()

    const [go] = tech.competencies
    const stages = plan()
    const duplicate = renameCompetency(
      stages,
      'tech',
      stages[0]?.competencies[0]?.uid ?? '',
      'fundamentals ',
    )
    expect(planErrors(duplicate)).toEqual({
      'stages.0.competencies.1.name': ['This stage already has this name'],
    })
    const blank = renameCompetency(stages, 'tech', stages[0]?.competencies[1]?.uid ?? '', ' ')
    expect(planErrors(blank)).toEqual({
      'stages.0.competencies.1.name': ['Enter a competency name'],
    })
    expect(go).toBeDefined()
  })
})
