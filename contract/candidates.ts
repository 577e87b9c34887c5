import * as z from 'zod/mini'
import { Id, optionalText, text, Timestamp, Version } from './common.ts'

export const Links = z.object({
  github: z.nullable(z.string()),
  linkedin: z.nullable(z.string()),
  website: z.nullable(z.string()),
})
export type Links = z.infer<typeof Links>

export const Candidate = z.object({
  id: Id,
  name: z.string(),
  /** Null when the viewer may not see contact details. */
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  location: z.nullable(z.string()),
  links: Links,
  currentTitle: z.nullable(z.string()),
  currentCompany: z.nullable(z.string()),
  backendYears: z.number(),
  goYears: z.number(),
  skills: z.array(z.string()),
  resumeText: z.string(),
  tags: z.array(z.string()),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Candidate = z.infer<typeof Candidate>

const optionalUrl = (label: string) =>
  optionalText(300, label).check(
    z.refine((value) => value === null || /^https?:\/\/[^\s/]+\.\S+$/i.test(value), {
      message: `${label} must be a full web address starting with https://`,
    }),
  )

const years = (label: string) =>
  z
    .number(`${label} must be a number`)
    .check(
      z.gte(0, `${label} cannot be negative`),
      z.lte(60, `${label} must be at most 60`),
      z.multipleOf(0.5, `${label} must be in half years`),
    )

const tagList = (label: string, max: number) =>
  z.pipe(
    z
      .array(
        z.string().check(z.trim(), z.maxLength(40, `Each ${label} must be at most 40 characters`)),
      )
      .check(z.maxLength(max, `At most ${max} ${label}s`)),
    // Blank entries dropped and duplicates removed, ignoring case.
    z.transform((values) => dedupe(values.filter(Boolean))),
  )

function dedupe(values: string[]) {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = value.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const linkFields = z.object({
  github: optionalUrl('GitHub'),
  linkedin: optionalUrl('LinkedIn'),
  website: optionalUrl('Website'),
})

/** A candidate's fields as typed in, with nothing filled in for what is missing. */
const candidateFields = {
  name: text(120, 'Name'),
  email: z
    .string('Email is required')
    .check(
      z.trim(),
      z.toLowerCase(),
      z.minLength(1, 'Email is required'),
      z.maxLength(254, 'Email must be at most 254 characters'),
      z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address like name@example.com'),
    ),
  phone: optionalText(40, 'Phone'),
  location: optionalText(120, 'Location'),
  links: z.optional(linkFields),
  currentTitle: optionalText(120, 'Current title'),
  currentCompany: optionalText(120, 'Current company'),
  backendYears: years('Backend years'),
  goYears: years('Go years'),
  skills: tagList('skill', 50),
  resumeText: z.string().check(z.maxLength(20000, 'Resume must be at most 20,000 characters')),
  tags: tagList('tag', 20),
}

/** What a person types in to create a candidate. */
export const CandidateInput = z.object({
  ...candidateFields,
  skills: z._default(candidateFields.skills, []),
  resumeText: z._default(candidateFields.resumeText, ''),
  tags: z._default(candidateFields.tags, []),
})
export type CandidateInput = z.input<typeof CandidateInput>
export type CandidateFields = z.output<typeof CandidateInput>

/**
 * PATCH: any subset of the fields (a missing one is left as it is, not defaulted), plus the
 * version the edit is based on.
 */
export const CandidatePatch = z.extend(z.partial(z.object(candidateFields)), {
  // Links too: one link sent leaves the others as they are.
  links: z.optional(z.partial(linkFields)),
  expectedVersion: Version,
})
export type CandidatePatch = z.input<typeof CandidatePatch>
