import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import './index.css'

async function boot() {
  // Mock mode serves /api from the API app inside the page; the real build leaves it out.
  if (import.meta.env.VITE_API_MODE !== 'real') {
    const { startMockApi } = await import('./mocks/browser.ts')
    await startMockApi()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void boot()
