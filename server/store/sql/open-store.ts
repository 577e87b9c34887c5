import { migrate } from './migrate.ts'
import { createPgClient } from './pg-client.ts'
import { createPgliteClient } from './pglite-client.ts'
import type { SqlClient } from './sql-client.ts'
import { createSqlStore, type SqlStore } from './sql-store.ts'

export type OpenStoreOptions = {
  /** postgres://… : PostgreSQL. Without it, PGlite in `dataDir`. */
  databaseUrl?: string
  /** PGlite's folder; created if missing. Default ./data. */
  dataDir?: string
}

export type OpenedStore = {
  store: SqlStore
  /** Nothing in it yet (a new database): the server decides whether to seed. */
  empty: boolean
}

/** Opens the database, brings its schema up to date and wraps it in a store. */
export async function openStore({
  databaseUrl,
  dataDir = './data',
}: OpenStoreOptions = {}): Promise<OpenedStore> {
  const client: SqlClient = databaseUrl
    ? createPgClient(databaseUrl)
    : await createPgliteClient(dataDir)
  try {
    await migrate(client)
    const store = createSqlStore(client)
    return { store, empty: await store.isEmpty() }
  } catch (error) {
    await client.close().catch(() => undefined)
    throw error
  }
}
