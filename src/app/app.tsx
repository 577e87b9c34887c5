import { RouterProvider } from 'react-router-dom'
import { Providers } from './providers.tsx'
import { createQueryClient } from './query-client.ts'
import { createRouter } from './router.tsx'
import { redirectToSignIn } from './session-routing.ts'

/**
 * The query cache and the router. Creating the router starts the first route: its code and
 * data begin to load at once, before React renders anything.
 */
export function createApp() {
  const queryClient = createQueryClient({ onUnauthorized: () => redirectToSignIn(router) })
  const router = createRouter(queryClient)
  return { queryClient, router }
}

type Props = ReturnType<typeof createApp>

export function App({ queryClient, router }: Props) {
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  )
}
