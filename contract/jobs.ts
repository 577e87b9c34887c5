import * as z from 'zod/mini'
import { Id } from './common.ts'

export const StageKind = z.enum(['active', 'offer', 'hired'])
export type StageKind = z.infer<typeof StageKind>

export const Stage = z.object({
  id: Id,
  name: z.string(),
  /** "hired" marks the stage whose applications count as hired. */
  kind: StageKind,
})
export type Stage = z.infer<typeof Stage>

export const RequirementKind = z.enum(['must', 'nice'])
export type RequirementKind = z.infer<typeof RequirementKind>

export const Requirement = z.object({
  id: Id,
  kind: RequirementKind,
  label: z.string(),
  /** Lower-case skill names; a candidate with any of them meets the requirement. */
  skills: z.array(z.string()),
})
export type Requirement = z.infer<typeof Requirement>

export const Job = z.object({
  id: Id,
  title: z.string(),
  team: z.string(),
  location: z.string(),
  employmentType: z.string(),
  description: z.string(),
  requirements: z.array(Requirement),
  /** In pipeline order. */
  stages: z.array(Stage),
})
export type Job = z.infer<typeof Job>

export const JobSummary = z.object({
  id: Id,
  title: z.string(),
  team: z.string(),
  location: z.string(),
  activeCount: z.int(),
  stageCount: z.int(),
})
export type JobSummary = z.infer<typeof JobSummary>

export const JobList = z.object({ jobs: z.array(JobSummary) })
export type JobList = z.infer<typeof JobList>
