import { isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { isApiError } from '@/lib/api-client.ts'
import { ErrorState, NotFoundState } from '@/ui/states.tsx'

export function RouteError() {
  const error = useRouteError()
  if ((isRouteErrorResponse(error) && error.status === 404) || isApiError(error, 404))
    return <NotFoundState />
  return (
    <ErrorState
      title="Something went wrong"
      detail={error instanceof Error ? error.message : undefined}
      onRetry={() => window.location.reload()}
    />
  )
}
