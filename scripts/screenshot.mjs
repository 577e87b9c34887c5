// `npm run screenshot`: serves the demo build (`npm run build:demo`) and saves docs/board.png.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { buildIfStale } from './build-if-stale.mjs'

buildIfStale('dist-demo/index.html', 'build:demo')

const port = 4180
const url = `http://127.0.0.1:${port}/`
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
  (path) => path && existsSync(path),
)

// Vite's own entry, not npx: killing npx would leave the server running.
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    'dist-demo',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  { stdio: 'ignore' },
)
try {
  await waitFor(url)
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  })
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.addInitScript(() => window.localStorage.setItem('hirelane:latency', '0'))
  await page.goto(url)
  await page
    .getByRole('list', { name: /^Applied,/ })
    .getByRole('listitem')
    .first()
    .waitFor()
  await page.screenshot({ path: 'docs/board.png' })
  await browser.close()
  console.log('saved docs/board.png')
} finally {
  server.kill()
}

async function waitFor(address) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(address)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${address} did not answer`)
}
