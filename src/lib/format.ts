import type { UserRole } from '@contract/common.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from `iso` to `now`, never negative. */
export function daysSince(iso: string, now = Date.now()) {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS))
}

export function formatDays(days: number) {
  return days === 1 ? '1 day' : `${days} days`
}

export function formatYears(years: number) {
  return years === 1 ? '1 year' : `${years} years`
}

// The first Intl formatter a page builds loads the locale's data, which takes tens of
// milliseconds of start-up on a phone; the board shows no dates, so each is built on first use.
function onFirstUse<T>(create: () => T) {
  let value: T | undefined
  return () => (value ??= create())
}

const dateFormat = onFirstUse(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
)
const dateTimeFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
)

export const formatDate = (iso: string) => dateFormat().format(new Date(iso))
export const formatDateTime = (iso: string) => dateTimeFormat().format(new Date(iso))

const relativeFormat = onFirstUse(() => new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }))
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY_MS],
  ['month', 30 * DAY_MS],
  ['week', 7 * DAY_MS],
  ['day', DAY_MS],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
]

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago": how long ago `iso` was. */
export function formatRelative(iso: string, now = Date.now()) {
  const elapsed = now - Date.parse(iso)
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(elapsed) >= size) return relativeFormat().format(-Math.trunc(elapsed / size), unit)
  }
  return 'just now'
}

const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
}

export const formatRole = (role: UserRole) => ROLE_LABELS[role]
