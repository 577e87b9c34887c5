import * as z from 'zod/mini'

/** Opaque identifiers: short, URL-safe strings chosen by the server. */
export const ID_MAX_LENGTH = 64

export const Id = z
  .string('An id is required')
  .check(
    z.minLength(1, 'An id is required'),
    z.maxLength(ID_MAX_LENGTH, `An id is at most ${ID_MAX_LENGTH} characters`),
    z.regex(/^[A-Za-z0-9_-]+$/, 'An id has only letters, digits, - and _'),
  )
export const Timestamp = z.iso.datetime({ offset: true })
export const IsoDate = z.iso.date()
export const Version = z
  .int('The version must be a whole number')
  .check(z.gte(1, 'The version starts at 1'))

/** A number as people write one in an address: digits, a sign, a decimal point. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * A whole number from a query string, from `min` to `max`. Written plainly or not at all:
 * "1e2", "0x10", " 5" and "" are refused, though JavaScript's Number() reads them as 100,
 * 16, 5 and 0. (Numbers pass as they are, for callers that build the query in code.)
 */
export const queryInt = (label: string, min: number, max: number) =>
  z.pipe(
    z.transform((value) =>
      typeof value === 'string' ? (PLAIN_NUMBER.test(value) ? Number(value) : NaN) : value,
    ),
    z
      .number(`${label} must be a number`)
      .check(
        z.multipleOf(1, `${label} must be a whole number`),
        z.gte(min, `${label} is at least ${min}`),
        z.lte(max, `${label} is at most ${max}`),
      ),
  )

/** A required, trimmed line of text. */
export const text = (max: number, label = 'This field') =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `${label} is required`),
      z.maxLength(max, `${label} must be at most ${max} characters`),
    )

/** An optional line of text: missing or blank becomes null. */
export const optionalText = (max: number, label = 'This field') =>
  z.pipe(
    z.optional(
      z.nullable(
        z.string().check(z.trim(), z.maxLength(max, `${label} must be at most ${max} characters`)),
      ),
    ),
    z.transform((value) => value || null),
  )

export const UserRole = z.enum(['admin', 'recruiter', 'hiring_manager', 'interviewer'])
export type UserRole = z.infer<typeof UserRole>

export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: UserRole,
})
export type User = z.infer<typeof User>

/** The part of a user shown next to what they did. */
export const Actor = z.object({ id: Id, name: z.string() })
export type Actor = z.infer<typeof Actor>

export const UserList = z.object({ users: z.array(User) })
export type UserList = z.infer<typeof UserList>
