import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { isApiError } from '@/lib/api-client.ts'
import { ErrorBoundary } from './error-boundary.tsx'
import { ErrorState, NotFoundState } from './states.tsx'

type Props = {
  /** Shown while the queries inside suspend. */
  loading: ReactNode
  /** Shown for a 404; defaults to a plain not-found message. */
  notFound?: ReactNode
  children: ReactNode
}

/** Loading, not-found and error-with-Retry for the suspense queries inside. */
export function QueryBoundary({ loading, notFound, children }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          fallback={(error, retry) =>
            isApiError(error, 404) ? (
              (notFound ?? <NotFoundState />)
            ) : (
              <ErrorState
                title="Something went wrong"
                detail={error instanceof Error ? error.message : undefined}
                onRetry={() => {
                  reset()
                  retry()
                }}
              />
            )
          }
        >
          <Suspense fallback={loading}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
