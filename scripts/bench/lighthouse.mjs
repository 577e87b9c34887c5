// Lighthouse (its default mobile preset: Moto G Power viewport, simulated slow 4G and 4× CPU)
// on the real build's board, in a Chromium of its own that chrome-launcher starts and stops.
// The board needs a session, so every request carries the session cookie.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
}

export async function runLighthouse(url, cookie, chromePath) {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      extraHeaders: { Cookie: cookie },
    })
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`)
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
    )
    // What Lighthouse itself flags on this page: the audits and insights that lost points.
    const flagged = lhr.categories.performance.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
      .filter((audit) => !Object.values(METRICS).includes(audit.id))
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
    return {
      score: lhr.categories.performance.score,
      metrics,
      flagged,
      finalUrl: lhr.finalDisplayedUrl,
      warnings: lhr.runWarnings,
    }
  } finally {
    chrome.kill()
  }
}
