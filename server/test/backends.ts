import type { DemoData } from '../seed/demo-data.ts'
import { createMemoryStore } from '../store/memory-store.ts'
import { migrate } from '../store/sql/migrate.ts'
import { createPgClient } from '../store/sql/pg-client.ts'
import { createPgliteClient } from '../store/sql/pglite-client.ts'
import { createTestDatabase } from '../store/sql/test-databases.ts'
import type { SqlClient } from '../store/sql/sql-client.ts'
import { createSqlStore } from '../store/sql/sql-store.ts'
import type { Store } from '../store/store.ts'

/** What a test file needs of a store: open once, put the seed back before each test. */
export type TestStore = {
  store: Store
  /**
   * Puts the seed back if anything wrote to the data since the last reset, and forgets the
   * failed sign-ins recorded meanwhile. Users, sessions and events stay.
   */
  reset(): Promise<void>
  close(): Promise<void>
}

export type StoreSetup = {
  /** The data every test starts from (cloned on each reset). */
  seed: DemoData
  /** Password hashes by user id. */
  passwordHashes: ReadonlyMap<string, string>
}

export type Backend = {
  name: string
  /** Why this store cannot be tested here (no server to test against); else undefined. */
  unavailable?: string
  open(setup: StoreSetup): Promise<TestStore>
}

const DATABASE_URL = process.env.TEST_DATABASE_URL

/**
 * Wraps `store` to notice what a reset must undo: data written (every write is a
 * transaction, or a replaceAll by the demo's reset) and failed sign-ins recorded. Putting the
 * seed back costs a tenth of a second on SQL, so tests that only read skip it.
 */
function testStore(store: Store, setup: StoreSetup, close: () => Promise<void>): TestStore {
  let dirty = false
  const signInKeys = new Set<string>()
  const tracked: Store = {
    ...store,
    transaction: (work) => {
      dirty = true
      return store.transaction(work)
    },
    replaceAll: (data) => {
      dirty = true
      return store.replaceAll(data)
    },
    countSignInAttempt: (key, at, since) => {
      if (at !== null) signInKeys.add(key)
      return store.countSignInAttempt(key, at, since)
    },
  }
  return {
    store: tracked,
    reset: async () => {
      if (dirty) await store.replaceAll(structuredClone(setup.seed))
      dirty = false
      for (const key of signInKeys) await store.clearSignInAttempts(key)
      signInKeys.clear()
    },
    close,
  }
}

async function sqlTestStore(client: SqlClient, setup: StoreSetup, dispose = async () => {}) {
  const store = createSqlStore(client)
  const close = async () => {
    await store.close()
    await dispose()
  }
  try {
    await migrate(client)
    await store.seed(structuredClone(setup.seed), setup.passwordHashes)
  } catch (error) {
    await close().catch(() => undefined)
    throw error
  }
  return testStore(store, setup, close)
}

export const memoryBackend: Backend = {
  name: 'memory',
  open: async (setup) => {
    const store = createMemoryStore(structuredClone(setup.seed), {
      passwordHashes: setup.passwordHashes,
    })
    return testStore(store, setup, () => store.close())
  },
}

export const pgliteBackend: Backend = {
  name: 'PGlite',
  open: async (setup) => sqlTestStore(await createPgliteClient(), setup),
}

/** PostgreSQL at TEST_DATABASE_URL (`eval "$(bash scripts/ci-postgres.sh)"`), when set. */
export const postgresBackend: Backend = {
  name: 'PostgreSQL',
  unavailable: DATABASE_URL ? undefined : 'Set TEST_DATABASE_URL to test on PostgreSQL',
  open: async (setup) => {
    if (!DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set')
    const database = await createTestDatabase(DATABASE_URL, 'hirelane_api')
    return sqlTestStore(createPgClient(database.url), setup, database.drop)
  },
}

/** Every store the API runs on; PostgreSQL is `unavailable` without TEST_DATABASE_URL. */
export const BACKENDS: Backend[] = [memoryBackend, pgliteBackend, postgresBackend]
