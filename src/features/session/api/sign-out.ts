import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import { api } from '@/lib/api-client.ts'

/**
 * Ends the session. `leave` takes the user off the signed-in pages first; only then is the
 * cache emptied, so nothing on screen refetches (and fails) on the way out.
 */
export function useSignOut(leave: () => void | Promise<void>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<void>(apiPaths.session(), { method: 'DELETE' }),
    onSuccess: async () => {
      await leave()
      queryClient.clear()
    },
  })
}
