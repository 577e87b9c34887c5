// `npm start`: build what is missing or stale, then run the Node server (PGlite in ./data, or
// PostgreSQL when DATABASE_URL is set) on HOST:PORT, 127.0.0.1:3000 by default.
import { spawn } from 'node:child_process'
import { buildIfStale } from './build-if-stale.mjs'

buildIfStale('dist/index.html', 'build:app')
buildIfStale('dist-server/main.js', 'build:server')

const server = spawn(process.execPath, ['dist-server/main.js'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
