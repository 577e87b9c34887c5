// Turns the raw measurements into the printed table, the budget lines and the JSON file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { kib, mb, median, round, summarize } from './stats.mjs'

const dash = '–'
const show = (value, unit = '') =>
  value === null || value === undefined ? dash : `${value}${unit}`
const pair = (summary) => (summary?.n ? `${summary.p50} / ${summary.p95}` : dash)

/** Per-dataset figures from the raw samples (median of the loads, percentiles of moves). */
export function summarizeRun(raw) {
  const loads = raw.loads ?? []
  const pick = (read) => round(median(loads.map(read).filter((value) => value != null)))
  const tasksDuring = raw.drags?.longTasksDuring ?? []
  const tasksAfter = raw.drags?.longTasksAfter ?? []
  const maxOf = (tasks) => (tasks.length ? round(Math.max(...tasks.map((t) => t.duration))) : 0)
  return {
    loads: loads.length,
    firstCardsMs: pick((load) => load.firstCards),
    firstCardsMinMs: loads.length ? round(Math.min(...loads.map((load) => load.firstCards))) : null,
    firstCardsMaxMs: loads.length ? round(Math.max(...loads.map((load) => load.firstCards))) : null,
    firstContentfulPaintMs: pick((load) => load.paints?.['first-contentful-paint']),
    domElements: pick((load) => load.elements),
    domNodesAll: pick((load) => load.domNodesAll),
    cards: pick((load) => load.cards),
    heapMB: loads.length ? mb(median(loads.map((load) => load.heapUsed))) : null,
    js: raw.js ?? null,
    moveToPaint: raw.moves ? summarize(raw.moves.toPaint) : null,
    moveToDom: raw.moves ? summarize(raw.moves.toDom) : null,
    dragToPaint: raw.drags ? summarize(raw.drags.toPaint) : null,
    longTasksDuringDrags: raw.drags
      ? { count: tasksDuring.length, maxMs: maxOf(tasksDuring) }
      : null,
    longTasksAfterDrops: raw.drags ? { count: tasksAfter.length, maxMs: maxOf(tasksAfter) } : null,
    apiBoard: raw.api ? summarize(raw.api.board) : null,
    apiMove: raw.api ? summarize(raw.api.move) : null,
    apiBoardKiB: raw.api ? kib(raw.api.boardBytes) : null,
    lighthouse: raw.lighthouse ?? null,
    seedS: raw.server?.seedMs != null ? round(raw.server.seedMs / 1000) : null,
    pageErrors: [
      ...new Set([...loads, raw.moves, raw.drags].flatMap((item) => item?.errors ?? [])),
    ],
  }
}

export function formatTable(columns, options) {
  const t = options.throttle
  const rows = [
    ['seed time, s', (s) => show(s.seedS)],
    [`time to first cards, ms (median of loads)`, (s) => show(s.firstCardsMs)],
    ['  min–max, ms', (s) => (s.loads ? `${s.firstCardsMinMs}–${s.firstCardsMaxMs}` : dash)],
    ['first contentful paint, ms (median)', (s) => show(s.firstContentfulPaintMs)],
    ['DOM elements', (s) => show(s.domElements)],
    ['DOM nodes incl. text (CDP)', (s) => show(s.domNodesAll)],
    ['mounted cards [data-card-id]', (s) => show(s.cards)],
    ['JS heap after GC, MB', (s) => show(s.heapMB)],
    [
      'board-route JS, KiB gz / on the wire',
      (s) => (s.js ? `${s.js.gzKiB} / ${s.js.wireKiB}` : dash),
    ],
    [`keyboard move→paint p50 / p95, ms (${t}× CPU)`, (s) => pair(s.moveToPaint)],
    [`keyboard move→DOM p50 / p95, ms (${t}× CPU)`, (s) => pair(s.moveToDom)],
    [`mouse drop→paint p50 / p95, ms (${t}× CPU)`, (s) => pair(s.dragToPaint)],
    ['long tasks during drags: count, max ms', (s) => longTasks(s.longTasksDuringDrags)],
    ['long tasks after drops: count, max ms', (s) => longTasks(s.longTasksAfterDrops)],
    ['API board GET p50 / p95, ms', (s) => pair(s.apiBoard)],
    ['API board response, KiB', (s) => show(s.apiBoardKiB)],
    ['API move POST p50 / p95, ms', (s) => pair(s.apiMove)],
    ['Lighthouse performance (mobile)', (s) => lighthouseCell(s.lighthouse)],
  ]
  const header = ['', ...columns.map((column) => column.label)]
  const body = rows.map(([label, cell]) => [
    label,
    ...columns.map((column) => cell(column.summary)),
  ])
  const widths = header.map((_, index) =>
    Math.max(...[header, ...body].map((row) => String(row[index]).length)),
  )
  const line = (row) =>
    row
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[index])))
      .join('  ')
  return [line(header), ...body.map(line)].join('\n')
}

const longTasks = (value) => (value ? `${value.count}, ${value.maxMs}` : dash)
const lighthouseCell = (value) => (value ? `${value.score} (${value.scores.join(', ')})` : dash)

/** Each budget: PASS, FAIL, or n/a when its figure could not be measured. */
export function evaluateBudgets(small, large) {
  const budget = (name, value, limit, pass, unit = '') =>
    value === null || value === undefined || Number.isNaN(value)
      ? { name, status: 'n/a', value: null, limit }
      : { name, status: pass(value) ? 'PASS' : 'FAIL', value: round(value, 2), limit, unit }
  const ratio =
    small.firstCardsMs && large.firstCardsMs ? large.firstCardsMs / small.firstCardsMs : null
  return [
    budget('board-route JS (gz) ≤ 150 KiB', large.js?.gzKiB, 150, (v) => v <= 150, ' KiB'),
    budget('10k: time to first cards ≤ 1.25× the 100 time', ratio, 1.25, (v) => v <= 1.25, '×'),
    budget('10k: DOM elements ≤ 1,500', large.domElements, 1500, (v) => v <= 1500),
    budget(
      '10k: move→paint p95 ≤ 50 ms (4× CPU)',
      large.moveToPaint?.p95,
      50,
      (v) => v <= 50,
      ' ms',
    ),
    budget(
      '10k: no long task > 50 ms while dragging',
      large.longTasksDuringDrags?.maxMs,
      50,
      (v) => v <= 50,
      ' ms (longest)',
    ),
    budget('10k: JS heap ≤ 60 MB', large.heapMB, 60, (v) => v <= 60, ' MB'),
    budget('10k: API board p95 ≤ 50 ms (PGlite)', large.apiBoard?.p95, 50, (v) => v <= 50, ' ms'),
    budget('10k: API move p95 ≤ 20 ms (PGlite)', large.apiMove?.p95, 20, (v) => v <= 20, ' ms'),
    budget('Lighthouse performance ≥ 0.95', large.lighthouse?.score, 0.95, (v) => v >= 0.95),
  ]
}

export const formatBudget = (b) =>
  `${b.status.padEnd(4)}  ${b.name}${b.value === null ? '' : `: ${b.value}${b.unit ?? ''}`}`

/** bench/results/<timestamp>.json, written whole (via a .tmp file, which git ignores). */
export function writeResults(report, startedAt) {
  const dir = 'bench/results'
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
  return file
}
