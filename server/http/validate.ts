import type * as z from 'zod/mini'
import type { Context } from 'hono'
import { ProblemError } from './problem.ts'

/** Per-field messages keyed by the field's path ("candidate.email"); "" is the whole body. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]) {
  const errors: Record<string, string[]> = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.')
    ;(errors[key] ??= []).push(issue.message)
  }
  return errors
}

export function parseOr422<S extends z.ZodMiniType>(schema: S, value: unknown, what: string) {
  const result = schema.safeParse(value)
  if (result.success) return result.data as z.output<S>
  throw new ProblemError(422, `The ${what} has invalid fields.`, {
    errors: fieldErrors(result.error.issues),
  })
}

/** The JSON body of a write, checked against `schema`. */
export async function readBody<S extends z.ZodMiniType>(c: Context, schema: S) {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new ProblemError(415, 'Send the request body as JSON (content-type: application/json).')
  }
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new ProblemError(400, 'The request body is not valid JSON.')
  }
  return parseOr422(schema, body, 'request body')
}

/** The query string, checked against `schema` (each parameter once). */
export const readQuery = <S extends z.ZodMiniType>(c: Context, schema: S) =>
  parseOr422(schema, c.req.query(), 'query')
