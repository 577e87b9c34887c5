import pg from 'pg'
import { StoreUnavailableError } from '../store.ts'
import {
  channelName,
  isConnectionError,
  translateError,
  type Queryable,
  type Row,
  type SqlClient,
} from './sql-client.ts'

/** How long a request waits for a connection before the API answers 503. */
const CONNECT_TIMEOUT_MS = 5_000
/** Reconnecting the listener: first wait, doubling up to the last. */
const RECONNECT_MS = [250, 500, 1_000, 2_000, 5_000]

const ignore = () => undefined

/**
 * PostgreSQL over node-postgres: a pool for queries and transactions (BEGIN to COMMIT on one
 * pooled connection), and one long-lived connection for LISTEN that reconnects when lost.
 */
export function createPgClient(connectionString: string): SqlClient {
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  // An idle connection the server dropped (a restart): the pool discards it and the next query
  // opens another. Without a handler the error would end the process.
  pool.on('error', ignore)
  const listener = createListener(connectionString)

  const on = (target: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      try {
        return (await target.query<T>(sql, [...params])).rows
      } catch (error) {
        return translateError(error)
      }
    },
    exec: async (sql) => {
      try {
        await target.query(sql)
      } catch (error) {
        translateError(error)
      }
    },
  })

  return {
    ...on(pool),
    transaction: async (work) => {
      let client: pg.PoolClient
      try {
        client = await pool.connect()
      } catch (error) {
        return translateError(error)
      }
      // A checked-out client has no error handler of the pool's; the failing query reports it.
      client.on('error', ignore)
      try {
        await on(client).exec('BEGIN')
        const result = await work(on(client))
        const commit = await client.query('COMMIT')
        // COMMIT after a failed statement rolls back: `work` swallowed a database error.
        if (commit.command === 'ROLLBACK') throw new Error('The transaction was rolled back')
        release(client)
        return result
      } catch (error) {
        await rollback(client, error)
        return translateError(error)
      }
    },
    listen: (channel, onNotify) => listener.listen(channelName(channel), onNotify),
    close: async () => {
      await listener.close()
      await pool.end()
    },
  }
}

function release(client: pg.PoolClient, destroy = false) {
  client.removeListener('error', ignore)
  client.release(destroy)
}

async function rollback(client: pg.PoolClient, error: unknown) {
  if (error instanceof StoreUnavailableError || isConnectionError(error)) {
    release(client, true)
    return
  }
  try {
    await client.query('ROLLBACK')
    release(client)
  } catch {
    release(client, true)
  }
}

type Handler = (payload: string | null) => void

/**
 * The LISTEN connection. It stays open for the process's life; when the server drops it, it
 * reconnects (backing off), LISTENs again and calls every handler with `null`, since
 * notifications sent meanwhile are lost.
 */
function createListener(connectionString: string) {
  const handlers = new Map<string, Set<Handler>>()
  let client: pg.Client | undefined
  let connecting: Promise<void> | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  let closed = false

  const dispatch = (channel: string, payload: string | null) => {
    for (const handler of handlers.get(channel) ?? []) handler(payload)
  }

  const connect = () =>
    (connecting ??= (async () => {
      // Keep-alive: a connection that silently vanished (a NAT timeout) is noticed and replaced.
      const next = new pg.Client({
        connectionString,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        keepAlive: true,
      })
      next.on('notification', (message) => dispatch(message.channel, message.payload ?? ''))
      const lost = () => {
        if (client !== next) return
        client = undefined
        scheduleReconnect()
      }
      next.on('error', lost)
      next.on('end', lost)
      try {
        await next.connect()
        for (const channel of handlers.keys()) await next.query(`LISTEN ${channel}`)
      } catch (error) {
        next.end().catch(ignore)
        throw error
      }
      if (closed) return void next.end().catch(ignore)
      client = next
      // Back after a loss: whatever was notified meanwhile is gone; tell everyone to look.
      if (failures > 0) for (const channel of handlers.keys()) dispatch(channel, null)
      failures = 0
    })().finally(() => (connecting = undefined)))

  const scheduleReconnect = () => {
    if (closed || retry) return
    const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)]
    failures += 1
    retry = setTimeout(() => {
      retry = undefined
      connect().catch(scheduleReconnect)
    }, delay)
    // Waiting to reconnect is no reason to keep the process alive.
    retry.unref()
  }

  return {
    async listen(channel: string, onNotify: Handler) {
      const set = handlers.get(channel) ?? new Set<Handler>()
      const first = set.size === 0
      set.add(onNotify)
      handlers.set(channel, set)
      try {
        if (!client) await connect()
        // Again in case a connect already under way had LISTENed before this channel came.
        if (first && client) await client.query(`LISTEN ${channel}`)
      } catch (error) {
        // Keep trying in the background; the handler stays registered.
        scheduleReconnect()
        translateError(error)
      }
      return async () => {
        set.delete(onNotify)
        if (set.size > 0) return
        handlers.delete(channel)
        await client?.query(`UNLISTEN ${channel}`).catch(ignore)
      }
    },
    async close() {
      closed = true
      clearTimeout(retry)
      await connecting?.catch(ignore)
      const last = client
      client = undefined
      await last?.end().catch(ignore)
    },
  }
}
