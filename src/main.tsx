import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, createApp } from './app/app.tsx'
import './index.css'

/** Lets the browser paint or answer input between two pieces of start-up work. */
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0))

async function boot() {
  // Mock mode serves /api from the API app inside the page; the real build leaves it out.
  if (import.meta.env.VITE_API_MODE !== 'real') {
    const { startMockApi } = await import('./mocks/browser.ts')
    await startMockApi()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  // Start-up in separate tasks, none long enough to keep a key or a tap waiting: loading the
  // modules, starting the first route (its code and data begin to load), rendering.
  await yieldToBrowser()
  const app = createApp()
  await yieldToBrowser()
  // The first render is a transition: React yields to the browser every few milliseconds
  // instead of holding the main thread until the whole board is built.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App {...app} />
      </StrictMode>,
    ),
  )
}

void boot()
