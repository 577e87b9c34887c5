import { setupServer } from 'msw/node'
import { generateDemoData } from '@server/seed/generator.ts'
import { DEFAULT_ACTOR_ID } from '@server/seed/users.ts'
import { createMockApi } from './mock-api.ts'

// One seed for the whole run, copied for each test: generating it per test would be slow.
const seed = generateDemoData()
const fresh = () => structuredClone(seed)

const mockApi = createMockApi({ data: fresh(), seed: fresh })

/** MSW in Vitest: every /api request goes to the API app over a memory store. */
export const mockServer = setupServer(mockApi.handler)

/** Puts the seed back and signs in as the recruiter, so each test starts the same way. */
export async function resetMockData() {
  await mockApi.store.replaceAll(fresh())
  await mockApi.signInAs(DEFAULT_ACTOR_ID)
}

/** Act as another demo user (e.g. an interviewer) in a test. */
export const signInAs = mockApi.signInAs
