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

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

export const formatDate = (iso: string) => dateFormat.format(new Date(iso))
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso))

const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
}

export const formatRole = (role: UserRole) => ROLE_LABELS[role]
