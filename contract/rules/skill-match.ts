import type { Requirement } from '../jobs.ts'

export type RequirementMatch = { requirement: Requirement; met: boolean; matchedSkills: string[] }

export type SkillMatch = {
  must: RequirementMatch[]
  nice: RequirementMatch[]
  mustMet: number
  niceMet: number
}

export const normalizeSkill = (skill: string) => skill.trim().toLowerCase()

/** Which of a job's requirements a candidate's skills meet. */
export function matchSkills(
  skills: readonly string[],
  requirements: readonly Requirement[],
): SkillMatch {
  const have = new Map(skills.map((skill) => [normalizeSkill(skill), skill]))
  const matches = requirements.map((requirement) => {
    const matchedSkills = requirement.skills.flatMap(
      (skill) => have.get(normalizeSkill(skill)) ?? [],
    )
    return { requirement, met: matchedSkills.length > 0, matchedSkills }
  })
  const must = matches.filter((match) => match.requirement.kind === 'must')
  const nice = matches.filter((match) => match.requirement.kind === 'nice')
  return {
    must,
    nice,
    mustMet: must.filter((match) => match.met).length,
    niceMet: nice.filter((match) => match.met).length,
  }
}
