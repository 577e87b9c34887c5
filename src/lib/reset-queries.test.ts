import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { resetDataQueries } from './reset-queries.ts'
import { savedVersions } from './saved-versions.ts'

describe('resetDataQueries', () => {
  it('forgets the versions this tab saved: after a data reset they would be refused', async () => {
    const queryClient = new QueryClient()
    savedVersions(queryClient).set('app-1', 3)
    await resetDataQueries(queryClient)
    expect(savedVersions(queryClient).size).toBe(0)
  })
})
