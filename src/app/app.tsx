import { useState } from 'react'
import { RouterProvider } from 'react-router-dom'
import { Providers } from './providers.tsx'
import { createQueryClient } from './query-client.ts'
import { createRouter } from './router.tsx'
import { redirectToSignIn } from './session-routing.ts'

function createApp() {
  const queryClient = createQueryClient({ onUnauthorized: () => redirectToSignIn(router) })
  const router = createRouter(queryClient)
  return { queryClient, router }
}

export function App() {
  const [{ queryClient, router }] = useState(createApp)
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  )
}
