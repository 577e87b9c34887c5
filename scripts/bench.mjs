// `npm run bench`: builds the production app and server, runs real servers (PGlite) seeded
// with 100 and 10,000 candidates (and 100,000 for the API), measures the Senior Go Engineer
// board in Chromium and the API from Node, prints a table with budget lines, and writes
// everything to bench/results/<timestamp>.json. Not a test: it exits 0 when budgets fail and
// non-zero only when something could not be measured. See bench/README.md.
import { spawnSync } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import { measureApi } from './bench/api.mjs'
import {
  BOARD_PATH,
  chromePath,
  launchBrowser,
  measureBareMoves,
  measureDrags,
  measureLoad,
  measureMoves,
} from './bench/browser.mjs'
import { runLighthouse } from './bench/lighthouse.mjs'
import {
  evaluateBudgets,
  formatBudget,
  formatTable,
  summarizeRun,
  writeResults,
} from './bench/report.mjs'
import { chunkComposition } from './bench/chunks.mjs'
import {
  build,
  signIn,
  STATIC_DIR,
  startServer,
  stopAllServers,
  stopServer,
} from './bench/server.mjs'
import { kib, median, round } from './bench/stats.mjs'

const env = process.env
const QUICK = env.BENCH_QUICK === '1'
const number = (name, fallback) => (env[name] ? Number(env[name]) : fallback)
const options = {
  quick: QUICK,
  loads: number('BENCH_LOADS', QUICK ? 3 : 7),
  moves: number('BENCH_MOVES', QUICK ? 10 : 40),
  drags: number('BENCH_DRAGS', QUICK ? 3 : 6),
  apiRequests: number('BENCH_API_REQUESTS', QUICK ? 20 : 50),
  lighthouseRuns: number('BENCH_LIGHTHOUSE_RUNS', QUICK ? 1 : 5),
  throttle: number('BENCH_CPU_THROTTLE', 4),
  port: number('BENCH_PORT', 3300),
  build: env.BENCH_NO_BUILD !== '1',
  ref: env.BENCH_REF || null,
  huge: !QUICK && env.BENCH_SKIP_100K !== '1',
  lighthouse: env.BENCH_SKIP_LIGHTHOUSE !== '1',
}
const SIZES = { small: 100, large: 10_000, huge: 100_000 }
const OFF = '?virtualize=off'

const startedAt = new Date()
// The machine is shared: the 1-minute load average at start and end says how noisy the run was.
const load = { start: round(loadavg()[0]), end: null }
const failures = [] // measurements that could not be taken
const raw = { small: {}, large: {}, largeOff: {}, largeBare: {}, huge: {} }
const log = (message) =>
  console.log(`[bench ${((performance.now() / 1000) | 0).toString().padStart(4)} s] ${message}`)

/** Runs one measurement; a failure is recorded and the run goes on with the others. */
async function attempt(step, run) {
  try {
    return await run()
  } catch (error) {
    failures.push({ step, message: String(error?.stack ?? error) })
    console.error(`[bench] ${step} failed: ${error?.message ?? error}`)
    return undefined
  }
}

// Stop the servers we started on Ctrl-C too; the finally below covers every other exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: stopping servers`)
    void stopAllServers().finally(() => process.exit(130))
  })
}

let browserVersion = null
let buildMs = null
try {
  if (options.build) {
    log(`building the app and the server${options.ref ? ` of ${options.ref}` : ''}`)
    buildMs = build(options.ref)
  }
  log(`starting servers with ${SIZES.small} and ${SIZES.large} applications`)
  const small = await startServer({ port: options.port, applications: SIZES.small })
  const large = await startServer({ port: options.port + 1, applications: SIZES.large })
  raw.small.server = small
  raw.large.server = large
  const cookies = new Map([
    [small, await signIn(small)],
    [large, await signIn(large)],
  ])
  const variants = [
    { key: 'small', server: small, query: '' },
    { key: 'large', server: large, query: '' },
    { key: 'largeOff', server: large, query: OFF },
  ]

  const browser = await launchBrowser()
  browserVersion = browser.version()
  try {
    // Loads interleave the boards round by round, so drift in the machine's load (others
    // share it) hits every board alike; the first round warms the server and is dropped.
    log(`${options.loads} cold loads per board (+1 warm-up), interleaved`)
    await attempt('loads', async () => {
      for (let round = 0; round <= options.loads; round++) {
        for (const variant of variants) {
          const load = await measureLoad(
            browser,
            variant.server,
            cookies.get(variant.server),
            variant.query,
          )
          if (round > 0) (raw[variant.key].loads ??= []).push(load)
        }
      }
    })
    // Moves and drags on the 100 board too: the same figures at 100 say how much of a move's
    // cost is the board's size and how much is the machine.
    for (const variant of variants) {
      await attempt(`script sizes (${variant.key})`, async () => {
        raw[variant.key].js = await scriptWeights(raw[variant.key].loads[0].scripts)
      })
      const { server, query, key } = variant
      const cookie = cookies.get(server)
      log(`${options.moves} keyboard moves at ${options.throttle}× CPU on ${key}`)
      raw[key].moves = await attempt(`moves (${key})`, () =>
        measureMoves(browser, server, cookie, query, options),
      )
      if (key === 'large') {
        // The floor under the move figures, right after them: the same moves on a copy of
        // this board's DOM with no app.
        log(`${options.moves} keyboard moves at ${options.throttle}× CPU on its DOM, no app`)
        raw.largeBare.moves = await attempt('moves (largeBare)', () =>
          measureBareMoves(browser, server, cookie, query, options),
        )
      }
      log(`${options.drags} mouse drags at ${options.throttle}× CPU on ${key}`)
      raw[key].drags = await attempt(`drags (${key})`, () =>
        measureDrags(browser, server, cookie, query, options),
      )
    }
  } finally {
    await browser.close()
  }

  if (options.lighthouse) {
    log(`Lighthouse ×${options.lighthouseRuns} on the ${SIZES.large} board`)
    raw.large.lighthouse = await attempt('lighthouse', () =>
      lighthouseRuns(large.base + BOARD_PATH, cookies.get(large)),
    )
  }

  log(`API at ${SIZES.large}: ${options.apiRequests} board GETs and moves`)
  raw.large.api = await attempt('api (10k)', () =>
    measureApi(large, cookies.get(large), options.apiRequests),
  )
  await stopServer(small)
  await stopServer(large)

  if (options.huge) {
    log(`seeding ${SIZES.huge} applications`)
    await attempt('api (100k)', async () => {
      const huge = await startServer({ port: options.port + 2, applications: SIZES.huge })
      raw.huge.server = huge
      log(`seeded in ${round(huge.seedMs / 1000)} s; API at ${SIZES.huge}`)
      raw.huge.api = await measureApi(huge, await signIn(huge), options.apiRequests)
      await stopServer(huge)
    })
  }
} catch (error) {
  failures.push({ step: 'setup', message: String(error?.stack ?? error) })
  console.error(`[bench] ${error?.message ?? error}`)
} finally {
  await stopAllServers()
}

// Report whatever was measured, even after a failure.
const summaries = Object.fromEntries(
  Object.entries(raw).map(([key, value]) => [key, summarizeRun(value)]),
)
const columns = [
  { label: '100', summary: summaries.small },
  { label: '10,000', summary: summaries.large },
  { label: `10,000 ${OFF}`, summary: summaries.largeOff },
  { label: '10,000 DOM, no app', summary: summaries.largeBare },
  ...(options.huge ? [{ label: '100,000 (API)', summary: summaries.huge }] : []),
]
const budgets = evaluateBudgets(summaries.small, summaries.large)
const notes = []
if (summaries.large.cards != null && summaries.large.cards === summaries.largeOff.cards) {
  notes.push(
    `${OFF} mounts as many cards as the default board (${summaries.large.cards}): no virtualization yet.`,
  )
}
const appMove = summaries.large.moveToPaint
const bareMove = summaries.largeBare.moveToPaint
if (appMove?.n && bareMove?.n) {
  notes.push(
    `move→paint on 10,000: the app ${appMove.p50} / ${appMove.p95} ms (p50 / p95), the same board's DOM moved by a bare script ${bareMove.p50} / ${bareMove.p95} ms: the app adds ${round(appMove.p50 - bareMove.p50)} / ${round(appMove.p95 - bareMove.p95)} ms (${round(appMove.p50 / bareMove.p50, 2)}× / ${round(appMove.p95 / bareMove.p95, 2)}×).`,
  )
}
if (summaries.huge.seedS > 300) notes.push(`Seeding ${SIZES.huge} took over 5 minutes.`)
for (const [key, summary] of Object.entries(summaries)) {
  if (summary.pageErrors.length)
    notes.push(`page errors on ${key}: ${summary.pageErrors.slice(0, 3).join(' | ')}`)
}

console.log(
  `\nHirelane bench · ${startedAt.toISOString()} · ${gitDescribe()} · Chromium ${browserVersion ?? '?'} · Node ${process.version}${QUICK ? ' · QUICK' : ''}`,
)
load.end = round(loadavg()[0])
console.log(
  `Load average (1 min) at start / end: ${load.start} / ${load.end} on ${availableParallelism()} CPUs`,
)
console.log(formatTable(columns, options))
const js = summaries.large.js
if (js) {
  console.log(
    `\nBoard-route scripts (gzip -9 KiB, as budgeted; the server sends its brotli copies):`,
  )
  for (const chunk of js.chunks) {
    console.log(`  ${String(chunk.gzKiB).padStart(6)}  ${chunk.file}  (${chunk.rawKiB} KiB min)`)
    if (chunk.contents.length) console.log(`          ${chunk.contents.join(', ')}`)
  }
}
const lh = summaries.large.lighthouse
if (lh) {
  const ms = (value) => (value === null ? '–' : Math.round(value))
  const { fcp, lcp, tbt, cls, si } = lh.metrics
  console.log(
    `\nLighthouse (10,000 board, median run): FCP ${ms(fcp)} ms, LCP ${ms(lcp)} ms, TBT ${ms(tbt)} ms, CLS ${round(cls, 3)}, SI ${ms(si)} ms`,
  )
  if (lh.flagged.length) console.log(`  flagged: ${lh.flagged.join('; ')}`)
}
console.log('\nBudgets')
for (const budget of budgets) console.log(`  ${formatBudget(budget)}`)
for (const note of notes) console.log(`Note: ${note}`)

// A run that measured nothing leaves no file behind (results are kept in git).
const measuredAnything = Object.values(summaries).some(
  (summary) => summary.loads || summary.apiBoard,
)
const file =
  measuredAnything &&
  writeResults(
    {
      startedAt: startedAt.toISOString(),
      git: gitDescribe(),
      chromium: browserVersion,
      node: process.version,
      options,
      buildMs: round(buildMs),
      summaries,
      budgets,
      notes,
      failures,
      raw: stripServers(raw),
    },
    startedAt,
  )
if (file) console.log(`\nWrote ${file}`)
if (failures.length) {
  console.error(`Could not measure: ${failures.map((failure) => failure.step).join(', ')}`)
  process.exitCode = 1
}
// Lighthouse and Playwright may leave handles open; everything we started is stopped.
process.exit()

/** Each script of the board route, gzipped here (-9) as the server does not compress. */
async function scriptWeights(scripts) {
  const chunks = []
  for (const script of scripts) {
    const body = Buffer.from(await (await fetch(script.url)).arrayBuffer())
    const file = new URL(script.url).pathname
    const parts = chunkComposition(STATIC_DIR + file) ?? []
    chunks.push({
      file,
      // Minified KiB per package or source folder, largest first.
      contents: parts.slice(0, 6).map(([owner, bytes]) => `${owner} ${kib(bytes)}`),
      wireKiB: kib(script.transferSize),
      rawKiB: kib(body.length),
      gzKiB: kib(gzipSync(body, { level: 9 }).length),
    })
  }
  chunks.sort((a, b) => b.gzKiB - a.gzKiB)
  const sum = (key) => round(chunks.reduce((total, chunk) => total + chunk[key], 0))
  return { gzKiB: sum('gzKiB'), wireKiB: sum('wireKiB'), rawKiB: sum('rawKiB'), chunks }
}

async function lighthouseRuns(url, cookie) {
  const runs = []
  // Lighthouse now and then fails to record its own trace (NO_NAVSTART on a busy machine):
  // such a run is tried again, a few times in all, before the measurement counts as failed.
  let retries = 3
  while (runs.length < options.lighthouseRuns) {
    const run = await runLighthouse(url, cookie, chromePath()).catch((error) => {
      if (retries-- > 0 && /NO_NAVSTART|NO_FCP|trace/i.test(String(error?.message))) {
        console.error(`[bench] Lighthouse run failed (${error.message}); trying again`)
        return null
      }
      throw error
    })
    if (!run) continue
    if (!run.finalUrl.includes(BOARD_PATH)) throw new Error(`Lighthouse ended at ${run.finalUrl}`)
    runs.push(run)
  }
  const scores = runs.map((run) => run.score)
  const middle = runs.find((run) => run.score === median(scores)) ?? runs[0]
  return { score: median(scores), scores, metrics: middle.metrics, flagged: middle.flagged }
}

/** What was measured: the commit, and whether uncommitted edits were built too. */
function gitDescribe() {
  const run = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? ''
  if (options.ref) return `${run('rev-parse', '--short', `${options.ref}^{commit}`)} (BENCH_REF)`
  const changed = run('status', '--porcelain', '--', '.', ':!bench', ':!scripts/bench*')
    .split('\n')
    .filter(Boolean).length
  return `${run('rev-parse', '--short', 'HEAD')}${changed ? ` +${changed} uncommitted` : ''}`
}

/** The raw samples for the JSON: servers reduced to their timings, script lists given once. */
function stripServers(value) {
  return Object.fromEntries(
    Object.entries(value).map(([key, run]) => {
      const { server, loads, ...rest } = run
      return [
        key,
        {
          ...rest,
          ...(loads ? { loads: loads.map((load) => ({ ...load, scripts: undefined })) } : {}),
          ...(server ? { server: { seedMs: server.seedMs, startMs: server.startMs } } : {}),
        },
      ]
    }),
  )
}
