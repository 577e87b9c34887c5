/** Fixed lists the API accepts, with the labels people see. */

export const SOURCES = [
  'careers-page',
  'referral',
  'linkedin',
  'github-outreach',
  'meetup',
  'agency',
  'job-board',
] as const
export type Source = (typeof SOURCES)[number]

export const SOURCE_LABELS: Record<Source, string> = {
  'careers-page': 'Careers page',
  referral: 'Employee referral',
  linkedin: 'LinkedIn',
  'github-outreach': 'GitHub outreach',
  meetup: 'Go meetup or conference',
  agency: 'Agency',
  'job-board': 'Job board',
}

/** For tight spaces such as board cards, next to the full label for screen readers. */
export const SOURCE_SHORT_LABELS: Record<Source, string> = {
  'careers-page': 'Careers',
  referral: 'Referral',
  linkedin: 'LinkedIn',
  'github-outreach': 'GitHub',
  meetup: 'Meetup',
  agency: 'Agency',
  'job-board': 'Job board',
}

export const REJECTION_REASONS = [
  'experience',
  'skills',
  'interview',
  'compensation',
  'location',
  'position-filled',
  'unresponsive',
  'duplicate',
  'other',
] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  experience: 'Not enough backend or Go experience',
  skills: 'Missing must-have skills',
  interview: 'Interview performance',
  compensation: 'Compensation expectations',
  location: 'Location or work authorization',
  'position-filled': 'Position filled',
  unresponsive: 'Candidate unresponsive',
  duplicate: 'Duplicate application',
  other: 'Other',
}

export const APPLICATION_STATUSES = ['active', 'rejected', 'withdrawn', 'hired'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/** Scorecard ratings: 1 strong no … 4 strong yes, or no evidence either way. */
export const RATINGS = [1, 2, 3, 4, 'no_evidence'] as const
export type Rating = (typeof RATINGS)[number]

export const RATING_LABELS: Record<`${Rating}`, string> = {
  '1': 'Strong no',
  '2': 'No',
  '3': 'Yes',
  '4': 'Strong yes',
  no_evidence: 'No evidence',
}

/** A scorecard's overall call: deliberately without a neutral option. */
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const
export type Recommendation = (typeof RECOMMENDATIONS)[number]

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
}

/** What a hiring manager decides about an application. */
export const DECISIONS = ['advance', 'reject', 'offer', 'hire'] as const
export type Decision = (typeof DECISIONS)[number]

export const DECISION_LABELS: Record<Decision, string> = {
  advance: 'Advance',
  reject: 'Reject',
  offer: 'Make offer',
  hire: 'Mark hired',
}
