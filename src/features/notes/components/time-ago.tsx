import { formatDateTime, formatRelative } from '@/lib/format.ts'

/** When something happened: how long ago, then the date and time, for people and machines. */
export function TimeAgo({ at }: { at: string }) {
  return (
    <time dateTime={at}>
      {formatRelative(at)} <span className="text-muted">({formatDateTime(at)})</span>
    </time>
  )
}
