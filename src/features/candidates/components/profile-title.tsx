import { useQuery } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-client.ts'
import { applicationQueryOptions } from '../api/get-application.ts'

/** The profile panel's title; it never suspends, so the panel frame shows at once. */
export function ProfileTitle({ applicationId }: { applicationId: string }) {
  const { data, error } = useQuery(applicationQueryOptions(applicationId))
  if (data) return <>{data.candidate.name}</>
  if (isApiError(error, 404)) return <>Candidate not found</>
  return <>Candidate profile</>
}

export function ProfileSubtitle({ applicationId }: { applicationId: string }) {
  const { data } = useQuery(applicationQueryOptions(applicationId))
  const { currentTitle, currentCompany } = data?.candidate ?? {}
  return <>{[currentTitle, currentCompany].filter(Boolean).join(' at ')}</>
}
