import type { Job } from '@contract/jobs.ts'
import { compareByRank } from '@contract/rules/rank.ts'
import type {
  Competency,
  CompetencyRating,
  InterviewPlan,
  Rating,
  Recommendation,
  Scorecard,
  ScorecardContent,
} from '@contract/reviews.ts'
import type { DemoData } from './demo-data.ts'
import { createRng, deriveSeed, type Rng } from './random.ts'
import { STAGE_INTERVIEWERS, stageEntries } from './teams.ts'

const DAY = 24 * 60 * 60 * 1000

/** The Senior Go Engineer's competencies (docs: ROLE.md), by key. */
const GO: Record<string, string> = {
  go: 'Go and its concurrency model',
  fundamentals: 'Data structures and algorithms',
  'code-quality': 'Clean, tested, reviewable code',
  architecture: 'Service architecture (microservices, event-driven)',
  distributed: 'Distributed systems, messaging (Kafka, RabbitMQ), caching',
  data: 'Data modelling and queries: PostgreSQL, MongoDB',
  apis: 'REST and gRPC API design',
  reliability: 'Observability, performance tuning, production debugging',
  delivery: 'Docker, Kubernetes, cloud, IaC, CI/CD',
  collaboration: 'Communication, teamwork, cross-functional work',
  mentoring: 'Mentoring, design leadership, code review',
  experience: '5+ years backend, substantial Go',
}

const DESIGN: Record<string, string> = {
  craft: 'Visual and interaction craft',
  'design-systems': 'Design systems and component thinking',
  communication: 'Presenting and explaining design decisions',
  'problem-framing': 'Framing the problem before solving it',
  prototyping: 'Prototyping and iterating',
  research: 'User research and usability testing',
  accessibility: 'Accessibility from the start',
  collaboration: 'Working with engineers and product managers',
}

/** Which competencies each stage assesses, by stage id. */
const STAGE_COMPETENCIES: Record<string, { names: Record<string, string>; keys: string[] }> = {
  'sge-recruiter-screen': { names: GO, keys: ['collaboration', 'experience'] },
  'sge-go-technical': { names: GO, keys: ['go', 'fundamentals', 'code-quality'] },
  'sge-system-design': {
    names: GO,
    keys: ['architecture', 'distributed', 'data', 'apis', 'reliability'],
  },
  'sge-team-interview': { names: GO, keys: ['delivery', 'collaboration', 'mentoring'] },
  'pd-portfolio-review': { names: DESIGN, keys: ['craft', 'design-systems', 'communication'] },
  'pd-design-exercise': { names: DESIGN, keys: ['problem-framing', 'prototyping', 'research'] },
  'pd-panel': { names: DESIGN, keys: ['accessibility', 'collaboration', 'communication'] },
}

function competenciesOf(stageId: string): Competency[] {
  const planned = STAGE_COMPETENCIES[stageId]
  return planned ? planned.keys.map((key) => ({ key, name: planned.names[key] ?? key })) : []
}

/** A job's seeded plan: every stage in pipeline order, most with competencies. */
export function demoPlan(job: Job, updatedAt: string): InterviewPlan {
  return {
    jobId: job.id,
    stages: job.stages.map((stage) => ({
      stageId: stage.id,
      competencies: competenciesOf(stage.id),
    })),
    version: 1,
    updatedAt,
  }
}

// Short, generic evidence per rating: enough for the matrix's cells to open onto something.
const NOTES: Record<`${Rating}`, string[]> = {
  '4': ['Clear, well-reasoned answers with concrete examples.', 'Went deeper than we asked.'],
  '3': ['Solid; a few gaps when pushed on details.', 'Good answers, some prompting needed.'],
  '2': ['Stayed at the surface when asked to go further.', 'Needed a lot of prompting.'],
  '1': ['Could not explain the basics.', 'Answers contradicted each other.'],
  no_evidence: ['Did not come up in this interview.'],
}

const SUMMARIES: Record<Recommendation, string> = {
  strong_yes: 'Strong candidate; I would be glad to work with them.',
  yes: 'Good fit overall, with a few areas to probe in the next round.',
  no: 'Not convinced; the gaps matter for this role.',
  strong_no: 'Clearly not a fit for this role.',
}

function recommendationFor(ratings: readonly Rating[]): Recommendation {
  const numbers = ratings.filter((rating): rating is 1 | 2 | 3 | 4 => rating !== 'no_evidence')
  const mean = numbers.length ? numbers.reduce((sum, r) => sum + r, 0) / numbers.length : 2.5
  return mean >= 3.5 ? 'strong_yes' : mean >= 2.75 ? 'yes' : mean >= 2 ? 'no' : 'strong_no'
}

/**
 * A filled-in scorecard: `level` is the interviewer's overall impression (1–4, fractional),
 * each competency lands near it; `complete` false leaves the last competencies unrated and
 * the recommendation open (a draft).
 */
function content(
  rng: Rng,
  competencies: readonly Competency[],
  level: number,
  complete: boolean,
): ScorecardContent {
  const ratings: Record<string, CompetencyRating> = {}
  const given: Rating[] = []
  const rated = complete ? competencies.length : Math.max(1, competencies.length - 1)
  competencies.forEach(({ key }, index) => {
    if (index >= rated) {
      ratings[key] = { rating: null, note: '' }
      return
    }
    const rating: Rating = rng.chance(0.06)
      ? 'no_evidence'
      : (Math.min(4, Math.max(1, Math.round(level + rng.float(-0.9, 0.9)))) as 1 | 2 | 3 | 4)
    given.push(rating)
    ratings[key] = { rating, note: rng.pick(NOTES[`${rating}`]) }
  })
  const recommendation = complete ? recommendationFor(given) : null
  return {
    ratings,
    recommendation,
    summary: recommendation ? SUMMARIES[recommendation] : '',
  }
}

/** The first cards of the Go technical column have no scorecards: the e2e specs start there. */
const UNTOUCHED_AT_TOP = 4

/**
 * Plans for every job and scorecards for the seeded assignments: every stage an application
 * has left has all its scorecards in (mostly positive: it advanced); its current stage a mix
 * of all in, some in with a draft, and none yet, except the top of the Go technical column.
 */
export function demoReviews(
  data: Pick<DemoData, 'jobs' | 'applications' | 'history' | 'interviewers' | 'users'>,
  seed: number,
  now: number,
): Pick<DemoData, 'plans' | 'scorecards' | 'decisions'> {
  const planned = new Date(now - 91 * DAY).toISOString()
  const plans = data.jobs.map((job) => demoPlan(job, planned))
  const jobs = new Map(data.jobs.map((job) => [job.id, job]))
  const applications = new Map(data.applications.map((a) => [a.id, a]))
  const names = new Map(data.users.map((user) => [user.id, user.name]))
  const entered = stageEntries(data.history)
  const untouched = new Set(
    data.applications
      .filter((a) => a.stageId === 'sge-go-technical' && a.status === 'active')
      .sort(compareByRank)
      .slice(0, UNTOUCHED_AT_TOP)
      .map((a) => a.id),
  )

  const scorecards: Scorecard[] = []
  const width = Math.max(6, String(data.interviewers.length).length)
  // One stream per application: its cards stay the same whatever else the seed holds.
  const streams = new Map<string, { rng: Rng; level: number; mix: number }>()
  for (const assignment of data.interviewers) {
    const application = applications.get(assignment.applicationId)
    const job = application && jobs.get(application.jobId)
    const competencies = competenciesOf(assignment.stageId)
    if (!application || !job || !competencies.length) continue
    if (untouched.has(application.id) && assignment.stageId === application.stageId) continue
    let stream = streams.get(application.id)
    if (!stream) {
      const rng = createRng(deriveSeed(seed, `reviews:${application.id}`))
      stream = { rng, level: rng.float(1.4, 3.9), mix: rng.next() }
      streams.set(application.id, stream)
    }
    const { rng } = stream
    const index = job.stages.findIndex((stage) => stage.id === assignment.stageId)
    const current = job.stages.findIndex((stage) => stage.id === application.stageId)
    const enteredAt = Date.parse(assignment.assignedAt)
    const left = job.stages[index + 1]
    const leftAt = left && entered.get(application.id)?.get(left.id)
    const past = index < current && leftAt !== undefined
    // The current stage: a third all in, a third the first interviewer in, a third none.
    const first = STAGE_INTERVIEWERS[assignment.stageId]?.[0] === assignment.userId
    const submitted = past || stream.mix < 1 / 3 || (stream.mix < 2 / 3 && first)
    const drafted = !submitted && stream.mix < 2 / 3
    if (!submitted && !drafted) continue
    // Those who advanced mostly impressed; the current stage is anyone's call.
    const level = past ? Math.max(stream.level, 3.2) : stream.level
    const end = past ? Date.parse(leftAt) : now
    const at = new Date(enteredAt + Math.floor((end - enteredAt) * (past ? 0.6 : 0.4)))
    const written = content(rng, competencies, level, submitted)
    scorecards.push({
      id: `sc-${String(scorecards.length + 1).padStart(width, '0')}`,
      applicationId: application.id,
      stageId: assignment.stageId,
      author: { id: assignment.userId, name: names.get(assignment.userId) ?? assignment.userId },
      submitted: submitted
        ? {
            ...written,
            recommendation: written.recommendation ?? 'yes',
            submittedAt: at.toISOString(),
          }
        : null,
      draft: submitted ? null : written,
      revisions: [],
      version: 1,
      updatedAt: at.toISOString(),
    })
  }
  return { plans, scorecards, decisions: [] }
}
