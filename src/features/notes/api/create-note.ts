import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { CreateNoteRequest, Note } from '@contract/notes.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'

/** Adds a note; the timeline (which lists the notes) refreshes after. */
export function useCreateNote(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateNoteRequest) =>
      api<Note>(apiPaths.notes(applicationId), { method: 'POST', body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.activity.detail(applicationId) }),
        // Someone may mention themselves.
        queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
      ]),
  })
}
