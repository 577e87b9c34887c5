import * as z from 'zod/mini'
import { API_BASE } from '@contract/api.ts'
import {
  Application,
  ApplicationDetail,
  Assignment,
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
import {
  Activity,
  CreateNoteRequest,
  MarkNotificationsReadRequest,
  Note,
  NotificationList,
} from '@contract/notes.ts'
import { Problem, PROBLEM_CONTENT_TYPE } from '@contract/problem.ts'
import {
  ApplicationReviews,
  DecisionRequest,
  InterviewPlan,
  MY_REVIEWS_LIMIT,
  MyReviews,
  MyReviewsQuery,
  SaveScorecardDraftRequest,
  Scorecard,
  SubmitScorecardRequest,
  UpdatePlanRequest,
} from '@contract/reviews.ts'

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

/** PUT …/interviewers: that stage's interviewers, and every stage's assignments. */
const InterviewerList = z.object({ interviewers: z.array(Actor), assignments: z.array(Assignment) })
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
    path: '/jobs/{jobId}/plan',
    summary: 'The opening’s interview plan: every stage in pipeline order with its competencies',
    status: 200,
    response: InterviewPlan,
  },
  {
    method: 'put',
    path: '/jobs/{jobId}/plan',
    summary:
      'Replace the interview plan (admins and the opening’s recruiters). 409 (with `current`): stale expectedVersion; 422: a stage not of this opening, or a key twice in a stage',
    request: UpdatePlanRequest,
    status: 200,
    response: InterviewPlan,
    errors: [409, 422],
  },
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
    method: 'get',
    path: '/applications/{id}/reviews',
    summary:
      'The application’s plan, assignments, scorecards, owed scorecards and suggested next step, as the blind rule lets the current user see them (blinded: only their own; nobody sees another’s draft)',
    status: 200,
    response: ApplicationReviews,
  },
  {
    method: 'put',
    path: '/applications/{id}/scorecards/{stageId}/draft',
    summary:
      'Save the current user’s scorecard draft for a stage they interview (expectedVersion null creates it). 403: not assigned to that stage; 409 (with `scorecard`): stale version; 422: a competency the stage does not plan',
    request: SaveScorecardDraftRequest,
    status: 200,
    response: Scorecard,
    errors: [409, 422],
  },
  {
    method: 'post',
    path: '/applications/{id}/scorecards/{stageId}/submit',
    summary:
      'Submit (or amend: the previous submission goes to revisions) the current user’s scorecard for a stage. 422: every planned competency rated and a recommendation chosen; 409 (with `scorecard`): stale version',
    request: SubmitScorecardRequest,
    status: 200,
    response: Scorecard,
    errors: [409, 422],
  },
  {
    method: 'post',
    path: '/applications/{id}/decision',
    summary:
      'Decide: advance to the next stage, reject (reason required), make an offer or mark hired (from the offer stage). Writes stage history and the decision; answers the application like move and reject. 409: stale or closed; 422: not possible from this stage',
    request: DecisionRequest,
    status: 200,
    response: Application,
    errors: [409, 422],
  },
  {
    method: 'get',
    path: '/reviews/mine',
    summary: `Scorecards the current user owes, oldest assignment first (limit, default and at most ${MY_REVIEWS_LIMIT}), and how many in all (total; limit=0 answers only that): assignments without a submission on active applications that have reached that stage`,
    query: MyReviewsQuery,
    status: 200,
    response: MyReviews,
    errors: [422],
  },
  {
    method: 'put',
    path: '/applications/{id}/interviewers',
    summary:
      'Set who interviews one stage (default: the current one); anyone assigned may view the application',
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
    method: 'post',
    path: '/applications/{id}/notes',
    summary:
      'Add a note (Markdown); each @handle of a team member who may view the application notifies them (never the author)',
    request: CreateNoteRequest,
    status: 201,
    response: Note,
    errors: [422],
  },
  {
    method: 'get',
    path: '/applications/{id}/activity',
    summary:
      'The application’s timeline, newest first: stage changes, notes, scorecard submissions (as the blind rule allows) and decisions',
    status: 200,
    response: Activity,
  },
  {
    method: 'get',
    path: '/notifications',
    summary: 'The current user’s notifications, newest first (at most 100), and the unread count',
    status: 200,
    response: NotificationList,
  },
  {
    method: 'post',
    path: '/notifications/read',
    summary:
      'Mark the current user’s notifications read: those of `ids`, or all without `ids`. Unknown ids and other users’ are ignored. Answers with the updated list',
    request: MarkNotificationsReadRequest,
    status: 200,
    response: NotificationList,
    errors: [422],
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
  typedNullables(z.toJSONSchema(type, { io, unrepresentable: 'any', target: 'openapi-3.0' }))

/**
 * OpenAPI 3.0's `nullable` only qualifies a `type`; zod also puts it on a union (a nullable
 * rating: 1–4 or "no_evidence"), which validators refuse: such a schema becomes "the union,
 * or null". A nullable enum gets null among its values.
 */
function typedNullables(node: unknown): never {
  if (Array.isArray(node)) return node.map(typedNullables) as never
  if (typeof node !== 'object' || node === null) return node as never
  const entries = Object.entries(node).map(([key, value]) => [key, typedNullables(value)])
  const { nullable, ...rest } = Object.fromEntries(entries) as Record<string, unknown>
  if (nullable !== true) return rest as never
  // A nullable enum lists null too (JSON Schema checks `enum` whatever `nullable` says).
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null]
  if ('type' in rest) return { ...rest, nullable } as never
  return { anyOf: [rest, { enum: [null] }] } as never
}

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
