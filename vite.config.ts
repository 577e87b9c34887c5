import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Writes `.br` and `.gz` beside every script, style sheet and HTML file of a client build, so
 * the Node server sends them compressed at no cost per request (serveStatic `precompressed`).
 */
function precompress(): Plugin {
  return {
    name: 'hirelane:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist'
      const files = Object.values(bundle).filter((file) =>
        /\.(js|css|html|svg)$/.test(file.fileName),
      )
      await Promise.all(
        files.map(async (file) => {
          const source = file.type === 'chunk' ? file.code : file.source
          const path = join(outDir, file.fileName)
          await writeFile(`${path}.gz`, gzipSync(source, { level: 9 }))
          await writeFile(
            `${path}.br`,
            brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          )
        }),
      )
    },
  }
}

/**
 * Marks the app's scripts low-priority fetches. Nothing on the first paint needs them (the
 * page paints its header from HTML and CSS alone), and module scripts default to high
 * priority, which makes them compete with the style sheet for the first bytes.
 */
function scriptsAfterStyles(): Plugin {
  return {
    name: 'hirelane:scripts-after-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<(script type="module"|link rel="modulepreload")/g,
          '<$1 fetchpriority="low"',
        ),
    },
  }
}

/**
 * Preloads the board's code with the app's: the board is where people land, and its code
 * would otherwise be asked for only once the app's scripts had run and the router had
 * matched the address (a round trip later).
 */
function preloadBoard(): Plugin {
  return {
    name: 'hirelane:preload-board',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const chunks = Object.values(bundle ?? {}).filter((file) => file.type === 'chunk')
        const board = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/app/routes/board.tsx'),
        )
        const entry = chunks.find((chunk) => chunk.isEntry)
        if (!board || !entry) return []
        // Vite preloads the entry and what it imports already.
        const loaded = new Set([entry.fileName, ...entry.imports])
        const files = [board.fileName, ...board.imports].filter((file) => !loaded.has(file))
        return files.map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            fetchpriority: 'low',
            crossorigin: true,
            href: `/${file}`,
          },
          injectTo: 'head',
        }))
      },
    },
  }
}

export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    ...(isSsrBuild ? [] : [scriptsAfterStyles(), preloadBoard(), precompress()]),
  ],
  resolve: {
    alias: {
      '@/': dir('./src/'),
      '@contract/': dir('./contract/'),
      '@server/': dir('./server/'),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // `npm run dev:real`: the SPA from Vite, /api from the Node server (`npm start`).
    proxy: mode === 'real' ? { '/api': 'http://127.0.0.1:3000' } : undefined,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  // The server bundle (`--ssr server/main.ts`) needs none of the SPA's public files.
  build: {
    sourcemap: true,
    copyPublicDir: !isSsrBuild,
    // zod in a chunk of its own: only the forms need it, and the shared chunk every page
    // loads would otherwise carry it (~10 KiB gz on the board's budget).
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }] },
          },
        },
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        // The contract's rules and the API app: plain Node, no DOM, no mock server.
        extends: true,
        test: { name: 'api', environment: 'node', include: ['{contract,server}/**/*.test.ts'] },
      },
      {
        // The SPA, rendered in jsdom over MSW forwarding to the API app.
        extends: true,
        test: {
          name: 'spa',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
}))
