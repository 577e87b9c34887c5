import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { SetInterviewersRequest } from '@contract/applications.ts'
import type { Actor } from '@contract/common.ts'
import { api } from '@/lib/api-client.ts'
import { applicationQueryOptions } from './get-application.ts'

type InterviewerList = { interviewers: Actor[] }

/** Replaces who interviews an application; the profile shows the API's answer. */
export function useSetInterviewers(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: SetInterviewersRequest) =>
      api<InterviewerList>(apiPaths.interviewers(applicationId), {
        method: 'PUT',
        body: request,
      }),
    onSuccess: ({ interviewers }) =>
      queryClient.setQueryData(
        applicationQueryOptions(applicationId).queryKey,
        (detail) => detail && { ...detail, interviewers },
      ),
  })
}
