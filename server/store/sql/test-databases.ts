import pg from 'pg'
import { createPgClient } from './pg-client.ts'
import { createPgliteClient } from './pglite-client.ts'
import type { SqlClient } from './sql-client.ts'

/** A database for a test file: PGlite in memory, or a fresh one on the test PostgreSQL. */
export type TestDatabase = { name: string; open: () => Promise<SqlClient> }

let count = 0

/**
 * A database of its own on the test PostgreSQL server at `url`, and how to drop it. Its locale
 * sorts 'aa' before 'aZ', so ordering that forgot COLLATE "C" shows up.
 */
export async function createTestDatabase(url: string, prefix: string) {
  const name = `${prefix}_${process.pid}_${count++}_${Date.now().toString(36)}`
  await withAdmin(url, async (admin) => {
    await admin
      .query(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`)
      .catch(() => admin.query(`CREATE DATABASE ${name}`))
    // A throwaway database: commits need not wait for the disk.
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit TO off`)
  })
  const next = new URL(url)
  next.pathname = `/${name}`
  return {
    url: next.toString(),
    drop: () =>
      withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  }
}

/**
 * PGlite, plus PostgreSQL when TEST_DATABASE_URL is set (`eval "$(bash
 * scripts/ci-postgres.sh)"`). Each PostgreSQL open creates a database of its own, which
 * `dropAll` removes (call it in afterAll).
 */
export function testDatabases(prefix: string) {
  const url = process.env.TEST_DATABASE_URL
  const created: Awaited<ReturnType<typeof createTestDatabase>>[] = []
  const databases: TestDatabase[] = [{ name: 'PGlite', open: () => createPgliteClient() }]
  if (url) {
    databases.push({
      name: 'PostgreSQL',
      open: async () => {
        const database = await createTestDatabase(url, prefix)
        created.push(database)
        return createPgClient(database.url)
      },
    })
  }
  const dropAll = async () => {
    for (const database of created.splice(0)) await database.drop()
  }
  return { databases, dropAll }
}

async function withAdmin(url: string, work: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client(url)
  await admin.connect()
  try {
    await work(admin)
  } finally {
    await admin.end()
  }
}
