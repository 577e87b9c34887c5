import type { Competency, Scorecard, ScorecardContent } from '@contract/reviews.ts'
import type { LocalDraft } from './local-draft.ts'
import { contentFor, sameContent, submittedContent } from './scorecard-content.ts'

export type StartingPoint =
  /** The scorecard is submitted and no amendment is under way: show it read-only. */
  | { mode: 'view' }
  | {
      mode: 'edit'
      content: ScorecardContent
      /** The server version to save over (null: the scorecard does not exist yet). */
      version: number | null
      /** The browser's unconfirmed copy was newer than the server's and is shown. */
      restored: boolean
    }

/**
 * Where the form starts: the server's scorecard, unless this browser holds changes the
 * server never confirmed that are newer than it. Restored changes keep the version they were
 * based on, so if the server moved on meanwhile (another tab saved) the next save meets a
 * 409 and the user chooses, instead of either side being dropped silently.
 */
export function startingPoint(
  own: Scorecard | undefined,
  local: LocalDraft | null,
  competencies: readonly Competency[],
): StartingPoint {
  const server = own?.draft ?? (own?.submitted ? submittedContent(own.submitted) : null)
  if (local && isNewer(local, own) && !(server && sameContent(local.content, server))) {
    return {
      mode: 'edit',
      content: contentFor(competencies, local.content),
      // Without a scorecard on the server (e.g. the demo was reset) the copy creates one.
      version: own ? local.baseVersion : null,
      restored: true,
    }
  }
  if (own?.draft)
    return {
      mode: 'edit',
      content: contentFor(competencies, own.draft),
      version: own.version,
      restored: false,
    }
  if (own?.submitted) return { mode: 'view' }
  return { mode: 'edit', content: contentFor(competencies), version: null, restored: false }
}

function isNewer(local: LocalDraft, own: Scorecard | undefined) {
  if (!own || local.baseVersion === own.version) return true
  // A submission is final: changes older than it are not brought back over it.
  if (!own.draft) return false
  return Date.parse(local.changedAt) > Date.parse(own.updatedAt)
}
