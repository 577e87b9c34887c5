import { Hono } from 'hono'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compressJson } from './compress-json.ts'

const big = {
  cards: Array.from({ length: 200 }, (_, index) => ({ id: `app-${index}`, name: 'Ada' })),
}

const app = new Hono()
app.use('*', compressJson())
app.get('/big', (c) => c.json(big))
app.get('/small', (c) => c.json({ ok: true }))
app.get('/problem', (c) =>
  c.body(JSON.stringify({ ...big, status: 422 }), 422, {
    'content-type': 'application/problem+json',
  }),
)
app.get('/events', (c) =>
  c.body('data: hello\n\n'.repeat(200), 200, { 'content-type': 'text/event-stream' }),
)

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} })

describe('compressJson', () => {
  it('gzips a large JSON answer for a client that takes gzip, and it unzips to the same JSON', async () => {
    const response = await get('/big', 'gzip, deflate, br')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.byteLength).toBeLessThan(JSON.stringify(big).length / 3)
    expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(big)
  })

  it('keeps the status and type of a problem', async () => {
    const response = await get('/problem', 'gzip')
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })

  it('leaves small answers, clients without gzip and event streams as they are', async () => {
    expect((await get('/small', 'gzip')).headers.get('content-encoding')).toBeNull()
    expect(await (await get('/small', 'gzip')).json()).toEqual({ ok: true })
    for (const header of [undefined, 'br', 'gzip;q=0, identity']) {
      const response = await get('/big', header)
      expect(response.headers.get('content-encoding')).toBeNull()
      expect(await response.json()).toEqual(big)
    }
    const events = await get('/events', 'gzip')
    expect(events.headers.get('content-encoding')).toBeNull()
    expect(await events.text()).toContain('data: hello')
  })
})
