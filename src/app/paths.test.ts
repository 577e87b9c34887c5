import { describe, expect, it } from 'vitest'
import { paths, safeNextPath } from './paths.ts'

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/jobs/a/board?closed=show#x')).toBe('/jobs/a/board?closed=show#x')
  })

  it.each([null, '', 'jobs', 'https://evil.example/', '//evil.example/x', '/\\evil.example'])(
    'refuses %j and goes to the start page',
    (next) => expect(safeNextPath(next)).toBe('/'),
  )

  it('never leads back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/jobs')).toBe('/')
  })

  it('round-trips through the sign-in address', () => {
    const next = '/jobs/a b/board?closed=show'
    const search = new URL(paths.signIn(next), 'https://x.example').searchParams
    expect(safeNextPath(search.get('next'))).toBe('/jobs/a%20b/board?closed=show')
  })
})
