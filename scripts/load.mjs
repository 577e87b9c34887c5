// `npm run load`: 50 concurrent clients for 20 s mixing board reads and moves against the real
// server, then checks that every accepted move is in stage history exactly once. Runs on
// PGlite in a fresh folder, or on PostgreSQL with LOAD_DATABASE_URL (an empty database is
// seeded). Prints p50/p99 latency and errors. Not a test: a measurement.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { buildIfStale } from './build-if-stale.mjs'

const PORT = Number(process.env.LOAD_PORT ?? 3200)
const BASE = `http://127.0.0.1:${PORT}`
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50)
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 20)
const JOB = 'senior-go-engineer'
const STAGES = ['sge-recruiter-screen', 'sge-go-technical']
const CSRF = { 'x-hirelane-csrf': '1' }

buildIfStale('dist-server/main.js', 'build:server')

const dataDir = process.env.LOAD_DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'hirelane-load-'))
const server = spawn(process.execPath, ['dist-server/main.js'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    SEED_APPLICATIONS: process.env.LOAD_APPLICATIONS ?? '1000',
    ...(dataDir
      ? { DATA_DIR: dataDir, DATABASE_URL: '' }
      : { DATABASE_URL: process.env.LOAD_DATABASE_URL }),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})

try {
  await waitForHealth()
  const cookie = await signIn()
  const api = (path, init = {}) =>
    fetch(BASE + path, { ...init, headers: { cookie, ...CSRF, ...init.headers } })
  const board = await (await api(`/api/jobs/${JOB}/board`)).json()
  const cards = board.columns.flatMap((column) => column.cards).slice(0, CONNECTIONS)
  if (cards.length < CONNECTIONS)
    throw new Error(`need ${CONNECTIONS} cards, board has ${cards.length}`)
  const historyBefore = new Map()
  for (const card of cards) historyBefore.set(card.id, await movedCount(api, card.id))

  // A move takes a card no other move has in flight and bases itself on the card's last known
  // version, so a refused move would be a real error. (autocannon resets a connection's
  // context every round of requests, so card state lives here, not there.)
  const state = new Map(cards.map((card) => [card.id, { ...card, flip: 0 }]))
  const idle = cards.map((card) => card.id)
  const accepted = new Map(cards.map((card) => [card.id, 0]))
  let unexpected = 0
  const moveRequest = {
    method: 'POST',
    setupRequest: (request, context) => {
      const card = state.get(idle.shift())
      context.cardId = card.id
      return {
        ...request,
        path: `/api/applications/${card.id}/move`,
        headers: { ...request.headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          toStageId: STAGES[card.flip % 2],
          position: 'start',
          expectedVersion: card.version,
        }),
      }
    },
    onResponse: (status, body, context) => {
      const card = state.get(context.cardId)
      if (status === 200) {
        const moved = JSON.parse(body)
        if (moved.stageId !== card.stageId) accepted.set(card.id, accepted.get(card.id) + 1)
        Object.assign(card, { version: moved.version, stageId: moved.stageId, flip: card.flip + 1 })
      } else {
        if (unexpected === 0) console.error(`first refused move: ${status} ${body}`)
        unexpected += 1
      }
      idle.push(card.id)
    },
  }
  const readRequest = { method: 'GET', path: `/api/jobs/${JOB}/board` }

  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { cookie, ...CSRF },
    requests: [readRequest, readRequest, readRequest, moveRequest],
  })

  // Moves still in flight when the run stopped were answered after autocannon stopped
  // listening: count those the server committed (the card's version moved on).
  for (const card of state.values()) {
    if (idle.includes(card.id)) continue
    const { application } = await (await api(`/api/applications/${card.id}`)).json()
    if (application.version > card.version && application.stageId !== card.stageId) {
      accepted.set(card.id, accepted.get(card.id) + 1)
    }
  }
  let missing = 0
  for (const card of cards) {
    const added = (await movedCount(api, card.id)) - historyBefore.get(card.id)
    if (added !== accepted.get(card.id)) missing += 1
  }
  const moves = [...accepted.values()].reduce((sum, count) => sum + count, 0)
  console.log(
    `Store: ${dataDir ? 'PGlite' : 'PostgreSQL'} · ${CONNECTIONS} clients · ${DURATION_S} s · 3 board reads : 1 move`,
  )
  console.table({
    requests: result.requests.total,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    'non-2xx': result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    'moves accepted': moves,
    'moves refused': unexpected,
  })
  console.log(
    missing === 0
      ? `Stage history: every accepted move recorded exactly once (${moves}).`
      : `Stage history MISMATCH on ${missing} cards.`,
  )
  process.exitCode = missing === 0 && result.errors === 0 ? 0 : 1
} finally {
  server.kill('SIGTERM')
  await new Promise((resolve) => server.on('exit', resolve))
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}

async function movedCount(api, id) {
  const detail = await (await api(`/api/applications/${id}`)).json()
  return detail.history.filter((entry) => entry.kind === 'moved').length
}

async function signIn() {
  const response = await fetch(`${BASE}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify({ email: 'maya.okonjo@hirelane.dev', password: 'hirelane-demo' }),
  })
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`)
  return response.headers.get('set-cookie').split(';')[0]
}

async function waitForHealth() {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('server did not become healthy')
}
