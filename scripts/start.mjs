// `npm start`: build the app if needed, then serve it on 127.0.0.1 (mock API inside the page).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const host = process.env.HOST ?? '127.0.0.1'
const port = process.env.PORT ?? '3000'
// Vite's own entry rather than npx, so stopping this process stops the server too.
const vite = 'node_modules/vite/bin/vite.js'

if (!existsSync('dist/index.html')) {
  console.log('Building Hirelane…')
  const build = spawnSync(process.execPath, [vite, 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

console.log(`Hirelane (demo data in your browser) at http://${host}:${port}/`)
const server = spawn(
  process.execPath,
  [vite, 'preview', '--host', host, '--port', port, '--strictPort'],
  {
    stdio: ['inherit', 'ignore', 'inherit'],
  },
)
const stop = (signal) => server.kill(signal)
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => process.exit(code ?? 0))
