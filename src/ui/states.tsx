import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { Button } from './button.tsx'

export function ErrorState({
  title,
  detail,
  onRetry,
}: {
  title: string
  detail?: string
  onRetry?: () => void
}) {
  return (
    <div
      role="alert"
      className="border-line bg-surface mx-auto my-12 max-w-md rounded-xl border p-6 text-center"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {detail && <p className="text-muted mt-1 text-sm">{detail}</p>}
      {onRetry && (
        <Button variant="primary" className="mt-4" onClick={onRetry}>
          Retry
        </Button>
      )}
    </div>
  )
}

export function NotFoundState({
  title = 'Page not found',
  children,
}: {
  title?: string
  children?: ReactNode
}) {
  return (
    <div className="border-line bg-surface mx-auto my-12 max-w-md rounded-xl border p-6 text-center">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-muted mt-1 text-sm">{children ?? 'There is nothing at this address.'}</p>
      <Link
        to="/jobs"
        className="text-brand-strong mt-4 inline-block text-sm font-medium underline"
      >
        See all openings
      </Link>
    </div>
  )
}

/** The page before the first route has loaded. */
export function AppLoading() {
  return (
    <p role="status" className="text-muted p-6 text-sm">
      Loading Hirelane…
    </p>
  )
}
