// `npm run demo`: the app with its API inside the browser (MSW), on demo data kept in the
// browser; no server or database. Serves the demo build on HOST:PORT (127.0.0.1:4173).
import { spawn } from 'node:child_process'
import { buildIfStale } from './build-if-stale.mjs'

const host = process.env.HOST ?? '127.0.0.1'
const port = process.env.PORT ?? '4173'
buildIfStale('dist-demo/index.html', 'build:demo')

console.log(`Hirelane demo (data in your browser) at http://${host}:${port}/`)
// Vite's own entry rather than npx, so stopping this process stops the server too.
const preview = ['preview', '--outDir', 'dist-demo', '--host', host, '--port', port, '--strictPort']
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...preview], {
  stdio: ['inherit', 'ignore', 'inherit'],
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
