/**
 * What the event stream reports, as plain values: the SPA reads events on every page, and
 * this keeps the schema library out of the code every page loads (events.ts has the schema).
 */
export const CHANGE_KINDS = [
  'application.created',
  'application.changed',
  /** A scorecard was submitted or amended (sent only to those the blind rule lets see it). */
  'scorecard.submitted',
  /** A note was added (mentioned users refetch their notifications). */
  'note.created',
  'plan.changed',
  'data.reset',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/**
 * Mock mode has no server to stream events: the demo's tabs tell each other through a
 * BroadcastChannel, and the mock then dispatches this on `window` for the SPA to refetch.
 */
export const DEMO_CHANGE_EVENT = 'hirelane:demo-change'
