import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { channelName, type Queryable, type Row, type SqlClient } from './sql-client.ts'

/**
 * PostgreSQL compiled to WebAssembly, in this process: in `dataDir`, or in memory when there is
 * none (tests). One connection, so every call waits its turn in one queue: a transaction runs
 * alone from BEGIN to COMMIT.
 */
export async function createPgliteClient(dataDir?: string): Promise<SqlClient> {
  // PGlite creates the data folder but not its parents.
  if (dataDir) await mkdir(resolve(dataDir), { recursive: true })
  const db = await PGlite.create(dataDir === undefined ? undefined : resolve(dataDir))

  let queue: Promise<unknown> = Promise.resolve()
  // Inside a transaction the queue is taken: a query on the client (not on the transaction)
  // would wait for the transaction, which waits for it. Fail loudly instead of hanging.
  const inTransaction = new AsyncLocalStorage<true>()
  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    if (inTransaction.getStore()) {
      return Promise.reject(new Error('Query the transaction, not the store, inside a transaction'))
    }
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  const on = (target: PGlite | Transaction): Queryable => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<T>(sql, [...params])).rows,
    exec: async (sql) => void (await target.exec(sql)),
  })
  const direct = on(db)

  return {
    query: (sql, params) => serialize(() => direct.query(sql, params)),
    exec: (sql) => serialize(() => direct.exec(sql)),
    // PGlite's own transaction throws if COMMIT finds the transaction aborted.
    transaction: (work) =>
      serialize(() => db.transaction((tx) => inTransaction.run(true, () => work(on(tx))))),
    listen: async (channel, onNotify) => {
      const unlisten = await serialize(() => db.listen(channelName(channel), onNotify))
      return () => serialize(() => unlisten())
    },
    close: () => serialize(() => db.close()),
  }
}
