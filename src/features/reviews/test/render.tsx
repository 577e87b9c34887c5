import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { MemoryRouter } from 'react-router-dom'
import { LiveRegion } from '@/ui/live-region.tsx'
import { Toaster } from '@/ui/toast.tsx'

/** Renders one review component with a fresh query client, a router and the live region. */
export function renderWithClient(ui: ReactElement) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        {ui}
        <LiveRegion />
        <Toaster />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return { ...view, user, queryClient }
}
