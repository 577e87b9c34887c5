import type { Application, Rejection, StageHistoryEntry } from '@contract/applications.ts'
import type { ApplicationStatus, RejectionReason, Source } from '@contract/catalog.ts'
import type { Candidate, Links } from '@contract/candidates.ts'
import type { Actor, User } from '@contract/common.ts'
import type { Job, Requirement } from '@contract/jobs.ts'
import { initialRanks } from '@contract/rules/rank.ts'
import { matchSkills } from '@contract/rules/skill-match.ts'
import type { DemoData } from './demo-data.ts'
import { DEMO_JOBS, PRODUCT_DESIGNER, SENIOR_GO_ENGINEER } from './jobs.ts'
import { demoNotes } from './notes.ts'
import { createRng, deriveSeed, type Rng } from './random.ts'
import { demoReviews } from './reviews.ts'
import { demoTeams } from './teams.ts'
import { DEMO_USERS } from './users.ts'
import {
  CLOSING_LINES,
  COMPANIES,
  DESIGNER_ACHIEVEMENTS,
  DESIGNER_TITLES,
  EMAIL_DOMAINS,
  ENGINEER_ACHIEVEMENTS,
  ENGINEER_TITLES,
  HUB_CITIES,
  LANGUAGE_LABELS,
  NAME_REGIONS,
  OTHER_LANGUAGES,
  OTHER_SKILLS,
  type City,
  type NameRegion,
  type Zone,
} from './word-lists.ts'

export type GenerateOptions = {
  /** Everything random follows from this; the same seed gives the same people. */
  seed?: number
  /** Applications for the Senior Go Engineer opening (the other opening keeps its own few). */
  applications?: number
  /** Dates are laid out backwards from here. Defaults to the current time. */
  now?: Date
}

export const DEFAULT_SEED = 42
export const DEFAULT_APPLICATIONS = 60
/** The Product Designer opening's size: enough to show a second, different board. */
export const DESIGNER_APPLICATIONS = 8

const MINUTE = 60_000
const DAY_MINUTES = 24 * 60
/** Applications reach back this many days before `now`. */
const HISTORY_DAYS = 90
/** Go 1.0 shipped in 2012: nobody has much more production Go than this. */
const MAX_GO_YEARS = 13

/** What a seed says about one applicant, before ids and dates are attached. */
type Person = {
  name: string
  email: string
  phone: string | null
  location: string | null
  zone: Zone
  links: Links
  currentTitle: string | null
  currentCompany: string | null
  backendYears: number
  goYears: number
  skills: string[]
  resumeText: string
  tags: string[]
  source: Source
  /** 0–1: how experienced the CV looks, apart from the skills it lists. */
  seniority: number
}

type EmailBook = Map<string, number>

type JobSpec = {
  job: Job
  count: number
  /** Share of applications per stage, in pipeline order; the hired stage is set by `hired`. */
  stageWeights: number[]
  hired: number
  makePerson: (rng: Rng, emails: EmailBook) => Person
  /** Go-specific wording (REJECTION_REASON_LABELS.experience mentions Go). */
  goRole: boolean
}

type Outcome = 'open' | 'rejected' | 'withdrawn'

type Plan = {
  job: Job
  person: Person
  stageIndex: number
  outcome: Outcome
  rejection: Rejection | null
  /** Epoch ms: applied, then one per stage step. Strictly increasing. */
  times: number[]
  closedAt: number | null
  /** One per event: applied, each move, then the close (if any). */
  actors: Actor[]
}

export function generateDemoData(options: GenerateOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_SEED
  const count = options.applications ?? DEFAULT_APPLICATIONS
  const now = options.now ?? new Date()
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number')
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError('applications must be a whole number, 0 or more')
  }
  if (!Number.isFinite(now.getTime())) throw new RangeError('now must be a valid date')
  // Whole minutes, so another `now` shifts every timestamp by exactly the same amount.
  const base = Math.floor(now.getTime() / MINUTE) * MINUTE

  // The small opening first: its people then stay the same whatever `applications` is.
  const specs: JobSpec[] = [
    {
      job: PRODUCT_DESIGNER,
      count: DESIGNER_APPLICATIONS,
      stageWeights: [30, 24, 14, 8, 3, 0],
      hired: 0,
      makePerson: makeDesigner,
      goRole: false,
    },
    {
      job: SENIOR_GO_ENGINEER,
      count,
      stageWeights: [30, 24, 17, 11, 7, 3, 0],
      hired: count >= 20 ? 2 : count >= 5 ? 1 : 0,
      makePerson: makeEngineer,
      goRole: true,
    },
  ]

  const emails: EmailBook = new Map()
  let plans: Plan[] = []
  for (const spec of specs) plans = plans.concat(planJob(spec, seed, emails, base))
  // Ids follow the order people applied in, as a real store would hand them out.
  plans.sort((a, b) => (a.times[0] ?? 0) - (b.times[0] ?? 0))

  const data = assemble(plans)
  const teams = { ...data, ...demoTeams(data) }
  return { ...teams, ...demoReviews(teams, seed, base), ...demoNotes(teams, base) }
}

function planJob(spec: JobSpec, seed: number, emails: EmailBook, base: number): Plan[] {
  const { job } = spec
  const peopleRng = createRng(deriveSeed(seed, `${job.id}:people`))
  const people: Person[] = []
  for (let index = 0; index < spec.count; index++) people.push(spec.makePerson(peopleRng, emails))

  const rng = createRng(deriveSeed(seed, `${job.id}:pipeline`))
  const stageIndexes = assignStages(rng, spec, people)

  const hiredIndex = job.stages.findIndex((stage) => stage.kind === 'hired')
  const eligible: number[] = []
  stageIndexes.forEach((stageIndex, index) => {
    if (stageIndex !== hiredIndex) eligible.push(index)
  })
  const rejectedCount = Math.max(spec.count >= 8 ? 1 : 0, Math.round(spec.count * 0.08))
  const withdrawnCount = Math.round(spec.count * 0.02)
  const closing = rng.sample(eligible, rejectedCount + withdrawnCount)
  const outcomes = new Map<number, Outcome>()
  closing.forEach((index, order) =>
    outcomes.set(index, order < rejectedCount ? 'rejected' : 'withdrawn'),
  )

  return people.map((person, index) => {
    const stageIndex = stageIndexes[index] ?? 0
    const outcome = outcomes.get(index) ?? 'open'
    const { times, closedAt } = timeline(rng, stageIndex, outcome !== 'open', base)
    const rejection =
      outcome === 'rejected' ? rejectionFor(rng, job, stageIndex, person, spec.goRole) : null
    return {
      job,
      person,
      stageIndex,
      outcome,
      rejection,
      times,
      closedAt,
      actors: actorsFor(rng, job, stageIndex, outcome, person),
    }
  })
}

/**
 * Draws the stage counts from the weights, then hands the furthest stages to the candidates
 * who look best on paper (plus noise), so later columns hold stronger profiles.
 */
function assignStages(rng: Rng, spec: JobSpec, people: Person[]): number[] {
  const { job } = spec
  const hiredIndex = job.stages.findIndex((stage) => stage.kind === 'hired')
  const entries: [number, number][] = []
  spec.stageWeights.forEach((weight, index) => {
    if (index !== hiredIndex && weight > 0) entries.push([index, weight])
  })
  const hired = hiredIndex === -1 ? 0 : Math.min(spec.hired, people.length)
  const drawn: number[] = []
  for (let index = 0; index < hired; index++) drawn.push(hiredIndex)
  for (let index = hired; index < people.length; index++) drawn.push(rng.weighted(entries))
  drawn.sort((a, b) => b - a)

  const scores = people.map((person) => paperScore(person, job.requirements) + rng.float(-0.9, 0.9))
  const order = people.map((_, index) => index)
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)

  const stageIndexes: number[] = new Array<number>(people.length)
  order.forEach((personIndex, position) => {
    stageIndexes[personIndex] = drawn[position] ?? 0
  })
  return stageIndexes
}

const SOURCE_BONUS: Record<Source, number> = {
  'careers-page': 0,
  referral: 0.4,
  linkedin: 0,
  'github-outreach': 0.3,
  meetup: 0.2,
  agency: 0.1,
  'job-board': -0.1,
}

function paperScore(person: Person, requirements: Requirement[]) {
  const match = matchSkills(person.skills, requirements)
  const mustShare = match.must.length > 0 ? match.mustMet / match.must.length : 0
  const niceShare = match.nice.length > 0 ? match.niceMet / match.nice.length : 0
  return 2 * mustShare + 0.6 * niceShare + 0.8 * person.seniority + SOURCE_BONUS[person.source]
}

/**
 * When each step happened. Later stages need older applications (a few days per step), and
 * the newest applications mostly still sit in the first stage.
 */
function timeline(rng: Rng, stageIndex: number, closed: boolean, base: number) {
  const minDays = stageIndex * 4 + (closed ? 2 : 0) + (stageIndex > 0 ? 1 : 0)
  const spread = Math.max(0, HISTORY_DAYS - minDays)
  const skew = stageIndex === 0 ? rng.next() ** 1.8 : rng.next()
  const days = minDays + Math.floor(spread * skew)
  // Minutes from applying until now.
  const total = days * DAY_MINUTES + rng.int(20, DAY_MINUTES - 1)
  const appliedAt = base - total * MINUTE

  const elapsed = [0]
  if (stageIndex > 0) {
    const last = Math.floor(total * (closed ? rng.float(0.3, 0.8) : rng.float(0.4, 0.97)))
    const gaps = Array.from({ length: stageIndex }, () => rng.float(0.6, 1.4))
    const sum = gaps.reduce((acc, gap) => acc + gap, 0)
    let cumulative = 0
    for (const gap of gaps) {
      cumulative += gap
      const previous = elapsed[elapsed.length - 1] ?? 0
      elapsed.push(Math.max(previous + 1, Math.floor((last * cumulative) / sum)))
    }
  }
  const entered = elapsed[elapsed.length - 1] ?? 0
  const closedElapsed = closed
    ? entered + Math.max(1, Math.floor((total - entered) * rng.float(0.15, 0.9)))
    : null
  return {
    times: elapsed.map((minutes) => appliedAt + minutes * MINUTE),
    closedAt: closedElapsed === null ? null : appliedAt + closedElapsed * MINUTE,
  }
}

const userById = new Map(DEMO_USERS.map((user) => [user.id, user]))
const actorOf = (id: string): Actor => {
  const user: User | undefined = userById.get(id)
  if (!user) throw new Error(`Unknown demo user ${id}`)
  return { id: user.id, name: user.name }
}

/** The recruiter does most of the clicking; the hiring manager drives the late stages. */
function actorsFor(rng: Rng, job: Job, stageIndex: number, outcome: Outcome, person: Person) {
  const manager = (p: number) => actorOf(rng.chance(p) ? 'user-hiring-manager' : 'user-recruiter')
  const actors = [manager(person.source === 'referral' ? 0.3 : 0.05)]
  for (let step = 1; step <= stageIndex; step++) {
    const kind = job.stages[step]?.kind
    actors.push(manager(kind === 'offer' || kind === 'hired' ? 0.5 : step >= 3 ? 0.4 : 0.1))
  }
  if (outcome === 'rejected') actors.push(manager(stageIndex <= 1 ? 0.1 : 0.5))
  if (outcome === 'withdrawn') actors.push(actorOf('user-recruiter'))
  return actors
}

type Phase = 'inbox' | 'screen' | 'interview' | 'offer'

function phaseOf(job: Job, stageIndex: number): Phase {
  if (job.stages[stageIndex]?.kind === 'offer') return 'offer'
  return stageIndex === 0 ? 'inbox' : stageIndex === 1 ? 'screen' : 'interview'
}

function rejectionFor(rng: Rng, job: Job, stageIndex: number, person: Person, goRole: boolean) {
  const phase = phaseOf(job, stageIndex)
  const far = person.zone === 'far'
  const junior = goRole ? person.backendYears < 5 || person.goYears < 2 : person.seniority < 0.3
  const weights: Record<Phase, [RejectionReason, number][]> = {
    inbox: [
      ['experience', junior ? 6 : 1],
      ['skills', 4],
      ['location', far ? 5 : 0.5],
      ['duplicate', 0.6],
      ['position-filled', 0.3],
      ['other', 0.6],
    ],
    screen: [
      ['compensation', 3],
      ['unresponsive', 2.5],
      ['experience', junior ? 3 : 0.5],
      ['location', far ? 3 : 0.5],
      ['skills', 1.5],
      ['other', 0.6],
    ],
    interview: [
      ['interview', 8],
      ['skills', 1],
      ['compensation', 1],
      ['position-filled', 0.5],
      ['other', 0.4],
    ],
    offer: [
      ['compensation', 5],
      ['position-filled', 2],
      ['other', 1],
    ],
  }
  // The catalog's label for "experience" is about Go, so only the Go role uses it.
  const entries = weights[phase].filter(([reason]) => goRole || reason !== 'experience')
  const reason = rng.weighted(entries)
  const note = rng.chance(0.45) ? rng.pick(rejectionNotes(reason, phase, person, goRole)) : null
  return { reason, note }
}

function rejectionNotes(reason: RejectionReason, phase: Phase, person: Person, goRole: boolean) {
  switch (reason) {
    case 'experience': {
      const go = person.goYears === 0 ? 'none of it in Go' : `${yearsText(person.goYears)} in Go`
      return [
        `${capitalize(yearsText(person.backendYears))} of backend work, ${go}.`,
        'Good fundamentals but not senior enough yet. Worth a look for a mid-level role.',
      ]
    }
    case 'skills':
      return goRole
        ? [
            'No production Go or SQL work on the CV.',
            'Mostly front-end work so far.',
            'Little evidence of testing or API design.',
          ]
        : ['Portfolio is mostly visual work, no research.', 'No product work in the portfolio.']
    case 'interview':
      return goRole
        ? [
            'Struggled with the worker-pool exercise (cancellation, error handling).',
            'System design stayed high level: little on data modelling or failure modes.',
            'Code review discussion lacked depth.',
            'Strong coding, but little ownership of production systems.',
          ]
        : [
            'The design exercise skipped the research step.',
            'Panel had doubts about working closely with engineering.',
          ]
    case 'compensation':
      return phase === 'offer'
        ? ['Declined the offer: took a counter-offer from their current employer.']
        : ['Expectations well above the band for this role.', 'Asked for a staff-level salary.']
    case 'location':
      return [
        'Needs visa sponsorship, which we cannot offer for this role right now.',
        'Wants to work from a time zone too far from the team.',
      ]
    case 'position-filled':
      return ['We filled the role before the next round.']
    case 'unresponsive':
      return [
        'No reply to two scheduling emails and a LinkedIn message.',
        'Went quiet after the first call.',
      ]
    case 'duplicate':
      return ['Applied twice; keeping the other application.']
    case 'other':
      return ['Looking for contract work only.', 'Wants a part-time role.']
  }
}

/** Turns the plans (sorted by application time) into the store's records. */
function assemble(
  plans: Plan[],
): Pick<DemoData, 'users' | 'jobs' | 'candidates' | 'applications' | 'history'> {
  const iso = (ms: number) => new Date(ms).toISOString()
  const candidates: Candidate[] = []
  const applications: Application[] = []
  const idWidth = Math.max(6, String(plans.length).length)

  type PendingEntry = Omit<StageHistoryEntry, 'id'> & { ms: number; order: number }
  const pending: PendingEntry[] = []

  plans.forEach((plan, index) => {
    const number = String(index + 1).padStart(idWidth, '0')
    const applicationId = `app-${number}`
    const candidateId = `cand-${number}`
    const { job, person, stageIndex } = plan
    const isos = plan.times.map(iso)
    const createdAt = isos[0] ?? iso(plan.times[0] ?? 0)
    const stageEnteredAt = isos[isos.length - 1] ?? createdAt
    const closedAt = plan.closedAt === null ? null : iso(plan.closedAt)
    const stage = job.stages[stageIndex]
    if (!stage) throw new Error(`No stage ${stageIndex} in ${job.id}`)
    const status: ApplicationStatus =
      plan.outcome === 'open' ? (stage.kind === 'hired' ? 'hired' : 'active') : plan.outcome

    const push = (entry: Omit<PendingEntry, 'applicationId' | 'order'>) =>
      pending.push({ ...entry, applicationId, order: index })
    const actor = (event: number) => plan.actors[event] ?? actorOf('user-recruiter')
    const firstStage = job.stages[0]?.id ?? stage.id
    push({
      kind: 'applied',
      fromStageId: null,
      toStageId: firstStage,
      actor: actor(0),
      at: createdAt,
      ms: plan.times[0] ?? 0,
    })
    for (let step = 1; step <= stageIndex; step++) {
      push({
        kind: 'moved',
        fromStageId: job.stages[step - 1]?.id ?? null,
        toStageId: job.stages[step]?.id ?? stage.id,
        actor: actor(step),
        at: isos[step] ?? stageEnteredAt,
        ms: plan.times[step] ?? 0,
      })
    }
    if (plan.outcome !== 'open' && closedAt !== null && plan.closedAt !== null) {
      // A closed application stays in its stage, so from and to are the same column.
      push({
        kind: plan.outcome,
        fromStageId: stage.id,
        toStageId: stage.id,
        actor: actor(stageIndex + 1),
        at: closedAt,
        ms: plan.closedAt,
      })
    }
    const events = 1 + stageIndex + (closedAt === null ? 0 : 1)

    candidates.push({
      id: candidateId,
      name: person.name,
      email: person.email,
      phone: person.phone,
      location: person.location,
      links: person.links,
      currentTitle: person.currentTitle,
      currentCompany: person.currentCompany,
      backendYears: person.backendYears,
      goYears: person.goYears,
      skills: person.skills,
      resumeText: person.resumeText,
      tags: person.tags,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    })
    applications.push({
      id: applicationId,
      jobId: job.id,
      candidateId,
      stageId: stage.id,
      rank: '',
      status,
      rejection: plan.rejection,
      source: person.source,
      appliedAt: createdAt.slice(0, 10),
      stageEnteredAt,
      version: events,
      createdAt,
      updatedAt: closedAt ?? stageEnteredAt,
    })
  })

  assignRanks(applications, plans)

  // History ids in time order, so "latest entry" can also be read off the id.
  pending.sort((a, b) => a.ms - b.ms || a.order - b.order)
  const historyWidth = Math.max(7, String(pending.length).length)
  const history: StageHistoryEntry[] = pending.map((entry, index) => ({
    id: `hist-${String(index + 1).padStart(historyWidth, '0')}`,
    applicationId: entry.applicationId,
    kind: entry.kind,
    fromStageId: entry.fromStageId,
    toStageId: entry.toStageId,
    actor: entry.actor,
    at: entry.at,
  }))

  return {
    users: DEMO_USERS.map((user) => ({ ...user })),
    jobs: DEMO_JOBS.map((job) => structuredClone(job)),
    candidates,
    applications,
    history,
  }
}

/**
 * Column order: open cards first, most recently moved on top (where a moved card lands);
 * closed cards after them, most recently closed first.
 */
function assignRanks(applications: Application[], plans: Plan[]) {
  const byStage = new Map<string, number[]>()
  applications.forEach((application, index) => {
    const list = byStage.get(application.stageId)
    if (list) list.push(index)
    else byStage.set(application.stageId, [index])
  })
  const sortKey = (index: number) => {
    const plan = plans[index]
    if (!plan) return [1, 0] as const
    const closed = plan.closedAt !== null ? 1 : 0
    return [closed, plan.closedAt ?? plan.times[plan.times.length - 1] ?? 0] as const
  }
  for (const indexes of byStage.values()) {
    const keys = new Map(indexes.map((index) => [index, sortKey(index)]))
    indexes.sort((a, b) => {
      const [closedA, timeA] = keys.get(a) ?? [1, 0]
      const [closedB, timeB] = keys.get(b) ?? [1, 0]
      return closedA - closedB || timeB - timeA || a - b
    })
    const ranks = initialRanks(indexes.length)
    indexes.forEach((applicationIndex, position) => {
      const application = applications[applicationIndex]
      const rank = ranks[position]
      if (application && rank !== undefined) application.rank = rank
    })
  }
}

// ---------------------------------------------------------------------------------------
// People

const REGION_ENTRIES = NAME_REGIONS.map((region) => [region, region.weight] as const)

/** Lower-case ASCII for emails and handles: "Łukasz Wiśniewski" → "lukasz", "wisniewski". */
const FOLDED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' }
function slug(text: string) {
  return text
    .toLowerCase()
    .replace(/[øæœßłđı]/g, (char) => FOLDED[char] ?? '')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
}

function surname(rng: Rng, region: NameRegion, female: boolean) {
  const [masculine = '', feminine] = rng.pick(region.last).split('|')
  return female && feminine ? feminine : masculine
}

type Identity = {
  name: string
  first: string
  last: string
  region: NameRegion
  city: City
}

/**
 * A name that belongs together (first and last from one region, with some mixing, as in
 * any European tech hub) and a home city, at home or in a hub.
 */
function identity(rng: Rng, femaleShare: number): Identity {
  const region = rng.weighted(REGION_ENTRIES)
  const female = rng.chance(femaleShare)
  const firstRegion = rng.chance(0.15) ? rng.weighted(REGION_ENTRIES) : region
  const first = rng.pick(female ? firstRegion.female : firstRegion.male)
  let last = surname(rng, region, female)
  if (rng.chance(region.doubleSurname)) {
    const second = surname(rng, region, female)
    if (second !== last) last = `${last} ${second}`
  }
  const city = rng.chance(region.abroad) ? rng.pick(HUB_CITIES) : rng.pick(region.cities)
  return {
    name: `${first} ${last}`,
    first: slug(first) || 'candidate',
    last: slug(last) || 'x',
    region,
    city,
  }
}

/**
 * Unique by construction: names slug to letters only, so a numbered address ("anna.nowak2")
 * can never equal an unnumbered one, and each base address counts its own numbers.
 */
function claimEmail(emails: EmailBook, local: string, domain: string) {
  const base = `${local}@${domain}`
  const taken = emails.get(base) ?? 0
  emails.set(base, taken + 1)
  return taken === 0 ? base : `${local}${taken + 1}@${domain}`
}

function contact(rng: Rng, emails: EmailBook, who: Identity) {
  const { first, last } = who
  const local = rng.weighted([
    [`${first}.${last}`, 50],
    [`${first}${last}`, 15],
    [`${first.charAt(0)}.${last}`, 15],
    [`${first}_${last}`, 5],
    [`${last}.${first}`, 10],
  ])
  const email = claimEmail(emails, local, rng.pick(EMAIL_DOMAINS))
  const phone = rng.chance(0.75)
    ? `+${who.city.dial} ${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`
    : null
  const location = rng.chance(0.96) ? `${who.city.name}, ${who.city.country}` : null
  const handle = rng.weighted([
    [`${first}${last}`, 3],
    [`${first}-${last}`, 2],
    [`${first.charAt(0)}${last}`, 2],
    [`${last}${first.charAt(0)}`, 1],
    [`${first}${last}${rng.int(2, 99)}`, 1],
  ])
  const linkedin = rng.chance(0.5) ? `${first}-${last}` : `${first}-${last}-${rng.int(10, 9999)}`
  return { email, phone, location, handle, linkedin }
}

function placeTags(rng: Rng, zone: Zone, source: Source) {
  const tags: string[] = []
  if (source === 'referral' && rng.chance(0.8)) tags.push('referral')
  if (zone === 'far') {
    if (rng.chance(0.7)) tags.push('relocation')
    if (rng.chance(0.55)) tags.push('visa')
  } else if (zone === 'near') {
    if (rng.chance(0.3)) tags.push('visa')
  } else if (rng.chance(0.05)) {
    tags.push('relocation')
  }
  return tags
}

const ENGINEER_SOURCES: [Source, number][] = [
  ['careers-page', 22],
  ['linkedin', 25],
  ['referral', 12],
  ['github-outreach', 9],
  ['meetup', 6],
  ['agency', 8],
  ['job-board', 18],
]

/** Years of backend work, 1 to 18, most applicants between 4 and 10. */
const BACKEND_YEARS: [number, number][] = [
  2, 3, 4, 6, 7, 8, 8, 8, 7, 6, 5, 4, 3, 3, 2, 2, 1, 1,
].map((weight, index) => [index + 1, weight])

const SKILL_LABELS: Record<string, string> = {
  go: 'Go',
  golang: 'Go',
  grpc: 'gRPC',
  rest: 'REST APIs',
  postgresql: 'PostgreSQL',
  postgres: 'PostgreSQL',
  sql: 'SQL',
  kafka: 'Kafka',
  rabbitmq: 'RabbitMQ',
  redis: 'Redis',
  mongodb: 'MongoDB',
  docker: 'Docker',
  kubernetes: 'Kubernetes',
  terraform: 'Terraform',
  helm: 'Helm',
  aws: 'AWS',
  gcp: 'GCP',
  azure: 'Azure',
  'ci/cd': 'CI/CD',
  'github actions': 'GitHub Actions',
  'gitlab ci': 'GitLab CI',
  prometheus: 'Prometheus',
  grafana: 'Grafana',
  opentelemetry: 'OpenTelemetry',
  tdd: 'TDD',
  ...LANGUAGE_LABELS,
}

const halfYears = (value: number) => Math.round(value * 2) / 2
const yearsText = (years: number) => (years === 1 ? '1 year' : `${years} years`)
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
function listText(items: string[]) {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function makeEngineer(rng: Rng, emails: EmailBook): Person {
  const who = identity(rng, 0.28)
  const { email, phone, location, handle, linkedin } = contact(rng, emails, who)
  const source = rng.weighted(ENGINEER_SOURCES)

  const wholeYears = rng.weighted(BACKEND_YEARS)
  const backendYears = wholeYears < 18 && rng.chance(0.2) ? wholeYears + 0.5 : wholeYears
  // Some apply from another stack; the rest spent a share of their career in Go.
  const primary = rng.chance(0.14) ? rng.pick(OTHER_LANGUAGES.slice(0, 6)) : 'go'
  const goYears =
    primary === 'go'
      ? Math.min(
          backendYears,
          MAX_GO_YEARS,
          Math.max(0.5, halfYears(backendYears * rng.float(0.15, 1))),
        )
      : 0
  const seniority = 0.5 * Math.min(1, backendYears / 8) + 0.5 * Math.min(1, goYears / 5)

  // Each must-have shows up often, all six rarely: most people meet some but not all.
  const skills = new Set<string>()
  const add = (items: string[]) => items.forEach((item) => skills.add(item))
  if (goYears > 0) add(rng.chance(0.1) ? ['go', 'golang'] : [rng.chance(0.7) ? 'go' : 'golang'])
  if (rng.chance(goYears >= 3 ? 0.7 : goYears > 0 ? 0.35 : 0.05)) {
    add(rng.sample(['goroutines', 'channels', 'concurrency'], rng.int(1, 2)))
  }
  if (rng.chance(0.7)) {
    add(
      rng.weighted([
        [['postgresql'], 4],
        [['sql'], 2],
        [['postgresql', 'sql'], 3],
        [['postgres'], 1],
      ]),
    )
  }
  if (rng.chance(0.75)) add(rng.sample(['rest', 'grpc'], rng.int(1, 2)))
  if (rng.chance(0.25 + 0.2 * seniority))
    add(rng.sample(['algorithms', 'data structures'], rng.int(1, 2)))
  if (rng.chance(0.45))
    add(rng.sample(['testing', 'unit testing', 'integration testing', 'tdd'], rng.int(1, 2)))
  if (rng.chance(0.2 + 0.25 * seniority))
    add(rng.sample(['distributed systems', 'microservices', 'event-driven'], rng.int(1, 2)))
  if (rng.chance(0.35)) add(rng.sample(['kafka', 'rabbitmq'], rng.int(1, 2)))
  if (rng.chance(0.4)) add(['redis'])
  if (rng.chance(0.25)) add(['mongodb'])
  if (rng.chance(0.65))
    add(rng.sample(['docker', 'kubernetes', 'terraform', 'helm'], rng.int(1, 3)))
  if (rng.chance(0.6))
    add([
      rng.weighted([
        ['aws', 5],
        ['gcp', 3],
        ['azure', 2],
      ] as const),
    ])
  if (rng.chance(0.35)) add(rng.sample(['ci/cd', 'github actions', 'gitlab ci'], rng.int(1, 2)))
  if (rng.chance(0.3)) add(rng.sample(['prometheus', 'grafana', 'opentelemetry'], rng.int(1, 3)))
  if (primary !== 'go') skills.add(primary)
  add(rng.sample(OTHER_LANGUAGES, rng.int(0, 2)))
  add(rng.sample(OTHER_SKILLS, rng.int(0, 2)))
  const skillList = [...skills]

  const band = backendYears < 3 ? 0 : backendYears < 6 ? 1 : backendYears < 10 ? 2 : 3
  const between = rng.chance(0.05)
  const freelance = !between && rng.chance(0.04)
  const languageTitle = primary !== 'go' && rng.chance(0.5)
  const currentTitle = between
    ? null
    : freelance
      ? 'Freelance Backend Engineer'
      : languageTitle
        ? `${band >= 2 ? 'Senior ' : ''}${LANGUAGE_LABELS[primary] ?? 'Backend'} Developer`
        : rng.pick(ENGINEER_TITLES[band] ?? ENGINEER_TITLES[0] ?? ['Software Engineer'])
  const currentCompany = between || freelance ? null : rng.pick(COMPANIES)

  const tags = placeTags(rng, who.city.zone, source)
  if (
    goYears >= 5 &&
    (skills.has('goroutines') || skills.has('channels') || skills.has('concurrency'))
  ) {
    if (rng.chance(0.7)) tags.push('strong-go')
  }
  if (rng.chance(0.05)) tags.push('notice-3-months')
  if (rng.chance(0.03)) tags.push('returning')

  const github = rng.chance(source === 'github-outreach' ? 1 : 0.7)
  const links: Links = {
    github: github ? `https://github.com/${handle}` : null,
    linkedin: rng.chance(0.8) ? `https://www.linkedin.com/in/${linkedin}` : null,
    website: rng.chance(0.15) ? `https://${handle}.example.org` : null,
  }

  // The CV: a few sentences from templates, in the candidate's voice.
  const language = LANGUAGE_LABELS[primary] ?? primary
  const goShare =
    goYears === 0
      ? `, mostly in ${language}, and keen to move to Go`
      : goYears >= backendYears * 0.75
        ? ', nearly all of it in Go'
        : `, the last ${yearsText(goYears)} of it in Go`
  const [firstWin = '', secondWin = ''] = rng.sample(ENGINEER_ACHIEVEMENTS, 2)
  const shown = rng
    .sample(skillList, Math.min(skillList.length, rng.int(3, 5)))
    .map((skill) => SKILL_LABELS[skill] ?? skill)
  const lines = [
    rng.chance(0.5)
      ? `Backend engineer with ${yearsText(backendYears)} of experience${goShare}.`
      : `I have been building backend systems for ${yearsText(backendYears)}${goShare}.`,
    currentCompany
      ? `At ${currentCompany} I ${firstWin}.`
      : between
        ? `Most recently I ${firstWin}.`
        : `As a freelancer I recently ${firstWin}.`,
  ]
  if (backendYears >= 4) lines.push(`Before that I ${secondWin}.`)
  if (shown.length >= 3) lines.push(`Day to day I work with ${listText([...new Set(shown)])}.`)
  if (who.city.zone === 'far' && tags.includes('relocation'))
    lines.push('Open to relocating to the EU.')
  if (rng.chance(0.5)) lines.push(rng.pick(CLOSING_LINES))

  return {
    name: who.name,
    email,
    phone,
    location,
    zone: who.city.zone,
    links,
    currentTitle,
    currentCompany,
    backendYears,
    goYears,
    skills: skillList,
    resumeText: lines.join(' '),
    tags,
    source,
    seniority,
  }
}

const DESIGNER_SOURCES: [Source, number][] = [
  ['careers-page', 30],
  ['linkedin', 30],
  ['referral', 15],
  ['job-board', 15],
  ['agency', 10],
]

function makeDesigner(rng: Rng, emails: EmailBook): Person {
  const who = identity(rng, 0.55)
  const { email, phone, location, handle, linkedin } = contact(rng, emails, who)
  const source = rng.weighted(DESIGNER_SOURCES)
  const designYears = rng.int(1, 14)

  const skills = new Set<string>()
  const add = (items: string[]) => items.forEach((item) => skills.add(item))
  if (rng.chance(0.8))
    add(rng.sample(['interaction design', 'prototyping', 'figma'], rng.int(1, 3)))
  if (rng.chance(0.6)) add(rng.sample(['user research', 'usability testing'], rng.int(1, 2)))
  if (rng.chance(0.5)) add([rng.pick(['design systems', 'component libraries'])])
  if (rng.chance(0.35)) add(rng.sample(['accessibility', 'wcag'], rng.int(1, 2)))
  if (rng.chance(0.3)) add(['html', 'css'])
  if (rng.chance(0.3)) add(rng.sample(['b2b', 'saas'], rng.int(1, 2)))
  if (rng.chance(0.15)) add(['data visualization'])
  add(
    rng.sample(
      ['sketch', 'illustration', 'motion design', 'framer', 'workshop facilitation'],
      rng.int(1, 2),
    ),
  )

  const band = designYears < 3 ? 0 : designYears < 7 ? 1 : 2
  const currentTitle = rng.pick(DESIGNER_TITLES[band] ?? ['Product Designer'])
  const currentCompany = rng.pick(COMPANIES)
  const website = rng.chance(0.85)
  const [firstWin = '', secondWin = ''] = rng.sample(DESIGNER_ACHIEVEMENTS, 2)
  const lines = [
    `${currentTitle} with ${yearsText(designYears)} of product design experience.`,
    `At ${currentCompany} I ${firstWin}.`,
  ]
  if (designYears >= 4) lines.push(`Before that I ${secondWin}.`)
  if (website) lines.push('Case studies are on my website.')
  const tags = placeTags(rng, who.city.zone, source)
  if (rng.chance(0.1)) tags.push('portfolio-standout')

  return {
    name: who.name,
    email,
    phone,
    location,
    zone: who.city.zone,
    links: {
      github: rng.chance(0.1) ? `https://github.com/${handle}` : null,
      linkedin: rng.chance(0.85) ? `https://www.linkedin.com/in/${linkedin}` : null,
      website: website ? `https://${handle}.example.org` : null,
    },
    currentTitle,
    currentCompany,
    // The contract's experience fields are the Go role's; a designer has none of either.
    backendYears: 0,
    goYears: 0,
    skills: [...skills],
    resumeText: lines.join(' '),
    tags,
    source,
    seniority: Math.min(1, designYears / 8),
  }
}
