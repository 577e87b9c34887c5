// Builds the production SPA and server into a private folder and runs real servers on
// throwaway PGlite folders. Every server started here is tracked, so the caller can stop all
// of them (by PID) on any exit path.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// A private outDir, not dist/: others build in this checkout at the same time, and a
// rebuild of dist/ in the middle of a run would change what is being measured. It sits
// under node_modules so the server bundle still resolves its external packages.
export const BUILD_ROOT = 'node_modules/.cache/hirelane-bench'
export const STATIC_DIR = `${BUILD_ROOT}/app`
const SERVER_ENTRY = `${BUILD_ROOT}/server/main.js`
const VITE = 'node_modules/vite/bin/vite.js'

export const DEMO_EMAIL = 'maya.okonjo@hirelane.dev'
export const DEMO_PASSWORD = 'hirelane-demo'
export const CSRF = { 'x-hirelane-csrf': '1' }

/**
 * Builds the app (real mode) and the server; throws when a build fails. With `ref` (a commit,
 * branch or tag) it builds that commit's files, exported with `git archive` into a temporary
 * folder, instead of the working tree, which may hold someone's half-done edit.
 */
export function build(ref) {
  const cwd = ref ? exportCommit(ref) : process.cwd()
  const out = (name) => resolve(BUILD_ROOT, name)
  const vite = resolve(VITE)
  const steps = [
    ['build', '--mode', 'real', '--outDir', out('app'), '--emptyOutDir'],
    ['build', '--ssr', 'server/main.ts', '--outDir', out('server'), '--emptyOutDir'],
  ]
  const started = performance.now()
  try {
    for (const args of steps) {
      const result = spawnSync(process.execPath, [vite, ...args, '--logLevel', 'error'], {
        cwd,
        stdio: 'inherit',
        env: { ...process.env, FORCE_COLOR: '0' },
      })
      if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed in ${cwd}`)
    }
  } finally {
    if (ref) rmSync(cwd, { recursive: true, force: true })
  }
  return performance.now() - started
}

function exportCommit(ref) {
  const commit = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    encoding: 'utf8',
  })
  if (commit.status !== 0) throw new Error(`BENCH_REF: no commit ${ref}`)
  const dir = mkdtempSync(join(tmpdir(), 'hirelane-bench-src-'))
  const archive = spawnSync('git', ['archive', '--format=tar', commit.stdout.trim()], {
    maxBuffer: 1 << 30,
  })
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
  if (archive.status !== 0 || untar.status !== 0) throw new Error(`BENCH_REF: cannot export ${ref}`)
  // Same packages as the checkout: the lockfile rarely changes between commits.
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

const running = new Set()

/**
 * Starts dist-server on a fresh PGlite folder seeded with `applications`, and resolves once
 * /api/health answers. seedMs is the time between the server's "Seeding" and "Demo
 * accounts" lines (generation, password hashes and the bulk insert).
 */
export async function startServer({ port, applications, timeoutMs = 15 * 60_000 }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hirelane-bench-'))
  const started = performance.now()
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      STATIC_DIR,
      SEED_APPLICATIONS: String(applications),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const server = {
    applications,
    port,
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    child,
    dataDir,
    seedMs: null,
    startMs: null,
    log: [],
    exited: false,
  }
  running.add(server)
  let seedingAt = null
  const onLine = (line) => {
    server.log.push(line)
    if (line.startsWith('Seeding')) seedingAt = performance.now()
    if (line.startsWith('Demo accounts') && seedingAt !== null) {
      server.seedMs = performance.now() - seedingAt
    }
  }
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = ''
    stream.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop()
      lines.forEach(onLine)
    })
  }
  child.on('exit', () => {
    server.exited = true
  })

  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (server.exited) {
      const tail = server.log.slice(-15).map((line) => line.slice(0, 300))
      throw new Error(`server (${applications}) exited:\n${tail.join('\n')}`)
    }
    try {
      if ((await fetch(`${server.base}/api/health`)).ok) {
        server.startMs = performance.now() - started
        return server
      }
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  throw new Error(`server (${applications}) not healthy after ${timeoutMs / 1000} s`)
}

/** Stops one server by its PID (SIGTERM, then SIGKILL) and removes its data folder. */
export async function stopServer(server) {
  if (!running.delete(server)) return
  if (!server.exited) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve))
    server.child.kill('SIGTERM')
    const timedOut = await Promise.race([exited.then(() => false), sleep(15_000).then(() => true)])
    if (timedOut) server.child.kill('SIGKILL')
  }
  rmSync(server.dataDir, { recursive: true, force: true })
}

export async function stopAllServers() {
  await Promise.all([...running].map(stopServer))
}

/** Signs the demo recruiter in through the API; returns the session cookie (name=value). */
export async function signIn(server) {
  const response = await fetch(`${server.base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
  })
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`)
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error('sign-in answered without a session cookie')
  return cookie
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
