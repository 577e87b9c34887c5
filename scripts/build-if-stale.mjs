// Builds an output when it is missing or older than any of its sources, so `npm start` after
// a pull serves the code that was pulled.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = [
  'src',
  'server',
  'contract',
  'public',
  'index.html',
  'package-lock.json',
  'vite.config.ts',
]

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** Runs `npm run <script>` unless `output` is newer than every source. */
export function buildIfStale(output, script) {
  if (existsSync(output) && statSync(output).mtimeMs >= Math.max(...SOURCES.map(newestMtime))) {
    return
  }
  console.log(`Building (${script})…`)
  const build = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
