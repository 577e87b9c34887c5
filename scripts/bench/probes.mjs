// Runs inside the page (Playwright addInitScript, before any of the app's scripts), so it
// must be self-contained. It records:
// - firstCards: performance.now() (ms since navigation start) of the first paint after the
//   first column holds a card: a MutationObserver sees the card, then requestAnimationFrame
//   (runs just before that frame's paint) plus a MessageChannel task (runs right after it);
// - longTasks: every 'longtask' entry (main-thread tasks over 50 ms);
// - armLanding(): the same paint detection for a moved card appearing in its target column,
//   timed from a capture-phase listener of the activating event (keydown or drop), which
//   runs before any of the app's handlers.
export function installProbes() {
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => callback(performance.now())
      channel.port2.postMessage(null)
    })

  const bench = { firstCards: null, firstCardsDom: null, longTasks: [], paints: {} }
  window.__bench = bench

  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      })
    } catch {
      // entry type not supported by this browser
    }
  }
  observe('longtask', (entry) =>
    bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  )
  observe('paint', (entry) => {
    bench.paints[entry.name] = entry.startTime
  })
  observe('largest-contentful-paint', (entry) => {
    bench.paints['largest-contentful-paint'] = entry.startTime
  })

  // [data-stage-id] marks a column's card list; cards are [data-card-id] inside it.
  const firstCards = new MutationObserver(() => {
    const column = document.querySelector('[data-stage-id]')
    if (!column?.querySelector('[data-card-id]')) return
    firstCards.disconnect()
    bench.firstCardsDom = performance.now()
    afterPaint((at) => {
      bench.firstCards = at
    })
  })
  firstCards.observe(document, { childList: true, subtree: true })

  bench.armLanding = (cardId, toStageId, eventType, key) => {
    let start = null
    const handleEvent = (event) => {
      if (start === null && (!key || event.key === key)) start = performance.now()
    }
    window.addEventListener(eventType, handleEvent, true)
    const selector = `[data-stage-id="${CSS.escape(toStageId)}"] [data-card-id="${CSS.escape(cardId)}"]`
    bench.landing = new Promise((resolve, reject) => {
      const done = () => {
        observer.disconnect()
        clearTimeout(timer)
        window.removeEventListener(eventType, handleEvent, true)
      }
      const observer = new MutationObserver(() => {
        if (start === null || !document.querySelector(selector)) return
        done()
        const inDom = performance.now()
        afterPaint((painted) => resolve({ start, inDom, painted }))
      })
      observer.observe(document.body, { childList: true, subtree: true })
      const timer = setTimeout(() => {
        done()
        reject(new Error(`card ${cardId} did not appear in ${toStageId}`))
      }, 20_000)
    })
    bench.landing.catch(() => {})
  }
}

/**
 * The least a keyboard move can cost on a given page, for a page with no app (a copy of the
 * board's DOM): Shift+→ / Shift+← put the focused card first in the next or previous list and
 * focus it there, as the app ends up doing. No counts, no other cards shifted, no requests.
 * Self-contained, like installProbes (it runs in the page).
 */
export function installBareMove() {
  document.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    const card = document.activeElement?.closest('[data-card-id]')
    if (!event.shiftKey || !step || !card) return
    event.preventDefault()
    const lists = [...document.querySelectorAll('[data-stage-id]')]
    const to = lists[lists.indexOf(card.parentElement) + step]
    if (!to) return
    card.blur()
    card.style.marginTop = ''
    to.insertBefore(card, to.querySelector('[data-card-id]'))
    card.focus()
  })
}
