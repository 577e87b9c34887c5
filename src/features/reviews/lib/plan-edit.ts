import type { Competency, StagePlan } from '@contract/reviews.ts'

/** A competency in the editor: `uid` tells rows apart while names are being typed. */
export type EditableCompetency = Competency & { uid: string }
export type EditableStage = { stageId: string; competencies: EditableCompetency[] }

export const MAX_COMPETENCIES = 20
const MAX_NAME = 120

let nextUid = 1
const uid = () => `c${nextUid++}`

export const toEditable = (stages: readonly StagePlan[]): EditableStage[] =>
  stages.map(({ stageId, competencies }) => ({
    stageId,
    competencies: competencies.map((competency) => ({ ...competency, uid: uid() })),
  }))

export const toStagePlans = (stages: readonly EditableStage[]): StagePlan[] =>
  stages.map(({ stageId, competencies }) => ({
    stageId,
    competencies: competencies.map(({ key, name }) => ({ key, name: name.trim() })),
  }))

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32) || 'competency'

/**
 * The key for a new competency. Keys are what ratings are stored under, so the same
 * competency planned at a second stage reuses its key (it is assessed twice), and a new one
 * gets a key no other competency of the plan has.
 */
export function keyFor(stages: readonly EditableStage[], stageId: string, name: string) {
  const all = stages.flatMap((stage) => stage.competencies)
  const here = new Set(
    stages.find((stage) => stage.stageId === stageId)?.competencies.map((c) => c.key),
  )
  const same = all.find((c) => c.name.trim().toLowerCase() === name.trim().toLowerCase())
  if (same && !here.has(same.key)) return same.key
  const taken = new Set(all.map((c) => c.key))
  const base = slug(name)
  let key = base
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`
  return key
}

const updateStage = (
  stages: readonly EditableStage[],
  stageId: string,
  update: (competencies: EditableCompetency[]) => EditableCompetency[],
) =>
  stages.map((stage) =>
    stage.stageId === stageId ? { ...stage, competencies: update(stage.competencies) } : stage,
  )

export const addCompetency = (stages: readonly EditableStage[], stageId: string, name: string) =>
  updateStage(stages, stageId, (competencies) => [
    ...competencies,
    { key: keyFor(stages, stageId, name), name: name.trim(), uid: uid() },
  ])

/** Renaming keeps the key, so ratings already given stay with the competency. */
export const renameCompetency = (
  stages: readonly EditableStage[],
  stageId: string,
  id: string,
  name: string,
) => updateStage(stages, stageId, (list) => list.map((c) => (c.uid === id ? { ...c, name } : c)))

export const removeCompetency = (stages: readonly EditableStage[], stageId: string, id: string) =>
  updateStage(stages, stageId, (list) => list.filter((c) => c.uid !== id))

export const moveCompetency = (
  stages: readonly EditableStage[],
  stageId: string,
  id: string,
  by: -1 | 1,
) =>
  updateStage(stages, stageId, (list) => {
    const from = list.findIndex((c) => c.uid === id)
    const to = from + by
    if (from < 0 || to < 0 || to >= list.length) return list
    const next = [...list]
    const [moved] = next.splice(from, 1)
    if (moved) next.splice(to, 0, moved)
    return next
  })

/** What a new competency's name may not be, or undefined when it is fine. */
export function newNameError(stage: EditableStage, name: string) {
  const trimmed = name.trim()
  if (!trimmed) return 'Enter a competency name'
  if (trimmed.length > MAX_NAME) return `A competency name is at most ${MAX_NAME} characters`
  if (stage.competencies.some((c) => c.name.trim().toLowerCase() === trimmed.toLowerCase())) {
    return 'This stage already assesses that competency'
  }
  if (stage.competencies.length >= MAX_COMPETENCIES) {
    return `A stage assesses at most ${MAX_COMPETENCIES} competencies`
  }
  return undefined
}

/**
 * Errors before saving, keyed like the API's 422 (`stages.0.competencies.1.name`): names
 * required, short enough and unique within their stage.
 */
export function planErrors(stages: readonly EditableStage[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  stages.forEach((stage, s) => {
    const seen = new Set<string>()
    stage.competencies.forEach((competency, c) => {
      const name = competency.name.trim()
      const path = `stages.${s}.competencies.${c}.name`
      if (!name) errors[path] = ['Enter a competency name']
      else if (name.length > MAX_NAME) errors[path] = [`At most ${MAX_NAME} characters`]
      else if (seen.has(name.toLowerCase())) errors[path] = ['This stage already has this name']
      seen.add(name.toLowerCase())
    })
  })
  return errors
}
