import type { ConflictProblemExtras } from '@contract/applications.ts'
import { CLIENT_HEADER, CSRF_HEADER, PROBLEM_CONTENT_TYPE } from '@contract/http.ts'
import type { Problem } from '@contract/problem.ts'

/** An API answer that is not 2xx, with its problem details. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }

  /** Per-field messages of a 422 (or a 409 about one field). */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {}
  }
}

/** This tab's name in the event stream, so it can tell its own changes from others'. */
export const clientId = crypto.randomUUID()

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status)

/** What a 409 says of the application as it is now and who changed it last, when it says. */
export const conflictOf = (error: unknown) =>
  isApiError(error, 409) && 'current' in error.problem
    ? (error.problem as unknown as ConflictProblemExtras)
    : undefined

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
}

export async function api<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}) {
  let response: Response
  try {
    // Resolved against the page, so the same call works in Node-based tests too.
    response = await fetch(new URL(path, window.location.href), {
      method,
      signal,
      credentials: 'same-origin',
      headers: {
        accept: `application/json, ${PROBLEM_CONTENT_TYPE}`,
        [CSRF_HEADER]: '1',
        [CLIENT_HEADER]: clientId,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'Could not reach Hirelane. Check your connection and try again.',
    })
  }
  if (response.status === 204) return undefined as T
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) throw new ApiError(toProblem(response, payload))
  return payload as T
}

function toProblem(response: Response, payload: unknown): Problem {
  if (payload && typeof payload === 'object' && 'title' in payload) {
    return { status: response.status, ...(payload as Omit<Problem, 'status'>) } as Problem
  }
  return {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status}.`,
  }
}
