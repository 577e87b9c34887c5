// The API's board and move endpoints timed from Node: sequential requests (one in flight),
// each timed from fetch() to the whole body read, so the figure is the server's latency plus
// loopback, without queueing.
import { CSRF } from './server.mjs'

const JOB = 'senior-go-engineer'
const WARMUP = 5

export async function measureApi(server, cookie, requests) {
  const api = (path, init = {}) =>
    fetch(server.base + path, {
      ...init,
      headers: { cookie, ...CSRF, 'content-type': 'application/json', ...init.headers },
    })
  // The SPA's own board request (closed=hide: rejected and withdrawn hidden).
  const boardPath = `/api/jobs/${JOB}/board?closed=hide`

  const board = []
  let bytes = 0
  for (let index = 0; index < WARMUP + requests; index++) {
    const started = performance.now()
    const response = await api(boardPath)
    const body = await response.text()
    const elapsed = performance.now() - started
    if (!response.ok) throw new Error(`board GET: ${response.status} ${body.slice(0, 200)}`)
    if (index >= WARMUP) board.push(elapsed)
    bytes = body.length
  }

  // Moves ping-pong the first cards of the first column between the first two stages, each
  // carrying the version the previous answer returned, so none is refused as stale.
  const { columns } = JSON.parse(await (await api(boardPath)).text())
  const [first, second] = columns
  const cards = first.cards.slice(0, 25).map((card) => ({ ...card }))
  if (cards.length === 0) throw new Error('no cards to move')
  const move = []
  let refused = 0
  for (let index = 0; index < WARMUP + requests; index++) {
    const card = cards[index % cards.length]
    const toStageId = card.stageId === first.stageId ? second.stageId : first.stageId
    const started = performance.now()
    const response = await api(`/api/applications/${card.id}/move`, {
      method: 'POST',
      body: JSON.stringify({ toStageId, position: 'start', expectedVersion: card.version }),
    })
    const body = await response.text()
    const elapsed = performance.now() - started
    if (!response.ok) {
      refused += 1
      continue
    }
    const moved = JSON.parse(body)
    Object.assign(card, { stageId: moved.stageId, version: moved.version })
    if (index >= WARMUP) move.push(elapsed)
  }
  if (refused > 0) throw new Error(`${refused} moves refused`)
  return { board, move, boardBytes: bytes }
}
