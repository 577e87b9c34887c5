import type { Application, StageHistoryEntry } from '@contract/applications.ts'
import type { Candidate } from '@contract/candidates.ts'
import type { User } from '@contract/common.ts'
import type { Job } from '@contract/jobs.ts'
import type { Note } from '@contract/notes.ts'
import type { JobRole } from '@contract/rules/permissions.ts'
import type { InterviewPlan, Scorecard } from '@contract/reviews.ts'
import type { DecisionRecord, NotificationRow } from '../store/store.ts'

/**
 * The shape's version. The demo keeps a snapshot in IndexedDB under a key naming it, so a
 * snapshot of an older shape is never read: the demo reseeds instead. Bump on every change.
 */
export const DEMO_DATA_FORMAT = 2

/** Everything a store holds: what a seed produces and what a memory store snapshots. */
export type DemoData = {
  users: User[]
  jobs: Job[]
  candidates: Candidate[]
  applications: Application[]
  history: StageHistoryEntry[]
  /** Who recruits for or manages each opening. */
  jobRoles: { jobId: string; userId: string; role: JobRole }[]
  /** Who interviews which stage of which application, since when. */
  interviewers: { applicationId: string; stageId: string; userId: string; assignedAt: string }[]
  /** Each job's interview plan (what each stage assesses). */
  plans: InterviewPlan[]
  /** Every scorecard in full: submissions, drafts and revisions. */
  scorecards: Scorecard[]
  /** Hiring decisions taken through the decision panel. */
  decisions: DecisionRecord[]
  /** Notes on applications, in the order they were written. */
  notes: Note[]
  /** Who was told of which mention, in the order they were told. */
  notifications: NotificationRow[]
}
