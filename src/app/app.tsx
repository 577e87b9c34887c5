import { useState } from 'react'
import { RouterProvider } from 'react-router-dom'
import { Providers } from './providers.tsx'
import { createQueryClient } from './query-client.ts'
import { createRouter } from './router.tsx'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createRouter(queryClient))
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  )
}
