import pg from 'pg'
import { createPgClient } from './pg-client.ts'
import { createPgliteClient } from './pglite-client.ts'
import type { SqlClient } from './sql-client.ts'

/** A database for a test file: PGlite in memory, or a fresh one on the test PostgreSQL. */
export type TestDatabase = { name: string; open: () => Promise<SqlClient> }

/**
 * PGlite, plus PostgreSQL when TEST_DATABASE_URL is set (`eval "$(bash
 * scripts/ci-postgres.sh)"`). Each PostgreSQL open creates a database of its own, which
 * `dropAll` removes (call it in afterAll).
 */
export function testDatabases(prefix: string) {
  const url = process.env.TEST_DATABASE_URL
  const created: string[] = []
  const databases: TestDatabase[] = [{ name: 'PGlite', open: () => createPgliteClient() }]
  if (url) {
    databases.push({
      name: 'PostgreSQL',
      open: async () => {
        const name = `${prefix}_${process.pid}_${created.length}_${Date.now().toString(36)}`
        // A locale that sorts 'aa' before 'aZ': ordering that forgot COLLATE "C" shows up.
        await withAdmin(url, (admin) =>
          admin
            .query(
              `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`,
            )
            .catch(() => admin.query(`CREATE DATABASE ${name}`)),
        )
        created.push(name)
        const next = new URL(url)
        next.pathname = `/${name}`
        return createPgClient(next.toString())
      },
    })
  }
  const dropAll = async () => {
    if (!url || created.length === 0) return
    await withAdmin(url, async (admin) => {
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    })
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
