import { setupServer } from 'msw/node'
import { generateDemoData } from '@server/seed/generator.ts'
import { createMockApi } from './mock-api.ts'

// One seed for the whole run, copied for each test: generating it per test would be slow.
const seed = generateDemoData()
const fresh = () => structuredClone(seed)

const mockApi = createMockApi({ data: fresh(), seed: fresh })

/** MSW in Vitest: every /api request goes to the API app over a memory store. */
export const mockServer = setupServer(mockApi.handler)

/** Puts the seed back, so each test starts from the same data. */
export const resetMockData = () => mockApi.store.replaceAll(fresh())
