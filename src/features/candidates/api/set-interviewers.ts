import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { Assignment, SetInterviewersRequest } from '@contract/applications.ts'
import type { Actor } from '@contract/common.ts'
import { api } from '@/lib/api-client.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { applicationQueryOptions } from './get-application.ts'

type InterviewerList = { interviewers: Actor[]; assignments: Assignment[] }

/** Replaces who interviews an application; the profile shows the API's answer. */
export function useSetInterviewers(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: SetInterviewersRequest) =>
      api<InterviewerList>(apiPaths.interviewers(applicationId), {
        method: 'PUT',
        body: request,
      }),
    onSuccess: ({ interviewers, assignments }) => {
      queryClient.setQueryData(
        applicationQueryOptions(applicationId).queryKey,
        (detail) => detail && { ...detail, interviewers, assignments },
      )
      // Who owes a scorecard changed: the review matrix, My reviews, the card's review line
      // and the timeline follow (this tab skips its own change in the event stream).
      for (const queryKey of [
        queryKeys.reviews(applicationId),
        queryKeys.myReviews,
        queryKeys.boards.all,
        queryKeys.activity.detail(applicationId),
      ]) {
        void queryClient.invalidateQueries({ queryKey })
      }
    },
  })
}
