import { Hono } from 'hono'
import type { AppEnv } from '../http/env.ts'
import { openApiDocument } from '../openapi.ts'
import type { Store } from '../store/store.ts'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A readable reference page for people, from the same document tools read. */
function referencePage(doc: ReturnType<typeof openApiDocument>) {
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const op = raw as { summary: string; requestBody?: unknown; responses: object }
      const json = (value: unknown) => escapeHtml(JSON.stringify(value, null, 2))
      return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary)}</p>
${op.requestBody ? `<details><summary>Request body</summary><pre>${json(op.requestBody)}</pre></details>` : ''}
<details><summary>Responses: ${Object.keys(op.responses).join(', ')}</summary><pre>${json(op.responses)}</pre></details></section>`
    }),
  )
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hirelane API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1c1d21}
h2{font-size:1rem;margin:1.5rem 0 .25rem}pre{background:#f4f5f7;padding:.75rem;overflow:auto;font-size:12px}
section{border-top:1px solid #e3e5ea}</style></head><body><main>
<h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p>
<p>Machine-readable: <a href="openapi.json">openapi.json</a></p>${sections.join('\n')}</main></body></html>`
}

/** Open to all: health (for load balancers and people) and the API's description. */
export function systemRoutes(store: Store) {
  const doc = openApiDocument()
  const page = referencePage(doc)
  return new Hono<AppEnv>()
    .get('/health', async (c) => {
      const up = await store.ping().catch(() => false)
      return c.json(
        { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' },
        up ? 200 : 503,
      )
    })
    .get('/openapi.json', (c) => c.json(doc))
    .get('/docs', (c) => c.html(page))
}
