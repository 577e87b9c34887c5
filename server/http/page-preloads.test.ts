import { describe, expect, it } from 'vitest'
import { pagePreloads } from './page-preloads.ts'

const at = (address: string) => new URL(address, 'http://127.0.0.1:3000')
const preload = (path: string) => `<${path}>; rel=preload; as=fetch; crossorigin`

describe('pagePreloads', () => {
  it("names the session and the board's request, exactly as the SPA asks for it", () => {
    expect(pagePreloads(at('/jobs/senior-go-engineer/board'), true)).toBe(
      [preload('/api/session'), preload('/api/jobs/senior-go-engineer/board?closed=hide')].join(
        ', ',
      ),
    )
    expect(
      pagePreloads(at('/jobs/senior-go-engineer/board?q=%20Ada,%20Go&closed=show'), true),
    ).toBe(
      [
        preload('/api/session'),
        preload('/api/jobs/senior-go-engineer/board?closed=show&q=Ada%2C+Go'),
      ].join(', '),
    )
  })

  it('preloads the board under a profile or a new candidate too, with its filters', () => {
    const board = preload('/api/jobs/senior-go-engineer/board?closed=show')
    for (const page of ['/candidates/new', '', '/']) {
      expect(pagePreloads(at(`/jobs/senior-go-engineer${page}?closed=show`), true)).toBe(
        [preload('/api/session'), board].join(', '),
      )
    }
  })

  it("preloads an application's details for its profile (with the board) and its scorecards", () => {
    const details = preload('/api/applications/app-000042')
    expect(pagePreloads(at('/jobs/senior-go-engineer/applications/app-000042'), true)).toBe(
      [
        preload('/api/session'),
        preload('/api/jobs/senior-go-engineer/board?closed=hide'),
        details,
      ].join(', '),
    )
    expect(
      pagePreloads(
        at('/jobs/senior-go-engineer/applications/app-000042/scorecards/sge-technical'),
        true,
      ),
    ).toBe([preload('/api/session'), details].join(', '))
    expect(pagePreloads(at('/jobs/senior-go-engineer/applications/app-000042'), false)).toBe(
      preload('/api/session'),
    )
  })

  it('keeps an encoded opening id encoded once', () => {
    expect(pagePreloads(at('/jobs/a%20b/board'), true)).toContain('/api/jobs/a%20b/board?')
    expect(pagePreloads(at('/jobs/x/applications/a%2Fb'), true)).toContain(
      '/api/applications/a%2Fb>',
    )
  })

  it('preloads only the session for other pages, and for someone not signed in', () => {
    for (const page of ['/plan', '/compare']) {
      expect(pagePreloads(at(`/jobs/senior-go-engineer${page}`), true)).toBe(
        preload('/api/session'),
      )
    }
    expect(pagePreloads(at('/jobs'), true)).toBe(preload('/api/session'))
    expect(pagePreloads(at('/jobs/senior-go-engineer/board'), false)).toBe(preload('/api/session'))
    expect(pagePreloads(at('/jobs/%E0%A4%A/board'), true)).toBe(preload('/api/session'))
  })

  it('preloads nothing for the sign-in page', () => {
    expect(pagePreloads(at('/sign-in?next=%2F'), true)).toBeUndefined()
  })
})
