import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import { api } from '@/lib/api-client.ts'
import { resetDataQueries } from '@/lib/reset-queries.ts'

/** Puts the demo's seed data back; everything cached is refetched. */
export function useResetDemo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api<void>(apiPaths.demoReset(), { method: 'POST' }),
    onSuccess: () => resetDataQueries(queryClient),
  })
}
