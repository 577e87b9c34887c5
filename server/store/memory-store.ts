import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { BoardCard } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import type { ChangeEvent } from '@contract/events.ts'
import type { Job } from '@contract/jobs.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import type { DemoData } from '../seed/demo-data.ts'
import type {
  ApplicationWithCandidate,
  CardFilter,
  NewChangeEvent,
  RankKey,
  SessionRow,
  StageCount,
  Store,
  StoreReader,
  StoreWriter,
} from './store.ts'

type Tables = {
  users: Map<string, User>
  jobs: Map<string, Job>
  candidates: Map<string, Candidate>
  applications: Map<string, Application>
  /** By application id, oldest first. */
  history: Map<string, StageHistoryEntry[]>
  jobRoles: DemoData['jobRoles']
  /** By application id: the interviewers' user ids. */
  interviewers: Map<string, string[]>
}

/** The rows a transaction has written so far, visible only to itself until it commits. */
type Pending = {
  candidates: Map<string, Candidate>
  applications: Map<string, Application>
  history: StageHistoryEntry[]
  interviewers: Map<string, string[]>
  events: NewChangeEvent[]
}

/** The rows a reader sees: the committed tables, with a transaction's writes over them. */
type View = {
  tables: Tables
  pending?: Pending
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.id, structuredClone(row)]))

function toTables(data: DemoData): Tables {
  const history = new Map<string, StageHistoryEntry[]>()
  const sorted = [...data.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  for (const entry of sorted) {
    const list = history.get(entry.applicationId) ?? []
    list.push(structuredClone(entry))
    history.set(entry.applicationId, list)
  }
  const interviewers = new Map<string, string[]>()
  for (const { applicationId, userId } of data.interviewers) {
    interviewers.set(applicationId, [...(interviewers.get(applicationId) ?? []), userId])
  }
  return {
    users: byId(data.users),
    jobs: byId(data.jobs),
    candidates: byId(data.candidates),
    applications: byId(data.applications),
    history,
    jobRoles: structuredClone(data.jobRoles),
    interviewers,
  }
}

function interviewerIds(view: View, applicationId: string) {
  return (
    view.pending?.interviewers.get(applicationId) ??
    view.tables.interviewers.get(applicationId) ??
    []
  )
}

function application(view: View, id: string) {
  return view.pending?.applications.get(id) ?? view.tables.applications.get(id)
}

function* applications(view: View): Iterable<Application> {
  const pending = view.pending?.applications
  for (const [id, row] of view.tables.applications) yield pending?.get(id) ?? row
  if (!pending) return
  for (const [id, row] of pending) if (!view.tables.applications.has(id)) yield row
}

function candidate(view: View, id: string) {
  return view.pending?.candidates.get(id) ?? view.tables.candidates.get(id)
}

function history(view: View, applicationId: string) {
  const committed = view.tables.history.get(applicationId) ?? []
  const pending = view.pending?.history.filter((entry) => entry.applicationId === applicationId)
  return pending?.length ? [...committed, ...pending] : committed
}

/** Candidates' fields a search looks in, lower-cased once per version of the candidate. */
const searchTexts = new WeakMap<Candidate, string>()

/**
 * Does `q` (lower case) occur in the name, current title, current company or a skill? The
 * fields are joined by U+001F, which a search never holds, as the SQL store's search_text.
 */
function matchesSearch(person: Candidate, q: string) {
  let text = searchTexts.get(person)
  if (text === undefined) {
    const fields = [person.name, person.currentTitle, person.currentCompany, ...person.skills]
    text = fields
      .map((field) => field ?? '')
      .join('\u001f')
      .toLowerCase()
    searchTexts.set(person, text)
  }
  return text.includes(q)
}

/**
 * A job's applications that `where` and then `filter` keep, each with its candidate
 * (uncloned). `where` runs first: it is the cheap test.
 */
function* filtered(
  view: View,
  jobId: string,
  filter: CardFilter,
  where: (row: Application) => boolean = () => true,
) {
  const q = filter.q?.toLowerCase() || null
  for (const row of applications(view)) {
    if (row.jobId !== jobId || !where(row)) continue
    if (filter.assignedTo && !interviewerIds(view, row.id).includes(filter.assignedTo)) continue
    const person = candidate(view, row.candidateId)
    if (!person || (q && !matchesSearch(person, q))) continue
    yield { application: row, candidate: person }
  }
}

const toBoardCard = ({ application: a, candidate: c }: ApplicationWithCandidate): BoardCard => ({
  id: a.id,
  candidateId: c.id,
  name: c.name,
  currentTitle: c.currentTitle,
  currentCompany: c.currentCompany,
  backendYears: c.backendYears,
  goYears: c.goYears,
  skills: [...c.skills],
  source: a.source,
  stageId: a.stageId,
  rank: a.rank,
  status: a.status,
  rejection: a.rejection && { ...a.rejection },
  stageEnteredAt: a.stageEnteredAt,
  version: a.version,
  // Placeholder until scorecards land (issue 5).
  reviews: null,
})

function reader(view: View): StoreReader {
  const clone = <T>(value: T) => structuredClone(value)
  return {
    listJobs: async () => [...view.tables.jobs.values()].map(clone),
    getJob: async (jobId) => clone(view.tables.jobs.get(jobId)),
    countApplications: async (jobId, filter = {}) => {
      const counts = new Map<string, StageCount>()
      for (const { application: row } of filtered(view, jobId, filter)) {
        const key = `${row.stageId}\n${row.status}`
        const count = counts.get(key) ?? { stageId: row.stageId, status: row.status, count: 0 }
        count.count += 1
        counts.set(key, count)
      }
      return [...counts.values()]
    },
    listStageCards: async (jobId, columns, { statuses, limit, ...filter }) => {
      const wanted = new Set<ApplicationStatus>(statuses)
      return columns.map(({ stageId, after }) => {
        const inPage = (row: Application) =>
          row.stageId === stageId &&
          wanted.has(row.status) &&
          (!after || compareByRank(row, after) > 0)
        const rows = [...filtered(view, jobId, filter, inPage)]
        rows.sort((a, b) => compareByRank(a.application, b.application))
        return rows.slice(0, limit).map(toBoardCard)
      })
    },
    listApplications: async (jobId, statuses) => {
      const job = view.tables.jobs.get(jobId)
      if (!job) return []
      const order = new Map(job.stages.map((stage, index) => [stage.id, index]))
      const wanted = new Set<ApplicationStatus>(statuses)
      const rows: ApplicationWithCandidate[] = []
      for (const row of applications(view)) {
        if (row.jobId !== jobId || !wanted.has(row.status)) continue
        const person = candidate(view, row.candidateId)
        if (person) rows.push({ application: clone(row), candidate: clone(person) })
      }
      return rows.sort(
        (a, b) =>
          (order.get(a.application.stageId) ?? 0) - (order.get(b.application.stageId) ?? 0) ||
          compareByRank(a.application, b.application),
      )
    },
    getApplication: async (id) => clone(application(view, id)),
    findApplicationByEmail: async (jobId, email) => {
      for (const row of applications(view)) {
        if (row.jobId === jobId && candidate(view, row.candidateId)?.email === email) {
          return clone(row)
        }
      }
      return undefined
    },
    getCandidate: async (id) => clone(candidate(view, id)),
    listCandidateApplications: async (candidateId) =>
      [...applications(view)].filter((row) => row.candidateId === candidateId).map(clone),
    listHistory: async (applicationId) => history(view, applicationId).map(clone),
    getUser: async (userId) => clone(view.tables.users.get(userId)),
    listUsers: async () => [...view.tables.users.values()].map(clone),
    getCredentials: async () => undefined,
    listJobRoles: async (userId) =>
      view.tables.jobRoles
        .filter((row) => row.userId === userId)
        .map(({ jobId, role }) => ({ jobId, role })),
    listInterviewers: async (applicationId) =>
      interviewerIds(view, applicationId).flatMap((userId) => {
        const user = view.tables.users.get(userId)
        return user ? [{ id: user.id, name: user.name }] : []
      }),
    listAssignedApplicationIds: async (userId, jobId) =>
      [...applications(view)]
        .filter((row) => jobId === undefined || row.jobId === jobId)
        .filter((row) => interviewerIds(view, row.id).includes(userId))
        .map((row) => row.id),
    adjacentRank: async (stageId, from, direction, excludeId) => {
      let best: RankKey | null = null
      for (const row of applications(view)) {
        if (row.stageId !== stageId || row.id === excludeId) continue
        const sign = direction === 'after' ? 1 : -1
        if (from && sign * compareByRank(row, from) <= 0) continue
        if (!best || sign * compareByRank(row, best) < 0) best = row
      }
      return best?.rank ?? null
    },
  }
}

export type MemoryStoreOptions = {
  /** Password hashes by user id, for signing in with a password (the tests' real sign-in). */
  passwordHashes?: ReadonlyMap<string, string>
}

/**
 * The API's data in memory: the mock's store, in the browser and in tests. Transactions run
 * one at a time and buffer their writes, so a failed one leaves nothing behind.
 */
export function createMemoryStore(data: DemoData, options: MemoryStoreOptions = {}) {
  let tables = toTables(data)
  let queue: Promise<unknown> = Promise.resolve()
  const sessions = new Map<string, SessionRow>()
  const attempts = new Map<string, string[]>()
  const events: ChangeEvent[] = []
  const listeners = new Set<() => void>()
  // A getter, so readers see the current tables after a commit or `replaceAll`.
  const committed: View = {
    get tables() {
      return tables
    },
  }

  const publish = (pending: readonly NewChangeEvent[]) => {
    if (!pending.length) return
    for (const event of pending) events.push({ ...event, id: (events.at(-1)?.id ?? 0) + 1 })
    for (const listener of listeners) listener()
  }

  const readers = reader(committed)
  const store: Store & { snapshot(): DemoData } = {
    ...readers,
    getCredentials: async (email) => {
      const user = [...tables.users.values()].find((row) => row.email === email)
      if (!user) return undefined
      return {
        ...structuredClone(user),
        passwordHash: options.passwordHashes?.get(user.id) ?? null,
      }
    },
    transaction: (work) => {
      const run = queue.then(async () => {
        const pending: Pending = {
          candidates: new Map(),
          applications: new Map(),
          history: [],
          interviewers: new Map(),
          events: [],
        }
        const result = await work(writer({ tables, pending }, pending))
        commit(tables, pending)
        publish(pending.events)
        return result
      })
      queue = run.catch(() => undefined)
      return run
    },
    replaceAll: async (next) => {
      await queue
      tables = toTables(next)
    },
    createSession: async (session) => void sessions.set(session.tokenHash, { ...session }),
    getSession: async (tokenHash, now) => {
      const session = sessions.get(tokenHash)
      return session && session.expiresAt > now ? { ...session } : undefined
    },
    deleteSession: async (tokenHash) => void sessions.delete(tokenHash),
    countSignInAttempt: async (key, at, since) => {
      const recent = (attempts.get(key) ?? []).filter((time) => time >= since)
      if (at !== null) recent.push(at)
      attempts.set(key, recent)
      return recent.length
    },
    clearSignInAttempts: async (key) => void attempts.delete(key),
    listEventsAfter: async (afterId, limit) =>
      events
        .filter((event) => event.id > afterId)
        .slice(0, limit)
        .map((event) => ({ ...event })),
    latestEventId: async () => events.at(-1)?.id ?? 0,
    onEvents: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    ping: async () => true,
    close: async () => undefined,
    snapshot: () => ({
      users: [...tables.users.values()].map((row) => structuredClone(row)),
      jobs: [...tables.jobs.values()].map((row) => structuredClone(row)),
      candidates: [...tables.candidates.values()].map((row) => structuredClone(row)),
      applications: [...tables.applications.values()].map((row) => structuredClone(row)),
      history: [...tables.history.values()].flat().map((row) => structuredClone(row)),
      jobRoles: structuredClone(tables.jobRoles),
      interviewers: [...tables.interviewers].flatMap(([applicationId, userIds]) =>
        userIds.map((userId) => ({ applicationId, userId })),
      ),
    }),
  }
  return store
}

export type MemoryStore = ReturnType<typeof createMemoryStore>

function writer(view: View, pending: Pending): StoreWriter {
  const put = <T extends { id: string }>(table: Map<string, T>, row: T) =>
    table.set(row.id, structuredClone(row))
  return {
    ...reader(view),
    insertCandidate: async (row) => {
      if (candidate(view, row.id)) throw new Error(`Duplicate candidate ${row.id}`)
      put(pending.candidates, row)
    },
    updateCandidate: async (row) => void put(pending.candidates, row),
    insertApplication: async (row) => {
      if (application(view, row.id)) throw new Error(`Duplicate application ${row.id}`)
      put(pending.applications, row)
    },
    updateApplication: async (row) => void put(pending.applications, row),
    insertHistory: async (entry) => void pending.history.push(structuredClone(entry)),
    setInterviewers: async (applicationId, userIds) =>
      void pending.interviewers.set(applicationId, [...new Set(userIds)]),
    appendEvent: async (event) => void pending.events.push(structuredClone(event)),
  }
}

function commit(tables: Tables, pending: Pending) {
  for (const [id, row] of pending.candidates) tables.candidates.set(id, row)
  for (const [id, row] of pending.applications) tables.applications.set(id, row)
  for (const entry of pending.history) {
    const list = tables.history.get(entry.applicationId) ?? []
    list.push(entry)
    tables.history.set(entry.applicationId, list)
  }
  for (const [id, userIds] of pending.interviewers) tables.interviewers.set(id, userIds)
}
