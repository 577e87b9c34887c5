import { PROBLEM_CONTENT_TYPE, type Problem } from '@contract/problem.ts'

/** Titles for the statuses the API answers with, per RFC 9110. */
const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
}

/** Thrown anywhere in the API to answer with RFC 9457 problem details. */
export class ProblemError extends Error {
  readonly problem: Problem

  constructor(status: number, detail: string, extras: Partial<Problem> = {}) {
    super(detail)
    this.name = 'ProblemError'
    this.problem = {
      type: 'about:blank',
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      ...extras,
    }
  }
}

export const notFound = (what: string) => new ProblemError(404, `${what} was not found.`)

export function problemResponse(problem: Problem, instance?: string) {
  return new Response(JSON.stringify(instance ? { ...problem, instance } : problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  })
}
