import * as z from 'zod/mini'
import { API_BASE } from '@contract/api.ts'
import {
  Application,
  ApplicationDetail,
  CreateApplicationRequest,
  MoveRequest,
  RejectRequest,
  RestoreRequest,
  SetInterviewersRequest,
} from '@contract/applications.ts'
import { DemoSignInRequest, Session, SESSION_COOKIE, SignInRequest } from '@contract/auth.ts'
import { Board, BoardQuery, ColumnPage, ColumnQuery } from '@contract/board.ts'
import { Candidate, CandidatePatch } from '@contract/candidates.ts'
import { Actor, UserList } from '@contract/common.ts'
import { Job, JobList } from '@contract/jobs.ts'
import { Problem, PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'

type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  path: string
  summary: string
  request?: z.ZodMiniType
  query?: z.ZodMiniType
  /** The success status and its body (none for 204). */
  status: number
  response?: z.ZodMiniType
  /** Error statuses beyond the ones every signed-in request may get (401, 403/404, 503). */
  errors?: number[]
  public?: boolean
  /** The 503 answer's body when it is not problem details (health). */
  unavailable?: z.ZodMiniType
}

const InterviewerList = z.object({ interviewers: z.array(Actor) })
const Health = z.object({ status: z.string(), database: z.enum(['up', 'down']) })

/** Every endpoint, from the same schemas the API validates with. */
export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Health and database state',
    status: 200,
    response: Health,
    public: true,
    unavailable: Health,
  },
  {
    method: 'get',
    path: '/session',
    summary: 'The signed-in user',
    status: 200,
    response: Session,
    errors: [401],
    public: true,
  },
  {
    method: 'post',
    path: '/session',
    summary: 'Sign in with email and password',
    request: SignInRequest,
    status: 200,
    response: Session,
    // 404 where there is no password sign-in (the demo).
    errors: [401, 404, 422, 429],
    public: true,
  },
  { method: 'delete', path: '/session', summary: 'Sign out', status: 204, public: true },
  {
    method: 'post',
    path: '/demo/session',
    summary: 'Demo mode: act as a demo user',
    request: DemoSignInRequest,
    status: 200,
    response: Session,
    errors: [422],
    public: true,
  },
  {
    method: 'get',
    path: '/demo/users',
    summary: 'Demo mode: the users one may sign in as',
    status: 200,
    response: UserList,
    public: true,
  },
  {
    method: 'post',
    path: '/demo/reset',
    summary: 'Demo mode: put the seed data back',
    status: 204,
  },
  {
    method: 'get',
    path: '/jobs',
    summary: 'Openings the user may see',
    status: 200,
    response: JobList,
  },
  { method: 'get', path: '/jobs/{jobId}', summary: 'One opening', status: 200, response: Job },
  {
    method: 'get',
    path: '/jobs/{jobId}/board',
    summary:
      'An opening’s board: each column’s count and first page of cards (limit, default 50), totals',
    query: BoardQuery,
    status: 200,
    response: Board,
    errors: [422],
  },
  {
    method: 'get',
    path: '/jobs/{jobId}/stages/{stageId}/cards',
    summary: 'More of one column: the cards after a nextCursor, in rank order (limit, default 50)',
    query: ColumnQuery,
    status: 200,
    response: ColumnPage,
    errors: [422],
  },
  {
    method: 'post',
    path: '/jobs/{jobId}/applications',
    summary: 'Add a candidate to an opening',
    request: CreateApplicationRequest,
    status: 201,
    response: ApplicationDetail,
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/applications/{id}',
    summary: 'An application with its candidate and history',
    status: 200,
    response: ApplicationDetail,
  },
  {
    method: 'post',
    path: '/applications/{id}/move',
    summary: 'Move to a stage and position',
    request: MoveRequest,
    status: 200,
    response: Application,
    errors: [409, 422],
  },
  {
    method: 'post',
    path: '/applications/{id}/reject',
    summary: 'Reject with a reason',
    request: RejectRequest,
    status: 200,
    response: Application,
    errors: [409, 422],
  },
  {
    method: 'post',
    path: '/applications/{id}/restore',
    summary: 'Restore a rejected application',
    request: RestoreRequest,
    status: 200,
    response: Application,
    errors: [409, 422],
  },
  {
    method: 'put',
    path: '/applications/{id}/interviewers',
    summary: 'Set who interviews',
    request: SetInterviewersRequest,
    status: 200,
    response: InterviewerList,
    errors: [422],
  },
  {
    method: 'get',
    path: '/candidates/{id}',
    summary: 'A candidate',
    status: 200,
    response: Candidate,
  },
  {
    method: 'patch',
    path: '/candidates/{id}',
    summary: 'Edit some of a candidate’s fields',
    request: CandidatePatch,
    status: 200,
    response: Candidate,
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/users',
    summary: 'The team, to choose interviewers from',
    status: 200,
    response: UserList,
  },
  {
    method: 'get',
    path: '/events',
    summary: 'Change events as Server-Sent Events (Last-Event-ID resumes)',
    status: 200,
  },
]

const schema = (type: z.ZodMiniType, io: 'input' | 'output') =>
  z.toJSONSchema(type, { io, unrepresentable: 'any', target: 'openapi-3.0' })

const problem = (status: number) => [
  String(status),
  {
    description: `Problem details (${status})`,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: schema(Problem, 'output') } },
  },
]

function operation(op: Operation) {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  const query = op.query
    ? Object.entries((schema(op.query, 'input') as { properties?: object }).properties ?? {}).map(
        ([name, value]) => ({ name, in: 'query', schema: value }),
      )
    : []
  const errors = [...(op.public ? [] : [401, 403, 404]), ...(op.errors ?? [])]
  if (op.request) errors.push(400, 413, 415)
  // Every write without the CSRF header.
  if (op.method !== 'get') errors.push(403)
  const unavailable = op.unavailable
    ? {
        description: 'The database is unavailable',
        content: { 'application/json': { schema: schema(op.unavailable, 'output') } },
      }
    : problem(503)[1]
  return {
    summary: op.summary,
    // Public operations need no session; the rest need the session cookie.
    security: op.public ? [] : [{ session: [] }],
    parameters: [...params, ...query],
    ...(op.request && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schema(op.request, 'input') } },
      },
    }),
    responses: Object.fromEntries([
      [
        String(op.status),
        {
          description: op.summary,
          ...(op.response && {
            content: { 'application/json': { schema: schema(op.response, 'output') } },
          }),
          ...(op.path === '/events' && {
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          }),
        },
      ],
      ...[...new Set(errors)].sort().map(problem),
      ['503', unavailable],
    ]),
  }
}

/** The OpenAPI 3 document of the API, generated from the contract. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of OPERATIONS) (paths[`${API_BASE}${op.path}`] ??= {})[op.method] = operation(op)
  return {
    openapi: '3.0.3',
    info: {
      title: 'Hirelane API',
      version: '1',
      description:
        'JSON over HTTPS. Sign in with POST /api/session; the session cookie authenticates the rest. Writes carry the x-hirelane-csrf header. Errors are application/problem+json (RFC 9457), with per-field `errors` on 422.',
    },
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
    },
  }
}
