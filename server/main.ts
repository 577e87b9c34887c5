// The Node server: the built SPA and the API over SQL (embedded PGlite in ./data by default,
// PostgreSQL when DATABASE_URL is set). It keeps no state of its own, so several instances
// can share one PostgreSQL.
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { secureHeaders } from 'hono/secure-headers'
import { readFile } from 'node:fs/promises'
import { API_BASE } from '@contract/api.ts'
import { SESSION_COOKIE } from '@contract/auth.ts'
import { createApp } from './app.ts'
import { compressJson } from './http/compress-json.ts'
import { pagePreloads } from './http/page-preloads.ts'
import { hashPassword, verifyPassword } from './auth/passwords.ts'
import { generateDemoData } from './seed/generator.ts'
import { DEMO_PASSWORD, DEMO_USERS } from './seed/users.ts'
import { openStore } from './store/sql/open-store.ts'

const env = process.env
const host = env.HOST ?? '127.0.0.1'
const port = Number(env.PORT ?? 3000)
const staticRoot = env.STATIC_DIR ?? 'dist'
/** Requests in flight get this long to finish on SIGTERM/SIGINT. */
const DRAIN_MS = 10_000

const databaseUrl = env.DATABASE_URL || undefined
const dataDir = env.DATA_DIR || './data'
const kind = databaseUrl ? 'PostgreSQL' : `PGlite (${dataDir})`
const { store, empty } = await openStore({ databaseUrl, dataDir })
if (empty) {
  const applications = Number(env.SEED_APPLICATIONS ?? 60)
  console.log(`Seeding the demo data (${applications} applications for the Senior Go Engineer)…`)
  const hashes = new Map<string, string>()
  for (const user of DEMO_USERS) hashes.set(user.id, await hashPassword(DEMO_PASSWORD))
  if (await store.seed(generateDemoData({ applications }), hashes)) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`)
    for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(34)} ${user.role}`)
  }
}

const closing = new AbortController()
const api = createApp({ store, verifyPassword, closing: closing.signal })
const indexHtml = await readFile(`${staticRoot}/index.html`, 'utf8').catch(() => {
  throw new Error(`No built SPA in ${staticRoot}/: run "npm run build" first.`)
})

const app = new Hono()
// Frame, sniffing and referrer protections for the SPA and the API alike.
app.use(secureHeaders())
// All of /api goes to the API app, so its own 404 (problem+json) answers unknown paths.
// JSON compresses about sixfold (a board answer is ~85 KiB raw); the event stream is left as is.
app.use(`${API_BASE}/*`, compressJson())
app.all(`${API_BASE}/*`, (c) => api.fetch(c.req.raw, c.env))
app.use(
  '/*',
  serveStatic({
    root: staticRoot,
    // The build writes .br and .gz beside each script and style sheet.
    precompressed: true,
    onFound: (path, c) => {
      // Built assets carry a content hash in their names: a new build means new names.
      if (path.includes('/assets/'))
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
    },
  }),
)
// Every other path is a route of the SPA: answer with its page, and let it route. The page's
// first API requests start with it (see pagePreloads).
app.get('*', (c) => {
  const preloads = pagePreloads(new URL(c.req.url), Boolean(getCookie(c, SESSION_COOKIE)))
  if (preloads) c.header('Link', preloads)
  return c.html(indexHtml)
})

const server = serve({ fetch: app.fetch, hostname: host, port }, () => {
  console.log(`Hirelane on ${kind} at http://${host}:${port}/`)
})

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`${signal}: finishing requests in flight…`)
  closing.abort() // ends the event streams, which would otherwise hold the server open
  const drained = new Promise<void>((resolve) => server.close(() => resolve()))
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, DRAIN_MS).unref())
  await Promise.race([drained, timeout])
  if ('closeAllConnections' in server) server.closeAllConnections()
  await store.close()
  console.log('Stopped.')
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
