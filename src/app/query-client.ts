import { MutationCache, notifyManager, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-client.ts'

// Cache changes reach components in a microtask, not a later timer task: an optimistic move
// then renders in the same task as the key press or drop, instead of after a frame painted
// with the card still in its old place.
notifyManager.setScheduler(queueMicrotask)

type Options = {
  /** Called on any 401 from a query or a mutation: the session has ended. */
  onUnauthorized?: () => void
}

export function createQueryClient({ onUnauthorized }: Options = {}) {
  const handleError = (error: unknown) => {
    if (isApiError(error, 401)) onUnauthorized?.()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will answer the same way again; only network and server faults are retried.
        retry: (failures, error) =>
          failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  })
}
