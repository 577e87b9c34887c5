import type { Application } from '@contract/applications.ts'
import type { Job } from '@contract/jobs.ts'
import type {
  ApplicationReviews,
  Recommendation,
  Scorecard,
  ScorecardContent,
} from '@contract/reviews.ts'

/** Test data for the review components: the Senior Go Engineer pipeline, trimmed. */
export const job: Job = {
  id: 'job-1',
  title: 'Senior Go Engineer',
  team: 'Platform',
  location: 'Remote',
  employmentType: 'Full-time',
  description: '',
  requirements: [
    { id: 'go', kind: 'must', label: 'Go', skills: ['go'] },
    { id: 'sql', kind: 'must', label: 'PostgreSQL', skills: ['postgresql'] },
    { id: 'kafka', kind: 'nice', label: 'Kafka', skills: ['kafka'] },
  ],
  stages: [
    { id: 'applied', name: 'Applied', kind: 'active' },
    { id: 'go-tech', name: 'Go technical interview', kind: 'active' },
    { id: 'design', name: 'System design', kind: 'active' },
    { id: 'offer', name: 'Offer', kind: 'offer' },
    { id: 'hired', name: 'Hired', kind: 'hired' },
  ],
}

export const plan: ApplicationReviews['plan'] = [
  { stageId: 'applied', competencies: [] },
  {
    stageId: 'go-tech',
    competencies: [
      { key: 'go', name: 'Go and its concurrency model' },
      { key: 'code-quality', name: 'Clean, tested, reviewable code' },
    ],
  },
  { stageId: 'design', competencies: [{ key: 'architecture', name: 'Service architecture' }] },
  { stageId: 'offer', competencies: [] },
  { stageId: 'hired', competencies: [] },
]

export const ana = { id: 'user-ana', name: 'Ana Silva' }
export const ben = { id: 'user-ben', name: 'Ben Okafor' }
export const cleo = { id: 'user-cleo', name: 'Cleo Park' }

export function application(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    jobId: job.id,
    candidateId: 'cand-1',
    stageId: 'go-tech',
    rank: 'a0',
    status: 'active',
    rejection: null,
    source: 'referral',
    appliedAt: '2026-10-01',
    stageEnteredAt: '2026-11-01T10:00:00.000Z',
    version: 3,
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}

type Submit = {
  author: { id: string; name: string }
  stageId?: string
  ratings: ScorecardContent['ratings']
  recommendation: Recommendation
  summary?: string
  submittedAt?: string
  applicationId?: string
}

export function submitted({
  author,
  stageId = 'go-tech',
  ratings,
  recommendation,
  summary = '',
  submittedAt = '2026-11-02T10:00:00.000Z',
  applicationId = 'app-1',
}: Submit): Scorecard {
  return {
    id: `card-${applicationId}-${stageId}-${author.id}`,
    applicationId,
    stageId,
    author,
    submitted: { ratings, recommendation, summary, submittedAt },
    draft: null,
    revisions: [],
    version: 2,
    updatedAt: submittedAt,
  }
}

export function reviews(overrides: Partial<ApplicationReviews> = {}): ApplicationReviews {
  return {
    applicationId: 'app-1',
    plan,
    assignments: [],
    scorecards: [],
    owed: [],
    blinded: false,
    suggestion: null,
    ...overrides,
  }
}
