import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { createQueryClient } from '@/app/query-client.ts'
import { createRoutes } from '@/app/router.tsx'
import { redirectToSignIn } from '@/app/session-routing.ts'

/** The app's query client (with its 401 handling), without retries or background refetches. */
export function createTestQueryClient(onUnauthorized?: () => void) {
  const queryClient = createQueryClient({ onUnauthorized })
  queryClient.setDefaultOptions({
    queries: { retry: false, staleTime: Infinity },
    mutations: { retry: false },
  })
  return queryClient
}

/** Renders the whole app at `path`, as a user would open it, over the mocked API. */
export function renderApp(path: string) {
  const queryClient = createTestQueryClient(() => redirectToSignIn(router))
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, user, router, queryClient }
}
