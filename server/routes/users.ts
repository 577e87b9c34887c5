import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import { ProblemError } from '../http/problem.ts'

/** The team, for choosing interviewers; interviewers themselves do not list colleagues. */
export const userRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { store, user } = c.var.ctx
  if (user.role === 'interviewer') throw new ProblemError(403, 'Your role does not allow this.')
  return c.json({ users: await store.listUsers() })
})
