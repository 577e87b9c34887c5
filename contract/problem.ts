import * as z from 'zod/mini'

/**
 * RFC 9457 problem details. `errors` maps a field path ("candidate.email") to its messages
 * and comes with 422 (and with 409 when one field is the cause, e.g. a duplicate email).
 */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
})
export type Problem = z.infer<typeof Problem>

export { PROBLEM_CONTENT_TYPE } from './http.ts'
