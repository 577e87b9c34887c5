import { describe, expect, it } from 'vitest'
import {
  CreateApplicationRequest,
  MoveRequest,
  RejectRequest,
  RestoreRequest,
} from './applications.ts'
import { SEARCH_MAX_LENGTH, searchText } from './api.ts'
import { BoardQuery } from './board.ts'
import { REJECTION_REASONS, SOURCES } from './catalog.ts'
import { CandidateInput, CandidatePatch } from './candidates.ts'
import { MY_REVIEWS_LIMIT, MyReviewsQuery } from './reviews.ts'

type Schema = {
  safeParse: (
    value: unknown,
  ) =>
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
}

/** The parsed value; fails the test when the value does not parse. */
function parse<T>(
  schema: { safeParse: (value: unknown) => { success: boolean; data?: T } },
  value: unknown,
): T {
  const result = schema.safeParse(value)
  expect(result.success).toBe(true)
  return result.data as T
}

/** Messages by field path ("links.github"), as the API reports them; {} when it parses. */
function errorsOf(schema: Schema, value: unknown) {
  const result = schema.safeParse(value)
  if (result.success) return {}
  const errors: Record<string, string[]> = {}
  for (const issue of result.error.issues) {
    ;(errors[issue.path.map(String).join('.')] ??= []).push(issue.message)
  }
  return errors
}

const minimal = { name: 'Ada Lovelace', email: 'ada@example.org', backendYears: 6, goYears: 3 }
const input = (overrides: Record<string, unknown>) => ({ ...minimal, ...overrides })
const candidate = (value: unknown) =>
  parse<ReturnType<typeof CandidateInput.parse>>(CandidateInput, value)

describe('CandidateInput', () => {
  it('fills in what is missing: null texts, empty lists and resume', () => {
    expect(candidate(minimal)).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      phone: null,
      location: null,
      currentTitle: null,
      currentCompany: null,
      backendYears: 6,
      goYears: 3,
      skills: [],
      resumeText: '',
      tags: [],
    })
  })

  it('trims text and lower-cases the email', () => {
    const parsed = candidate(
      input({
        name: '  Ada Lovelace\n',
        email: '  Ada.Lovelace@Example.ORG ',
        location: ' London ',
        currentTitle: '\tEngineer ',
      }),
    )
    expect(parsed.name).toBe('Ada Lovelace')
    expect(parsed.email).toBe('ada.lovelace@example.org')
    expect(parsed.location).toBe('London')
    expect(parsed.currentTitle).toBe('Engineer')
  })

  it('turns blank or null optional fields into null', () => {
    const parsed = candidate(
      input({
        phone: '   ',
        location: '',
        currentTitle: null,
        currentCompany: ' ',
        links: { github: '  ', linkedin: null },
      }),
    )
    expect(parsed.phone).toBeNull()
    expect(parsed.location).toBeNull()
    expect(parsed.currentTitle).toBeNull()
    expect(parsed.currentCompany).toBeNull()
    expect(parsed.links).toEqual({ github: null, linkedin: null, website: null })
  })

  it('keeps full web addresses in links', () => {
    const links = {
      github: 'https://github.com/ada',
      linkedin: ' http://www.linkedin.com/in/ada ',
      website: 'https://ada.dev/about',
    }
    expect(candidate(input({ links })).links).toEqual({
      github: 'https://github.com/ada',
      linkedin: 'http://www.linkedin.com/in/ada',
      website: 'https://ada.dev/about',
    })
  })

  it('refuses links that are not full web addresses', () => {
    for (const github of [
      'github.com/ada',
      'ftp://github.com/ada',
      'https://localhost',
      'https://a b.com',
    ]) {
      expect(errorsOf(CandidateInput, input({ links: { github } }))).toEqual({
        'links.github': ['GitHub must be a full web address starting with https://'],
      })
    }
    expect(errorsOf(CandidateInput, input({ links: { website: 'ada.dev' } }))).toEqual({
      'links.website': ['Website must be a full web address starting with https://'],
    })
    expect(errorsOf(CandidateInput, input({ links: { linkedin: 'in/ada' } }))).toEqual({
      'links.linkedin': ['LinkedIn must be a full web address starting with https://'],
    })
  })

  it('trims skills and tags, drops blanks and removes duplicates ignoring case', () => {
    const parsed = candidate(
      input({
        skills: [' Go ', 'go', 'GO', '', '  ', 'PostgreSQL', 'postgresql', 'Kafka'],
        tags: ['Strong', ' strong', 'referral '],
      }),
    )
    expect(parsed.skills).toEqual(['Go', 'PostgreSQL', 'Kafka'])
    expect(parsed.tags).toEqual(['Strong', 'referral'])
  })

  it('takes years in half steps from 0 to 60', () => {
    for (const years of [0, 0.5, 1, 7.5, 59.5, 60]) {
      expect(candidate(input({ backendYears: years, goYears: years })).backendYears).toBe(years)
    }
  })

  it('refuses years below 0, above 60, between half steps or not numbers', () => {
    expect(errorsOf(CandidateInput, input({ backendYears: -0.5 }))).toEqual({
      backendYears: ['Backend years cannot be negative'],
    })
    expect(errorsOf(CandidateInput, input({ goYears: 60.5 }))).toEqual({
      goYears: ['Go years must be at most 60'],
    })
    expect(errorsOf(CandidateInput, input({ goYears: 2.25 }))).toEqual({
      goYears: ['Go years must be in half years'],
    })
    expect(errorsOf(CandidateInput, input({ backendYears: '3' }))).toEqual({
      backendYears: ['Backend years must be a number'],
    })
    const { backendYears: _, ...missing } = minimal
    expect(errorsOf(CandidateInput, missing)).toEqual({
      backendYears: ['Backend years must be a number'],
    })
  })

  it('requires a name and a well-formed email, with the messages people see', () => {
    expect(errorsOf(CandidateInput, input({ name: '   ' }))).toEqual({ name: ['Name is required'] })
    expect(errorsOf(CandidateInput, input({ name: 'x'.repeat(121) }))).toEqual({
      name: ['Name must be at most 120 characters'],
    })
    expect(errorsOf(CandidateInput, input({ email: '  ' }))).toEqual({
      email: ['Email is required', 'Enter an email address like name@example.com'],
    })
    const { email: _, ...noEmail } = minimal
    expect(errorsOf(CandidateInput, noEmail)).toEqual({ email: ['Email is required'] })
    for (const email of ['ada', 'ada@example', 'ada@@example.org', 'ada lovelace@example.org']) {
      expect(errorsOf(CandidateInput, input({ email }))).toEqual({
        email: ['Enter an email address like name@example.com'],
      })
    }
    const long = `${'a'.repeat(250)}@x.io`
    expect(errorsOf(CandidateInput, input({ email: long }))).toEqual({
      email: ['Email must be at most 254 characters'],
    })
  })

  it('caps the lengths of texts and lists', () => {
    expect(errorsOf(CandidateInput, input({ phone: '1'.repeat(41) }))).toEqual({
      phone: ['Phone must be at most 40 characters'],
    })
    expect(errorsOf(CandidateInput, input({ location: 'x'.repeat(121) }))).toEqual({
      location: ['Location must be at most 120 characters'],
    })
    expect(errorsOf(CandidateInput, input({ currentCompany: 'x'.repeat(121) }))).toEqual({
      currentCompany: ['Current company must be at most 120 characters'],
    })
    expect(errorsOf(CandidateInput, input({ resumeText: 'x'.repeat(20001) }))).toEqual({
      resumeText: ['Resume must be at most 20,000 characters'],
    })
    expect(candidate(input({ resumeText: 'x'.repeat(20000) })).resumeText).toHaveLength(20000)
    expect(errorsOf(CandidateInput, input({ skills: ['x'.repeat(41)] }))).toEqual({
      'skills.0': ['Each skill must be at most 40 characters'],
    })
    expect(errorsOf(CandidateInput, input({ tags: ['ok', 'x'.repeat(41)] }))).toEqual({
      'tags.1': ['Each tag must be at most 40 characters'],
    })
    const many = (count: number) => Array.from({ length: count }, (_, index) => `skill ${index}`)
    expect(candidate(input({ skills: many(50) })).skills).toHaveLength(50)
    expect(errorsOf(CandidateInput, input({ skills: many(51) }))).toEqual({
      skills: ['At most 50 skills'],
    })
    expect(errorsOf(CandidateInput, input({ tags: many(21) }))).toEqual({
      tags: ['At most 20 tags'],
    })
  })
})

describe('CandidatePatch', () => {
  const patch = (value: unknown) => parse<Record<string, unknown>>(CandidatePatch, value)

  it('leaves absent fields absent, with no defaults', () => {
    expect(patch({ expectedVersion: 3 })).toEqual({ expectedVersion: 3 })
    const named = patch({ name: ' New Name ', expectedVersion: 3 })
    expect(named).toEqual({ name: 'New Name', expectedVersion: 3 })
    for (const field of ['skills', 'tags', 'resumeText', 'phone', 'links', 'email']) {
      expect(named).not.toHaveProperty(field)
    }
  })

  it('cleans up the fields it is given like CandidateInput does', () => {
    expect(
      patch({
        email: ' Ada@Example.ORG',
        phone: ' ',
        location: null,
        skills: ['Go', 'go', ''],
        tags: [],
        resumeText: '',
        expectedVersion: 1,
      }),
    ).toEqual({
      email: 'ada@example.org',
      phone: null,
      location: null,
      skills: ['Go'],
      tags: [],
      resumeText: '',
      expectedVersion: 1,
    })
  })

  it('checks the fields it is given', () => {
    expect(errorsOf(CandidatePatch, { email: 'nope', expectedVersion: 1 })).toEqual({
      email: ['Enter an email address like name@example.com'],
    })
    expect(errorsOf(CandidatePatch, { name: '', goYears: -1, expectedVersion: 1 })).toEqual({
      name: ['Name is required'],
      goYears: ['Go years cannot be negative'],
    })
  })

  it('requires a whole expectedVersion from 1', () => {
    expect(errorsOf(CandidatePatch, { name: 'X' })).toEqual({
      expectedVersion: ['The version must be a whole number'],
    })
    expect(errorsOf(CandidatePatch, { expectedVersion: 0 })).toEqual({
      expectedVersion: ['The version starts at 1'],
    })
    expect(errorsOf(CandidatePatch, { expectedVersion: 1.5 })).toEqual({
      expectedVersion: ['The version must be a whole number'],
    })
  })
})

describe('MoveRequest', () => {
  const move = (value: unknown) => parse<Record<string, unknown>>(MoveRequest, value)

  it('lands at the start unless told otherwise', () => {
    expect(move({ toStageId: 'sge-offer', expectedVersion: 2 })).toEqual({
      toStageId: 'sge-offer',
      position: 'start',
      expectedVersion: 2,
    })
  })

  it('takes start, end, afterId, beforeId and rank positions', () => {
    for (const position of [
      'start',
      'end',
      { afterId: 'app-1' },
      { beforeId: 'app_2' },
      { rank: 'a0V' },
    ]) {
      expect(move({ toStageId: 's', position, expectedVersion: 1 }).position).toEqual(position)
    }
  })

  it('refuses other positions, including objects with extra or both keys', () => {
    for (const position of [
      'middle',
      null,
      {},
      { afterId: 'app-1', extra: true },
      { afterId: 'app-1', beforeId: 'app-2' },
    ]) {
      expect(
        Object.keys(errorsOf(MoveRequest, { toStageId: 's', position, expectedVersion: 1 })),
      ).toEqual(['position'])
    }
  })

  it('refuses anchors that are not ids, under the anchor’s path', () => {
    expect(
      errorsOf(MoveRequest, {
        toStageId: 's',
        position: { afterId: 'bad id' },
        expectedVersion: 1,
      }),
    ).toEqual({ 'position.afterId': ['An id has only letters, digits, - and _'] })
    expect(
      Object.keys(
        errorsOf(MoveRequest, { toStageId: 's', position: { beforeId: '' }, expectedVersion: 1 }),
      ),
    ).toEqual(['position.beforeId'])
  })

  it('requires a well-formed stage id and version', () => {
    expect(errorsOf(MoveRequest, { expectedVersion: 1 })).toEqual({
      toStageId: ['An id is required'],
    })
    expect(errorsOf(MoveRequest, { toStageId: '', expectedVersion: 1 }).toStageId).toContain(
      'An id is required',
    )
    expect(errorsOf(MoveRequest, { toStageId: 'x'.repeat(65), expectedVersion: 1 })).toEqual({
      toStageId: ['An id is at most 64 characters'],
    })
    expect(errorsOf(MoveRequest, { toStageId: 'a/b', expectedVersion: 1 })).toEqual({
      toStageId: ['An id has only letters, digits, - and _'],
    })
    expect(errorsOf(MoveRequest, { toStageId: 's' })).toEqual({
      expectedVersion: ['The version must be a whole number'],
    })
  })
})

describe('RejectRequest', () => {
  const reject = (value: unknown) => parse<Record<string, unknown>>(RejectRequest, value)

  it('takes every listed reason, with an optional note', () => {
    for (const reason of REJECTION_REASONS) {
      expect(reject({ reason, expectedVersion: 4 })).toEqual({
        reason,
        note: null,
        expectedVersion: 4,
      })
    }
  })

  it('trims the note and turns a blank one into null', () => {
    expect(reject({ reason: 'other', note: '  Moved abroad. ', expectedVersion: 1 }).note).toBe(
      'Moved abroad.',
    )
    expect(reject({ reason: 'other', note: '   ', expectedVersion: 1 }).note).toBeNull()
    expect(reject({ reason: 'other', note: null, expectedVersion: 1 }).note).toBeNull()
  })

  it('asks to choose a reason when it is missing or unknown', () => {
    for (const reason of [undefined, '', 'bored', 'Skills']) {
      expect(errorsOf(RejectRequest, { reason, expectedVersion: 1 })).toEqual({
        reason: ['Choose a reason'],
      })
    }
  })

  it('caps the note at 2000 characters and requires the version', () => {
    expect(
      reject({ reason: 'other', note: 'x'.repeat(2000), expectedVersion: 1 }).note,
    ).toHaveLength(2000)
    expect(errorsOf(RejectRequest, { reason: 'other', note: 'x'.repeat(2001) })).toEqual({
      note: ['Note must be at most 2000 characters'],
      expectedVersion: ['The version must be a whole number'],
    })
  })
})

describe('RestoreRequest', () => {
  it('takes just the version', () => {
    expect(parse(RestoreRequest, { expectedVersion: 7 })).toEqual({ expectedVersion: 7 })
    expect(errorsOf(RestoreRequest, { expectedVersion: -1 })).toEqual({
      expectedVersion: ['The version starts at 1'],
    })
  })
})

describe('CreateApplicationRequest', () => {
  it('takes a candidate, a listed source and an optional stage', () => {
    for (const source of SOURCES) {
      expect(parse(CreateApplicationRequest, { candidate: minimal, source })).toMatchObject({
        source,
      })
    }
    const parsed = parse<Record<string, unknown>>(CreateApplicationRequest, {
      candidate: minimal,
      source: 'referral',
    })
    expect(parsed).not.toHaveProperty('stageId')
    expect(
      parse(CreateApplicationRequest, {
        candidate: minimal,
        source: 'referral',
        stageId: 'sge-offer',
      }),
    ).toMatchObject({ stageId: 'sge-offer' })
  })

  it('reports candidate fields under candidate.*', () => {
    expect(
      errorsOf(CreateApplicationRequest, {
        candidate: { ...minimal, email: 'nope', links: { github: 'x' } },
        source: 'carrier-pigeon',
      }),
    ).toEqual({
      'candidate.email': ['Enter an email address like name@example.com'],
      'candidate.links.github': ['GitHub must be a full web address starting with https://'],
      source: ['Choose a source'],
    })
  })
})

describe('BoardQuery', () => {
  it('hides closed applications by default and takes show or hide', () => {
    expect(parse(BoardQuery, {})).toEqual({ closed: 'hide' })
    expect(parse(BoardQuery, { closed: 'show' })).toEqual({ closed: 'show' })
    expect(Object.keys(errorsOf(BoardQuery, { closed: 'all' }))).toEqual(['closed'])
  })

  it('takes a page size written plainly, and refuses the forms only Number() reads', () => {
    expect(parse(BoardQuery, { limit: '40' })).toEqual({ closed: 'hide', limit: 40 })
    for (const limit of ['1e2', '0x10', ' 5', '5 ', '+5', '']) {
      expect(errorsOf(BoardQuery, { limit })).toEqual({ limit: ['The limit must be a number'] })
    }
  })
})

describe('searchText', () => {
  it('gives what was typed, pasted or linked as a search the API takes', () => {
    expect(searchText('  Ada\t\tLovelace \n')).toBe('Ada Lovelace')
    const long = searchText('x'.repeat(150))
    expect(long).toBe('x'.repeat(SEARCH_MAX_LENGTH))
    expect(parse(BoardQuery, { q: long })).toMatchObject({ q: long })
  })

  it('cuts a long search between characters, not inside an emoji', () => {
    const cut = searchText(`${'x'.repeat(SEARCH_MAX_LENGTH - 1)}🚀 and more`)
    expect(cut).toBe('x'.repeat(SEARCH_MAX_LENGTH - 1))
    // Half an emoji pasted on its own goes too (encodeURIComponent would throw on it).
    expect(searchText('Ada \uD83D Lovelace')).toBe('Ada Lovelace')
  })
})

describe('MyReviewsQuery', () => {
  it('takes a whole number of items from 0 (the count only) to the cap, or none', () => {
    expect(parse(MyReviewsQuery, {})).toEqual({})
    expect(parse(MyReviewsQuery, { limit: '0' })).toEqual({ limit: 0 })
    expect(parse(MyReviewsQuery, { limit: String(MY_REVIEWS_LIMIT) })).toEqual({
      limit: MY_REVIEWS_LIMIT,
    })
  })

  it('refuses anything else, a blank limit too (it is not 0)', () => {
    expect(errorsOf(MyReviewsQuery, { limit: '' })).toEqual({
      limit: ['The limit must be a number'],
    })
    for (const limit of ['ten', '1e2', '0x10', ' 5']) {
      expect(errorsOf(MyReviewsQuery, { limit })).toEqual({
        limit: ['The limit must be a number'],
      })
    }
    expect(errorsOf(MyReviewsQuery, { limit: '1.5' })).toEqual({
      limit: ['The limit must be a whole number'],
    })
    expect(errorsOf(MyReviewsQuery, { limit: '-1' })).toEqual({
      limit: ['The limit is at least 0'],
    })
    expect(errorsOf(MyReviewsQuery, { limit: String(MY_REVIEWS_LIMIT + 1) })).toEqual({
      limit: [`The limit is at most ${MY_REVIEWS_LIMIT}`],
    })
  })
})
