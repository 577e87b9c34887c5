// Browser measurements of the board in Chromium through Playwright. Every measurement opens
// its own browser context (empty cache, the session cookie added), so loads are cold.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { installBareMove, installProbes } from './probes.mjs'
import { sleep } from './server.mjs'

export const BOARD_PATH = '/jobs/senior-go-engineer/board'
export const VIEWPORT = { width: 1366, height: 768 }

export const chromePath = () =>
  [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path))

export function launchBrowser() {
  const executablePath = chromePath()
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

async function openBoard(browser, server, cookie, query) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const separator = cookie.indexOf('=')
  await context.addCookies([
    { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: server.base },
  ])
  await context.addInitScript(installProbes)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const errors = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  // Requests in flight, without the live-update stream, which stays open for good.
  const inFlight = new Set()
  page.on('request', (request) => {
    if (!request.url().includes('/api/events')) inFlight.add(request)
  })
  page.on('requestfinished', (request) => inFlight.delete(request))
  page.on('requestfailed', (request) => inFlight.delete(request))
  /** Resolves once no request has been in flight for idleMs: the app has settled. */
  const settle = async (idleMs = 300, timeoutMs = 30_000) => {
    const deadline = performance.now() + timeoutMs
    let idleSince = performance.now()
    while (performance.now() < deadline) {
      if (inFlight.size > 0) idleSince = performance.now()
      else if (performance.now() - idleSince >= idleMs) return
      await sleep(25)
    }
  }
  await page.goto(server.base + BOARD_PATH + query, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__bench?.firstCards != null, null, { timeout: 60_000 })
  return { context, page, cdp, settle, errors }
}

/** One cold load: time to first cards, DOM size, mounted cards, scripts loaded, JS heap. */
export async function measureLoad(browser, server, cookie, query = '') {
  const { context, page, cdp, settle, errors } = await openBoard(browser, server, cookie, query)
  try {
    await settle()
    const snapshot = await page.evaluate(() => {
      const bench = window.__bench
      return {
        firstCards: bench.firstCards,
        firstCardsDom: bench.firstCardsDom,
        paints: bench.paints,
        elements: document.getElementsByTagName('*').length,
        cards: document.querySelectorAll('[data-card-id]').length,
        columns: [...document.querySelectorAll('[data-stage-id]')].map((column) => ({
          stageId: column.getAttribute('data-stage-id'),
          cards: column.querySelectorAll('[data-card-id]').length,
        })),
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => ({
            url: entry.name,
            transferSize: entry.transferSize,
            encodedBodySize: entry.encodedBodySize,
            decodedBodySize: entry.decodedBodySize,
          })),
        longTasks: bench.longTasks,
      }
    })
    const { nodes } = await cdp.send('Memory.getDOMCounters')
    // Garbage first, so the figure is what the board keeps alive, not what loading left.
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return { ...snapshot, domNodesAll: nodes, heapUsed: usedSize, errors }
  } finally {
    await context.close()
  }
}

const stageIds = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-stage-id]')].map((column) =>
      column.getAttribute('data-stage-id'),
    ),
  )

const awaitLanding = (page) => page.evaluate(() => window.__bench.landing)

/**
 * Keyboard moves of one card between the first two columns (Shift+→, Shift+←, as a recruiter
 * does), CPU throttled: activation-to-paint and activation-to-DOM per move.
 */
export async function measureMoves(browser, server, cookie, query, options) {
  const { context, page, cdp, settle, errors } = await openBoard(browser, server, cookie, query)
  try {
    await settle()
    return { ...(await keyboardMoves(page, cdp, settle, options)), errors }
  } finally {
    await context.close()
  }
}

/**
 * The same moves on a copy of the settled board's DOM and styles with no app (no scripts): a
 * bare script moves the card's element and focuses it. What the browser alone needs for a
 * move on this page, on this machine, in this run: the floor under the app's figure.
 */
export async function measureBareMoves(browser, server, cookie, query, options) {
  const { context, page, settle } = await openBoard(browser, server, cookie, query)
  try {
    await settle()
    const layout = await page.evaluate(firstCardBox)
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true)
      copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((node) => node.remove())
      return `<!doctype html>${copy.outerHTML}`
    })
    // The app stops here, so it neither shares the CPU with the copy nor adds its errors.
    await page.close()
    // Served at the app's origin, so the copy loads the same stylesheet.
    const url = `${server.base}/__bench-bare-board`
    await context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    )
    const bare = await context.newPage()
    const errors = []
    bare.on('pageerror', (error) => errors.push(String(error)))
    bare.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await bare.goto(url, { waitUntil: 'load' })
    // An unstyled copy would give a floor far too low: its first card must sit as it did.
    const copied = await bare.evaluate(firstCardBox)
    if (!layout || copied !== layout) {
      throw new Error(`the copy's first card is at ${copied}, the board's at ${layout}`)
    }
    await bare.evaluate(installBareMove)
    const cdp = await context.newCDPSession(bare)
    return { ...(await keyboardMoves(bare, cdp, () => sleep(300), options)), errors }
  } finally {
    await context.close()
  }
}

/** Where the first card is on the page (runs in it): "x,y,width,height". */
function firstCardBox() {
  const box = document.querySelector('[data-card-id]')?.getBoundingClientRect()
  return box && [box.x, box.y, box.width, box.height].map(Math.round).join(',')
}

/** The moves themselves: each timed by the page's probes (installProbes). */
async function keyboardMoves(page, cdp, settle, { moves, throttle }) {
  const stages = await stageIds(page)
  const cardId = await page
    .locator(`[data-stage-id="${stages[0]}"] [data-card-id]`)
    .first()
    .getAttribute('data-card-id')
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  try {
    const toPaint = []
    const toDom = []
    for (let index = 0; index < moves; index++) {
      const forward = index % 2 === 0
      const key = forward ? 'ArrowRight' : 'ArrowLeft'
      const toStageId = forward ? stages[1] : stages[0]
      // The app keeps focus on a moved card; re-focus only if something took it.
      await page.evaluate((id) => {
        const card = document.querySelector(`[data-card-id="${CSS.escape(id)}"]`)
        if (document.activeElement !== card) card.focus()
      }, cardId)
      await page.evaluate(
        ([id, to, keyName]) => window.__bench.armLanding(id, to, 'keydown', keyName),
        [cardId, toStageId, key],
      )
      await page.keyboard.press(`Shift+${key}`)
      const landing = await awaitLanding(page)
      toPaint.push(landing.painted - landing.start)
      toDom.push(landing.inDom - landing.start)
      // Let the move's request and the board refetch finish, so moves don't overlap.
      await settle()
    }
    return { toPaint, toDom }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {})
  }
}

/**
 * Real mouse drags (native HTML5 drag and drop, as the app's drag engine uses) of a column's
 * first card onto the top edge of the second card of the next column, CPU throttled.
 * Long tasks are split into those during the drag (pointer down until the drop) and those of
 * the drop and its aftermath (render, request, refetch).
 */
export async function measureDrags(browser, server, cookie, query, { drags, throttle }) {
  const { context, page, cdp, settle, errors } = await openBoard(browser, server, cookie, query)
  try {
    await settle()
    const stages = await stageIds(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    const toPaint = []
    const during = []
    const after = []
    for (let index = 0; index < drags; index++) {
      const from = stages[index % 3]
      const to = stages[(index % 3) + 1]
      const source = page.locator(`[data-stage-id="${from}"] [data-card-id]`).first()
      const target = page.locator(`[data-stage-id="${to}"] [data-card-id]`).nth(1)
      const cardId = await source.getAttribute('data-card-id')
      const start = await source.boundingBox()
      const end = await target.boundingBox()
      if (!start || !end) throw new Error('drag: a card is not visible')
      await page.evaluate(
        ([id, toStageId]) => window.__bench.armLanding(id, toStageId, 'drop'),
        [cardId, to],
      )
      const dragStart = await page.evaluate(() => performance.now())
      const x = start.x + start.width / 2
      const y = start.y + start.height / 2
      await page.mouse.move(x, y)
      await page.mouse.down()
      await page.mouse.move(x + 10, y + 10, { steps: 5 })
      await page.mouse.move(end.x + end.width / 2, end.y + 4, { steps: 12 })
      await page.mouse.up()
      const landing = await awaitLanding(page)
      toPaint.push(landing.painted - landing.start)
      await settle()
      await sleep(200)
      const settled = await page.evaluate(() => performance.now())
      const tasks = await page.evaluate(() => window.__bench.longTasks)
      // A task that ended before the drop event belongs to the drag. The task that dispatches
      // the drop starts a moment before the event reaches its first listener; it is the
      // drop's own work (measured as drop→paint), so it counts after the drop.
      const endOf = (task) => task.start + task.duration
      during.push(
        ...tasks.filter((task) => task.start >= dragStart && endOf(task) <= landing.start),
      )
      after.push(...tasks.filter((task) => endOf(task) > landing.start && task.start < settled))
    }
    return { toPaint, longTasksDuring: during, longTasksAfter: after, errors }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {})
    await context.close()
  }
}
