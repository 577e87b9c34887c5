import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { BoardCard } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import type { Job } from '@contract/jobs.ts'
import type { InterviewPlan, OwedReview, Scorecard } from '@contract/reviews.ts'
import type { Note, Notification } from '@contract/notes.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import type { DemoData } from '../seed/demo-data.ts'
import { foldForSearch } from '@contract/rules/search-fold.ts'
import type {
  ApplicationWithCandidate,
  AssignmentRow,
  CardFilter,
  DecisionRecord,
  NewChangeEvent,
  NotificationRow,
  RankKey,
  SessionRow,
  StageCount,
  Store,
  StoredChangeEvent,
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
  /** By application id: who interviews which stage. */
  assignments: Map<string, AssignmentData[]>
  /** By job id. */
  plans: Map<string, InterviewPlan>
  /** By application id, oldest first. */
  scorecards: Map<string, Scorecard[]>
  /** By application id, oldest first. */
  decisions: Map<string, DecisionRecord[]>
  /** By application id, oldest first. */
  notes: Map<string, Note[]>
  /** In the order written (a Map keeps it, also when a row is marked read). */
  notifications: Map<string, NotificationRow>
}

type AssignmentData = { stageId: string; userId: string; assignedAt: string }

/** The rows a transaction has written so far, visible only to itself until it commits. */
type Pending = {
  candidates: Map<string, Candidate>
  applications: Map<string, Application>
  history: StageHistoryEntry[]
  /** By application id: its whole new list of assignments. */
  assignments: Map<string, AssignmentData[]>
  plans: Map<string, InterviewPlan>
  /** By scorecard id: inserted or updated rows. */
  scorecards: Map<string, Scorecard>
  decisions: DecisionRecord[]
  notes: Note[]
  /** New notifications and ones marked read, by id. */
  notifications: Map<string, NotificationRow>
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
  const group = <T extends { applicationId: string }>(rows: readonly T[] = []) => {
    const map = new Map<string, T[]>()
    for (const row of rows) {
      const list = map.get(row.applicationId)
      if (list) list.push(structuredClone(row))
      else map.set(row.applicationId, [structuredClone(row)])
    }
    return map
  }
  const assignments = new Map<string, AssignmentData[]>()
  for (const { applicationId, stageId, userId, assignedAt } of data.interviewers) {
    const list = assignments.get(applicationId) ?? []
    list.push({ stageId, userId, assignedAt })
    assignments.set(applicationId, list)
  }
  const notes = new Map<string, Note[]>()
  // Snapshots saved before notes existed have none.
  const noteRows = [...(data.notes ?? [])].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  )
  for (const note of noteRows) {
    notes.set(note.applicationId, [...(notes.get(note.applicationId) ?? []), structuredClone(note)])
  }
  return {
    users: byId(data.users),
    jobs: byId(data.jobs),
    candidates: byId(data.candidates),
    applications: byId(data.applications),
    history,
    jobRoles: structuredClone(data.jobRoles),
    assignments,
    // `?? []`: a snapshot from before issue 5 has none (persistence reseeds it anyway).
    plans: new Map((data.plans ?? []).map((plan) => [plan.jobId, structuredClone(plan)])),
    scorecards: group(data.scorecards),
    decisions: group(data.decisions),
    notes,
    notifications: byId(data.notifications ?? []),
  }
}

function assignmentsOf(view: View, applicationId: string): AssignmentData[] {
  return (
    view.pending?.assignments.get(applicationId) ?? view.tables.assignments.get(applicationId) ?? []
  )
}

function isAssigned(view: View, applicationId: string, userId: string) {
  return assignmentsOf(view, applicationId).some((row) => row.userId === userId)
}

function plan(view: View, jobId: string) {
  return view.pending?.plans.get(jobId) ?? view.tables.plans.get(jobId)
}

/** The application's scorecards, committed ones with the transaction's writes over them. */
function scorecardsOf(view: View, applicationId: string): Scorecard[] {
  const committed = view.tables.scorecards.get(applicationId) ?? []
  const pending = view.pending?.scorecards
  if (!pending?.size) return committed
  const rows = committed.map((row) => pending.get(row.id) ?? row)
  for (const row of pending.values()) {
    if (row.applicationId === applicationId && !committed.some((old) => old.id === row.id)) {
      rows.push(row)
    }
  }
  return rows
}

function decisionsOf(view: View, applicationId: string) {
  const committed = view.tables.decisions.get(applicationId) ?? []
  const pending = view.pending?.decisions.filter((row) => row.applicationId === applicationId)
  return pending?.length ? [...committed, ...pending] : committed
}

/** Each stage id's place in its job's pipeline, over every job. */
function stagePositions(view: View) {
  const positions = new Map<string, { index: number; name: string; job: Job }>()
  for (const job of view.tables.jobs.values()) {
    job.stages.forEach((stage, index) => positions.set(stage.id, { index, name: stage.name, job }))
  }
  return positions
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The application's assignments with their users, in pipeline order, then by name. */
function sortedAssignments(
  view: View,
  applicationId: string,
  positions: ReturnType<typeof stagePositions>,
): AssignmentRow[] {
  const rows: (AssignmentRow & { position: number })[] = []
  for (const { stageId, userId, assignedAt } of assignmentsOf(view, applicationId)) {
    const user = view.tables.users.get(userId)
    if (!user) continue
    const interviewer = { id: user.id, name: user.name }
    rows.push({ stageId, interviewer, assignedAt, position: positions.get(stageId)?.index ?? 0 })
  }
  rows.sort(
    (a, b) =>
      a.position - b.position ||
      compareText(a.interviewer.name, b.interviewer.name) ||
      compareText(a.interviewer.id, b.interviewer.id),
  )
  return rows.map(({ position: _, ...row }) => row)
}

/**
 * The scorecards `userId` owes (see StoreReader.listOwedReviews), unordered: one walk for the
 * list and the count, so that they always agree.
 */
function* owedReviews(view: View, userId: string) {
  const positions = stagePositions(view)
  const ids = new Set([
    ...view.tables.assignments.keys(),
    ...(view.pending?.assignments.keys() ?? []),
  ])
  for (const applicationId of ids) {
    const row = application(view, applicationId)
    const current = row && positions.get(row.stageId)
    if (!row || row.status !== 'active' || !current) continue
    for (const assignment of assignmentsOf(view, applicationId)) {
      const stage = positions.get(assignment.stageId)
      // Owed once the application has reached the stage (see StoreReader).
      if (assignment.userId !== userId || !stage || stage.index > current.index) continue
      const card = scorecardsOf(view, applicationId).find(
        (sc) => sc.stageId === assignment.stageId && sc.author.id === userId,
      )
      if (card?.submitted) continue
      yield { application: row, assignment, stage, card }
    }
  }
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

function notes(view: View, applicationId: string) {
  const committed = view.tables.notes.get(applicationId) ?? []
  const pending = view.pending?.notes.filter((note) => note.applicationId === applicationId)
  return pending?.length ? [...committed, ...pending] : committed
}

/** Every notification in the order written, with a transaction's changes over them. */
function notifications(view: View): NotificationRow[] {
  const pending = view.pending?.notifications
  const rows = [...view.tables.notifications].map(([id, row]) => pending?.get(id) ?? row)
  if (!pending) return rows
  for (const [id, row] of pending) if (!view.tables.notifications.has(id)) rows.push(row)
  return rows
}

const toNotification = ({ userId: _, ...notification }: NotificationRow): Notification =>
  structuredClone(notification)

/** Candidates' fields a search looks in, folded once per version of the candidate. */
const searchTexts = new WeakMap<Candidate, string>()

/**
 * Does `q` (folded) occur in the name, current title, current company or a skill? The fields
 * are joined by U+001F, which a search never holds, as the SQL store's search_text.
 */
function matchesSearch(person: Candidate, q: string) {
  let text = searchTexts.get(person)
  if (text === undefined) {
    const fields = [person.name, person.currentTitle, person.currentCompany, ...person.skills]
    text = foldForSearch(fields.map((field) => field ?? '').join('\u001f'))
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
  const q = filter.q ? foldForSearch(filter.q) : null
  for (const row of applications(view)) {
    if (row.jobId !== jobId || !where(row)) continue
    if (filter.assignedTo && !isAssigned(view, row.id, filter.assignedTo)) continue
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
  // Filled in per viewer by the board service (the blind rule), from listReviewFacts.
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
      [...new Set(assignmentsOf(view, applicationId).map((row) => row.userId))]
        .flatMap((userId) => {
          const user = view.tables.users.get(userId)
          return user ? [{ id: user.id, name: user.name }] : []
        })
        .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)),
    listAssignedApplicationIds: async (userId, jobId) =>
      [...applications(view)]
        .filter((row) => jobId === undefined || row.jobId === jobId)
        .filter((row) => isAssigned(view, row.id, userId))
        .map((row) => row.id),
    listAssignments: async (applicationId) =>
      sortedAssignments(view, applicationId, stagePositions(view)),
    getPlan: async (jobId) => clone(plan(view, jobId)),
    listScorecards: async (applicationId) => scorecardsOf(view, applicationId).map(clone),
    getScorecard: async (applicationId, stageId, authorId) =>
      clone(
        scorecardsOf(view, applicationId).find(
          (row) => row.stageId === stageId && row.author.id === authorId,
        ),
      ),
    listDecisions: async (applicationId) => decisionsOf(view, applicationId).map(clone),
    listReviewFacts: async (applicationIds) => {
      const positions = stagePositions(view)
      return applicationIds.flatMap((applicationId) => {
        const assignments = sortedAssignments(view, applicationId, positions).map(
          ({ stageId, interviewer }) => ({ stageId, interviewer }),
        )
        const submissions = scorecardsOf(view, applicationId).flatMap(
          ({ stageId, author, submitted }) =>
            submitted
              ? [
                  {
                    stageId,
                    author: { ...author },
                    submitted: {
                      recommendation: submitted.recommendation,
                      submittedAt: submitted.submittedAt,
                    },
                  },
                ]
              : [],
        )
        return assignments.length || submissions.length
          ? [{ applicationId, assignments, submissions }]
          : []
      })
    },
    listOwedReviews: async (userId, limit) =>
      [...owedReviews(view, userId)]
        .map(({ application: row, assignment, stage, card }): OwedReview => ({
          applicationId: row.id,
          jobId: row.jobId,
          jobTitle: stage.job.title,
          candidateName: candidate(view, row.candidateId)?.name ?? '',
          stageId: assignment.stageId,
          stageName: stage.name,
          assignedAt: assignment.assignedAt,
          status: card?.draft ? 'draft' : 'not_started',
        }))
        .sort(
          (a, b) =>
            compareText(a.assignedAt, b.assignedAt) ||
            compareText(a.applicationId, b.applicationId) ||
            compareText(a.stageId, b.stageId),
        )
        .slice(0, limit),
    countOwedReviews: async (userId) => [...owedReviews(view, userId)].length,
    listNotes: async (applicationId) => notes(view, applicationId).map(clone),
    listNotifications: async (userId, limit) => {
      const mine = notifications(view).filter((row) => row.userId === userId)
      // Later written first, then (stably) newest first: ties keep the later written on top.
      const newest = [...mine]
        .reverse()
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, limit)
      return {
        items: newest.map(toNotification),
        unread: mine.filter((row) => row.readAt === null).length,
      }
    },
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
  const events: StoredChangeEvent[] = []
  const listeners = new Set<() => void>()
  // A getter, so readers see the current tables after a commit or `replaceAll`.
  const committed: View = {
    get tables() {
      return tables
    },
  }

  const publish = (pending: readonly NewChangeEvent[]) => {
    if (!pending.length) return
    for (const event of pending) {
      events.push({ ...event, alsoTo: event.alsoTo ?? [], id: (events.at(-1)?.id ?? 0) + 1 })
    }
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
          assignments: new Map(),
          plans: new Map(),
          scorecards: new Map(),
          decisions: [],
          notes: [],
          notifications: new Map(),
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
        .map((event) => ({ ...event, alsoTo: [...event.alsoTo] })),
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
      interviewers: [...tables.assignments].flatMap(([applicationId, rows]) =>
        rows.map((row) => ({ applicationId, ...row })),
      ),
      plans: [...tables.plans.values()].map((row) => structuredClone(row)),
      scorecards: [...tables.scorecards.values()].flat().map((row) => structuredClone(row)),
      decisions: [...tables.decisions.values()].flat().map((row) => structuredClone(row)),
      notes: [...tables.notes.values()].flat().map((row) => structuredClone(row)),
      notifications: [...tables.notifications.values()].map((row) => structuredClone(row)),
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
    setInterviewers: async (applicationId, stageId, userIds, at) => {
      const current = assignmentsOf(view, applicationId)
      const kept = current.filter((row) => row.stageId === stageId)
      const next = [...new Set(userIds)].map(
        (userId) =>
          kept.find((row) => row.userId === userId) ?? { stageId, userId, assignedAt: at },
      )
      const others = current.filter((row) => row.stageId !== stageId)
      pending.assignments.set(applicationId, [...others, ...next.map((row) => ({ ...row }))])
      return kept
        .filter((row) => !userIds.includes(row.userId))
        .map((row) => row.userId)
        .sort()
    },
    savePlan: async (row) => void pending.plans.set(row.jobId, structuredClone(row)),
    insertScorecard: async (row) => {
      if (scorecardsOf(view, row.applicationId).some((old) => old.id === row.id)) {
        throw new Error(`Duplicate scorecard ${row.id}`)
      }
      put(pending.scorecards, row)
    },
    updateScorecard: async (row) => void put(pending.scorecards, row),
    insertDecision: async (row) => void pending.decisions.push(structuredClone(row)),
    insertNote: async (note) => {
      if (notes(view, note.applicationId).some((row) => row.id === note.id)) {
        throw new Error(`Duplicate note ${note.id}`)
      }
      pending.notes.push(structuredClone(note))
    },
    insertNotifications: async (rows) => {
      const existing = new Set(notifications(view).map((row) => row.id))
      for (const row of rows) {
        if (existing.has(row.id)) throw new Error(`Duplicate notification ${row.id}`)
        existing.add(row.id)
        put(pending.notifications, row)
      }
    },
    markNotificationsRead: async (userId, ids, at) => {
      const wanted = ids && new Set(ids)
      const unread = notifications(view).filter(
        (row) => row.userId === userId && row.readAt === null && (!wanted || wanted.has(row.id)),
      )
      for (const row of unread) put(pending.notifications, { ...row, readAt: at })
      return unread.length
    },
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
  for (const [id, rows] of pending.assignments) tables.assignments.set(id, rows)
  for (const [jobId, row] of pending.plans) tables.plans.set(jobId, row)
  for (const row of pending.scorecards.values()) {
    const list = tables.scorecards.get(row.applicationId) ?? []
    const at = list.findIndex((old) => old.id === row.id)
    if (at === -1) list.push(row)
    else list[at] = row
    tables.scorecards.set(row.applicationId, list)
  }
  for (const row of pending.decisions) {
    const list = tables.decisions.get(row.applicationId) ?? []
    list.push(row)
    tables.decisions.set(row.applicationId, list)
  }
  for (const note of pending.notes) {
    tables.notes.set(note.applicationId, [...(tables.notes.get(note.applicationId) ?? []), note])
  }
  for (const [id, row] of pending.notifications) tables.notifications.set(id, row)
}
