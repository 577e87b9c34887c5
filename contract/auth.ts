import * as z from 'zod/mini'
import { Id, User } from './common.ts'

export { CLIENT_HEADER, CSRF_HEADER, SESSION_COOKIE } from './http.ts'

export const SignInRequest = z.object({
  email: z
    .string('Email is required')
    .check(z.trim(), z.toLowerCase(), z.minLength(1, 'Email is required'), z.maxLength(254)),
  password: z
    .string('Password is required')
    .check(z.minLength(1, 'Password is required'), z.maxLength(200)),
})
export type SignInRequest = z.input<typeof SignInRequest>

/** Demo mode only: act as one of the demo users, no password. */
export const DemoSignInRequest = z.object({ userId: Id })
export type DemoSignInRequest = z.input<typeof DemoSignInRequest>

export const Session = z.object({
  user: User,
  /** Present in demo mode: the users one may switch to. */
  demoUsers: z.optional(z.array(User)),
})
export type Session = z.infer<typeof Session>

/** What the current user may do on one opening or application (rules/permissions.ts). */
export const Permissions = z.object({
  /** See the opening's board (an interviewer sees only the applications assigned to them). */
  view: z.boolean(),
  /** See every application, not only assigned ones. */
  viewAll: z.boolean(),
  /** See email, phone, location and links; without it, only the name and experience. */
  viewContact: z.boolean(),
  move: z.boolean(),
  /** Reject and restore. */
  decide: z.boolean(),
  /** Add candidates and edit their details. */
  edit: z.boolean(),
  /** Assign interviewers. */
  assign: z.boolean(),
})
export type Permissions = z.infer<typeof Permissions>
