import * as z from 'zod/mini'

/** Opaque identifiers: short, URL-safe strings chosen by the server. */
export const Id = z
  .string('An id is required')
  .check(
    z.minLength(1, 'An id is required'),
    z.maxLength(64, 'An id is at most 64 characters'),
    z.regex(/^[A-Za-z0-9_-]+$/, 'An id has only letters, digits, - and _'),
  )
export const Timestamp = z.iso.datetime({ offset: true })
export const IsoDate = z.iso.date()
export const Version = z
  .int('The version must be a whole number')
  .check(z.gte(1, 'The version starts at 1'))

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
