import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ApiMode } from '@/lib/api-mode.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { createChangeQueue } from './lib/change-queue.ts'
import { followDemoChanges } from './lib/demo-changes.ts'
import { followEventStream } from './lib/event-stream.ts'

/**
 * Keeps what is on screen in step with other people's changes while `userId` is signed in:
 * the server's event stream in real mode, the other demo tabs in mock mode. A new user gets
 * a new stream, since the server filters events by who may see them.
 */
export function useLiveUpdates(mode: ApiMode, userId: string | undefined) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!userId) return
    const queue = createChangeQueue(queryClient)
    const stop =
      mode === 'real'
        ? followEventStream({
            onChange: queue.push,
            // Ended sessions end streams: ask who is signed in (the shell acts on the answer).
            onClosed: () => void queryClient.invalidateQueries({ queryKey: queryKeys.session }),
          })
        : followDemoChanges(queue.push)
    return () => {
      stop()
      queue.stop()
    }
  }, [queryClient, mode, userId])
}
