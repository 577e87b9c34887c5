import { StoreUnavailableError } from '../store.ts'

/** A result row as the driver parsed it; callers name the columns they selected. */
export type Row = Record<string, unknown>

/** One connection's worth of SQL: a pool outside a transaction, one connection inside. */
export type Queryable = {
  /** One statement, `$1`-style parameters. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>
}

/** The little the store needs of a PostgreSQL driver. */
export type SqlClient = Queryable & {
  /** BEGIN, `work`, COMMIT; ROLLBACK when `work` throws. Other queries never interleave. */
  transaction<T>(work: (q: Queryable) => Promise<T>): Promise<T>
  /**
   * Calls `onNotify` with each NOTIFY payload on `channel`, and with `null` when notifications
   * may have been missed (the listening connection was lost and is back). Resolves once
   * listening; the returned function stops.
   */
  listen(channel: string, onNotify: (payload: string | null) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** The SQLSTATE of an error the server sent (which has a severity; Node's have none). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  if (!('code' in error) || !('severity' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])

// node-postgres reports a lost or unobtainable connection with these messages.
const LOST_CONNECTION =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end/i

/**
 * Whether `error` means the database cannot be reached (rather than that it refused the
 * query): the network, a connection exception (08xxx), a server shutting down or starting
 * (57P01-3), or one with no connection to spare (53300).
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const state = sqlState(error)
  if (state) return state.startsWith('08') || /^57P0[1-3]$/.test(state) || state === '53300'
  const code = 'code' in error ? error.code : undefined
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true
  // Node reports a refused dual-stack connect as an AggregateError of the attempts.
  if (error instanceof AggregateError && error.errors.some(isConnectionError)) return true
  return LOST_CONNECTION.test(error.message)
}

/** Rethrows a connection failure as StoreUnavailableError (503), anything else as it is. */
export function translateError(error: unknown): never {
  if (error instanceof StoreUnavailableError) throw error
  throw isConnectionError(error) ? new StoreUnavailableError(error) : error
}

/** LISTEN and NOTIFY take a channel name, not a parameter: allow plain identifiers only. */
export function channelName(channel: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name ${channel}`)
  return channel
}
