import * as z from 'zod/mini'
import { ScorecardContent } from '@contract/reviews.ts'

/**
 * The browser's copy of a scorecard the server has not confirmed yet: written on every
 * change, removed once a save of exactly that content succeeds. It survives a reload, a
 * closed tab and a failed request; `baseVersion` is the server version it was based on.
 */
const LocalDraft = z.object({
  content: ScorecardContent,
  baseVersion: z.nullable(z.int()),
  /** When the user last changed it (this browser's clock). */
  changedAt: z.string(),
})
export type LocalDraft = z.infer<typeof LocalDraft>

export type DraftKey = { userId: string; applicationId: string; stageId: string }

const storageKey = ({ userId, applicationId, stageId }: DraftKey) =>
  `hirelane:scorecard:${userId}:${applicationId}:${stageId}`

export function readLocalDraft(key: DraftKey): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(key))
    if (raw === null) return null
    const parsed = LocalDraft.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeLocalDraft(key: DraftKey, draft: LocalDraft) {
  try {
    window.localStorage.setItem(storageKey(key), JSON.stringify(draft))
  } catch {
    // Storage full or disabled (private mode): the server copy is all there is.
  }
}

export function clearLocalDraft(key: DraftKey) {
  try {
    window.localStorage.removeItem(storageKey(key))
  } catch {
    // As above: nothing to clear.
  }
}
