import type { Board, BoardColumn, BoardTotals } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { JobSummary } from '@contract/jobs.ts'
import { notFound } from '../http/problem.ts'
import { demand, jobPermissions } from './access.ts'
import type { ServiceContext } from './context.ts'

const OPEN: ApplicationStatus[] = ['active', 'hired']
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']

/** The openings the user may see, with the active applications they may see in each. */
export async function listJobs({ store, user }: ServiceContext): Promise<JobSummary[]> {
  const jobs = await store.listJobs()
  const visible = await Promise.all(
    jobs.map(async (job) => {
      const permissions = await jobPermissions(store, user, job.id)
      if (!permissions.view) return []
      const counts = permissions.viewAll
        ? await store.countApplications(job.id)
        : await assignedCounts(store, user.id, job.id)
      const summary: JobSummary = {
        id: job.id,
        title: job.title,
        team: job.team,
        location: job.location,
        activeCount: counts
          .filter((count) => count.status === 'active')
          .reduce((sum, count) => sum + count.count, 0),
        stageCount: job.stages.length,
      }
      return [summary]
    }),
  )
  return visible.flat()
}

async function assignedCounts(store: ServiceContext['store'], userId: string, jobId: string) {
  const ids = new Set(await store.listAssignedApplicationIds(userId, jobId))
  const rows = await store.listApplications(jobId, ALL)
  return rows
    .filter(({ application }) => ids.has(application.id))
    .map(({ application }) => ({
      stageId: application.stageId,
      status: application.status,
      count: 1,
    }))
}

export async function getJob({ store, user }: ServiceContext, jobId: string) {
  const job = await store.getJob(jobId)
  if (!job) throw notFound('That opening')
  demand(await jobPermissions(store, user, job.id), 'view', 'That opening')
  return job
}

/** A job's columns in pipeline order, each with its cards in rank order. */
export async function getBoard(
  { store, user }: ServiceContext,
  jobId: string,
  closed: 'show' | 'hide',
): Promise<Board> {
  const job = await store.getJob(jobId)
  if (!job) throw notFound('That opening')
  const permissions = await jobPermissions(store, user, job.id)
  demand(permissions, 'view', 'That opening')
  const statuses = closed === 'show' ? ALL : OPEN
  let [rows, counts] = await Promise.all([
    store.listApplications(job.id, statuses),
    store.countApplications(job.id),
  ])
  if (!permissions.viewAll) {
    // An interviewer's board holds only the applications they interview.
    const assigned = new Set(await store.listAssignedApplicationIds(user.id, job.id))
    rows = rows.filter(({ application }) => assigned.has(application.id))
    counts = await assignedCounts(store, user.id, job.id)
  }
  const columns = new Map<string, BoardColumn>(
    job.stages.map((stage) => [
      stage.id,
      { stageId: stage.id, count: 0, cards: [], nextCursor: null },
    ]),
  )
  for (const { application, candidate } of rows) {
    const column = columns.get(application.stageId)
    if (!column) continue
    column.count += 1
    column.cards.push({
      id: application.id,
      candidateId: candidate.id,
      name: candidate.name,
      currentTitle: candidate.currentTitle,
      currentCompany: candidate.currentCompany,
      backendYears: candidate.backendYears,
      goYears: candidate.goYears,
      skills: candidate.skills,
      source: application.source,
      stageId: application.stageId,
      rank: application.rank,
      status: application.status,
      rejection: application.rejection,
      stageEnteredAt: application.stageEnteredAt,
      version: application.version,
    })
  }
  const totals: BoardTotals = { active: 0, hired: 0, rejected: 0, withdrawn: 0 }
  for (const count of counts) totals[count.status] += count.count
  return { job, columns: [...columns.values()], totals, permissions }
}
