import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import type { ApiMode } from './e2e/fixtures.ts'

// Playwright cannot download its browsers here: use the system Chromium when there is one.
const systemChromium = [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
  (path): path is string => Boolean(path) && existsSync(path as string),
)
const MOCK_PORT = 4173
const REAL_PORT = 3100
/** A second real server with a big seed, for e2e/long-column.spec.ts only. */
export const LONG_REAL_PORT = 3101
/** Enough applications that the Applied column holds more than 600 active ones. */
export const LONG_SEED_APPLICATIONS = 2500

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1366, height: 768 },
  launchOptions: {
    ...(systemChromium ? { executablePath: systemChromium } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
}

/**
 * Every spec runs twice: on the demo build (the API inside the page, MSW) and on the real
 * Node server over PGlite. The real server's data is shared by its tests, so `npm run
 * test:e2e` runs that project with one worker.
 */
export default defineConfig<object, { apiMode: ApiMode }>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium-mock',
      use: {
        ...chromium,
        baseURL: `http://127.0.0.1:${MOCK_PORT}`,
        apiMode: 'mock' satisfies ApiMode,
      },
    },
    {
      name: 'chromium-real',
      use: {
        ...chromium,
        baseURL: `http://127.0.0.1:${REAL_PORT}`,
        apiMode: 'real' satisfies ApiMode,
      },
    },
  ],
  webServer: [
    {
      // The demo build, as `npm run demo` serves it.
      command: `node node_modules/vite/bin/vite.js preview --outDir dist-demo --host 127.0.0.1 --port ${MOCK_PORT} --strictPort`,
      url: `http://127.0.0.1:${MOCK_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The real server, as `npm start` runs it, on a fresh PGlite database for each run.
      command: `rm -rf .e2e-data && node dist-server/main.js`,
      env: { PORT: String(REAL_PORT), DATA_DIR: '.e2e-data' },
      url: `http://127.0.0.1:${REAL_PORT}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
    },
    {
      // The same server on its own database with a big seed: a long column.
      command: `rm -rf .e2e-data-long && node dist-server/main.js`,
      env: {
        PORT: String(LONG_REAL_PORT),
        DATA_DIR: '.e2e-data-long',
        SEED_APPLICATIONS: String(LONG_SEED_APPLICATIONS),
      },
      url: `http://127.0.0.1:${LONG_REAL_PORT}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})
