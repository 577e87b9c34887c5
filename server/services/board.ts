import type { Board, BoardColumn, BoardTotals } from '@contract/board.ts'
import type { ApplicationStatus } from '@contract/catalog.ts'
import type { JobSummary } from '@contract/jobs.ts'
import { notFound } from '../http/problem.ts'
import type { StoreReader } from '../store/store.ts'

const OPEN: ApplicationStatus[] = ['active', 'hired']
const ALL: ApplicationStatus[] = ['active', 'hired', 'rejected', 'withdrawn']

export async function listJobs(store: StoreReader): Promise<JobSummary[]> {
  const jobs = await store.listJobs()
  return Promise.all(
    jobs.map(async (job) => {
      const counts = await store.countApplications(job.id)
      return {
        id: job.id,
        title: job.title,
        team: job.team,
        location: job.location,
        activeCount: counts
          .filter((count) => count.status === 'active')
          .reduce((sum, count) => sum + count.count, 0),
        stageCount: job.stages.length,
      }
    }),
  )
}

/** A job's columns in pipeline order, each with its cards in rank order. */
export async function getBoard(
  store: StoreReader,
  jobId: string,
  closed: 'show' | 'hide',
): Promise<Board> {
  const job = await store.getJob(jobId)
  if (!job) throw notFound('That opening')
  const statuses = closed === 'show' ? ALL : OPEN
  const [rows, counts] = await Promise.all([
    store.listApplications(job.id, statuses),
    store.countApplications(job.id),
  ])
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
  return { job, columns: [...columns.values()], totals }
}
