import { describe, expect, it } from 'vitest'
import type { Requirement } from '../jobs.ts'
import { matchSkills, normalizeSkill } from './skill-match.ts'

const REQUIREMENTS: Requirement[] = [
  { id: 'go', kind: 'must', label: 'Go', skills: ['go', 'golang'] },
  { id: 'postgres', kind: 'must', label: 'PostgreSQL', skills: ['postgresql', 'postgres', 'sql'] },
  { id: 'testing', kind: 'must', label: 'Testing', skills: ['testing', 'tdd'] },
  { id: 'kafka', kind: 'nice', label: 'Kafka', skills: ['kafka', 'rabbitmq'] },
  { id: 'cloud', kind: 'nice', label: 'Cloud', skills: ['aws', 'gcp', 'azure'] },
]

const ids = (matches: { requirement: Requirement }[]) => matches.map((m) => m.requirement.id)

describe('normalizeSkill', () => {
  it('trims and lower-cases', () => {
    expect(normalizeSkill('  PostgreSQL \t')).toBe('postgresql')
    expect(normalizeSkill('Go')).toBe('go')
  })
})

describe('matchSkills', () => {
  it('splits requirements into must and nice, keeping their order', () => {
    const match = matchSkills([], REQUIREMENTS)
    expect(ids(match.must)).toEqual(['go', 'postgres', 'testing'])
    expect(ids(match.nice)).toEqual(['kafka', 'cloud'])
    expect(
      match.must.every(
        (m) => m.requirement === REQUIREMENTS.find((r) => r.id === m.requirement.id),
      ),
    ).toBe(true)
  })

  it('meets nothing without skills', () => {
    const match = matchSkills([], REQUIREMENTS)
    expect(match.mustMet).toBe(0)
    expect(match.niceMet).toBe(0)
    expect(
      [...match.must, ...match.nice].every((m) => !m.met && m.matchedSkills.length === 0),
    ).toBe(true)
  })

  it('counts met must and nice requirements separately', () => {
    const match = matchSkills(['go', 'sql', 'aws', 'gcp', 'php'], REQUIREMENTS)
    expect(match.mustMet).toBe(2)
    expect(match.niceMet).toBe(1)
    expect(match.must.map((m) => m.met)).toEqual([true, true, false])
    expect(match.nice.map((m) => m.met)).toEqual([false, true])
  })

  it('ignores case and surrounding whitespace on both sides', () => {
    const match = matchSkills(['  GOLANG ', 'PostgreSQL', '\tKafka'], REQUIREMENTS)
    expect(match.mustMet).toBe(2)
    expect(match.niceMet).toBe(1)
    const loose: Requirement = { id: 'x', kind: 'must', label: 'X', skills: [' Redis '] }
    expect(matchSkills(['redis'], [loose]).mustMet).toBe(1)
  })

  it("reports the matched skills in the candidate's spelling", () => {
    const match = matchSkills(['GoLang', 'Go', 'PostgreSQL', 'SQL', 'AWS'], REQUIREMENTS)
    expect(match.must[0]?.matchedSkills).toEqual(['Go', 'GoLang'])
    expect(match.must[1]?.matchedSkills).toEqual(['PostgreSQL', 'SQL'])
    expect(match.must[2]?.matchedSkills).toEqual([])
    expect(match.nice[1]?.matchedSkills).toEqual(['AWS'])
  })

  it('does not match on substrings', () => {
    const match = matchSkills(['golang-migrate', 'mysql', 'aws-lambda'], REQUIREMENTS)
    expect(match.mustMet).toBe(0)
    expect(match.niceMet).toBe(0)
  })

  it('answers empty lists for no requirements', () => {
    expect(matchSkills(['go'], [])).toEqual({ must: [], nice: [], mustMet: 0, niceMet: 0 })
  })
})
