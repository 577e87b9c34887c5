import type { SqlClient } from './sql-client.ts'

/**
 * server/migrations: `NNN_name.sql`, applied in name order, each once. Bundled into the
 * server build as text, so the built server needs no source tree beside it.
 */
const FILES = import.meta.glob<string>('../../migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The migrations as [name, sql] in the order they apply. */
export const MIGRATIONS: [string, string][] = Object.entries(FILES)
  .map(([path, sql]): [string, string] => [path.slice(path.lastIndexOf('/') + 1), sql])
  .filter(([name]) => /^\d+_[\w-]+\.sql$/.test(name))
  .sort(([a], [b]) => (a < b ? -1 : 1))

/** Held while migrating, so instances starting together apply each file once. */
const MIGRATION_LOCK = 7_242_001

/**
 * Brings the schema up to date: every migration not yet recorded in schema_migrations, in
 * order, each in a transaction of its own with its record. The transaction-scoped advisory
 * lock works through a pool too (a session lock would need one pinned connection).
 */
export async function migrate(client: SqlClient, migrations = MIGRATIONS): Promise<string[]> {
  const applied: string[] = []
  await client.transaction(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await q.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    )
  })
  for (const [name, sql] of migrations) {
    const ran = await client.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const done = await q.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name])
      if (done.length > 0) return false
      await q.exec(sql)
      await q.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name])
      return true
    })
    if (ran) applied.push(name)
  }
  return applied
}
