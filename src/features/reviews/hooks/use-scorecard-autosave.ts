import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Scorecard, ScorecardContent } from '@contract/reviews.ts'
import { isApiError } from '@/lib/api-client.ts'
import { applicationReviewsQueryOptions } from '../api/get-application-reviews.ts'
import { useSaveScorecardDraft } from '../api/save-scorecard-draft.ts'
import { useSubmitScorecard } from '../api/submit-scorecard.ts'
import { clearLocalDraft, writeLocalDraft, type DraftKey } from '../lib/local-draft.ts'
import { ownScorecard, sameContent, submittedContent } from '../lib/scorecard-content.ts'

/** Wait this long after the last change before saving. */
export const AUTOSAVE_DELAY_MS = 1000
/** Retries after a failed save wait 2 s, 4 s, 8 s … up to this. */
const MAX_RETRY_DELAY_MS = 30_000

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'retrying'; message: string }
  | { state: 'conflict' }
  | { state: 'failed'; message: string }

/** The server's copy when a save found it changed elsewhere (e.g. in another tab). */
export type Conflict = {
  version: number
  content: ScorecardContent
  /** It was submitted elsewhere: taking it ends the editing. */
  submitted: boolean
}

export type SubmitResult =
  | { ok: true; scorecard: Scorecard }
  | { ok: false; fieldErrors: Record<string, string[]>; message?: string }

type Options = {
  draftKey: DraftKey
  initialContent: ScorecardContent
  initialVersion: number | null
  /** The content is the browser's unconfirmed copy: save it straight away. */
  restored: boolean
}

/** Network trouble, a busy or failing server: worth trying again by itself. */
const isTransient = (error: unknown) =>
  !isApiError(error) || [0, 408, 429].includes(error.status) || error.status >= 500

/**
 * The scorecard's working copy and its autosave. Every change is kept in this browser at once
 * and saved to the server a second after typing stops; one save is in flight at a time, each
 * based on the version the last one returned. A failed save keeps the text and retries with
 * back-off; a 409 (changed elsewhere) stops and lets the user choose which version to keep.
 */
export function useScorecardAutosave({
  draftKey,
  initialContent,
  initialVersion,
  restored,
}: Options) {
  const queryClient = useQueryClient()
  const saveDraft = useSaveScorecardDraft(draftKey.applicationId, draftKey.stageId)
  const submitMutation = useSubmitScorecard(draftKey.applicationId, draftKey.stageId)
  const [content, setContent] = useState(initialContent)
  const [status, setStatus] = useState<SaveStatus>({ state: restored ? 'saving' : 'idle' })
  const [conflict, setConflict] = useState<Conflict | null>(null)

  // The queue's state lives in refs: timers and responses read the latest, not a render's.
  const contentRef = useRef(initialContent)
  const versionRef = useRef(initialVersion)
  /** Counts changes; `savedRevision` is the last one the server confirmed. */
  const revisionRef = useRef(restored ? 1 : 0)
  const savedRevisionRef = useRef(0)
  const inFlightRef = useRef<Promise<void> | null>(null)
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const retryDelayRef = useRef(2000)
  /** Saving waits while a conflict is open, a submit is under way or after it succeeded. */
  const heldRef = useRef(false)
  /** The save loop calls itself again through this (a callback cannot name itself). */
  const runRef = useRef<() => Promise<void>>(() => Promise.resolve())
  const keyRef = useRef(draftKey)
  keyRef.current = draftKey

  const isDirty = () => revisionRef.current !== savedRevisionRef.current

  const keepLocal = () =>
    writeLocalDraft(keyRef.current, {
      content: contentRef.current,
      baseVersion: versionRef.current,
      changedAt: new Date().toISOString(),
    })

  const openConflict = useCallback(async () => {
    heldRef.current = true
    const reviews = await queryClient
      .fetchQuery({ ...applicationReviewsQueryOptions(keyRef.current.applicationId), staleTime: 0 })
      .catch(() => null)
    const own = reviews && ownScorecard(reviews, keyRef.current.userId, keyRef.current.stageId)
    const theirs = own?.draft ?? (own?.submitted ? submittedContent(own.submitted) : null)
    if (!own || !theirs || sameContent(theirs, contentRef.current)) {
      // Nothing to choose between (gone, or saying the same): carry on over the new version.
      versionRef.current = own?.version ?? null
      heldRef.current = false
      return false
    }
    setConflict({ version: own.version, content: theirs, submitted: own.draft === null })
    setStatus({ state: 'conflict' })
    return true
  }, [queryClient])

  const run = useCallback((): Promise<void> => {
    clearTimeout(timerRef.current)
    if (inFlightRef.current) return inFlightRef.current
    if (heldRef.current || !isDirty()) return Promise.resolve()
    const sent = revisionRef.current
    setStatus({ state: 'saving' })
    const request = saveDraft({ content: contentRef.current, expectedVersion: versionRef.current })
      .then(
        (scorecard) => {
          versionRef.current = scorecard.version
          savedRevisionRef.current = sent
          retryDelayRef.current = 2000
          if (isDirty()) {
            // Typed on while it saved: the copy now builds on the new version.
            keepLocal()
            return 'again' as const
          }
          clearLocalDraft(keyRef.current)
          setStatus({ state: 'saved' })
          return 'done' as const
        },
        async (error: unknown) => {
          if (isApiError(error, 409)) return (await openConflict()) ? 'done' : 'again'
          if (isTransient(error)) {
            const delay = retryDelayRef.current
            retryDelayRef.current = Math.min(delay * 2, MAX_RETRY_DELAY_MS)
            setStatus({ state: 'retrying', message: (error as Error).message })
            return delay
          }
          // 403, 404, 422: trying again will not help; the text stays in this browser.
          setStatus({ state: 'failed', message: (error as Error).message })
          return 'done' as const
        },
      )
      .then((next) => {
        inFlightRef.current = null
        // Through the ref: the callback must not capture itself.
        if (next === 'again') void runRef.current()
        else if (typeof next === 'number') {
          timerRef.current = setTimeout(() => void runRef.current(), next)
        }
      })
    inFlightRef.current = request
    return request
  }, [saveDraft, openConflict])
  runRef.current = run

  const change = useCallback(
    (update: (current: ScorecardContent) => ScorecardContent) => {
      contentRef.current = update(contentRef.current)
      revisionRef.current += 1
      setContent(contentRef.current)
      keepLocal()
      if (heldRef.current) return
      setStatus((current) => (current.state === 'retrying' ? current : { state: 'saving' }))
      clearTimeout(timerRef.current)
      // While a retry waits, its timer is the schedule: typing does not hammer a failing server.
      timerRef.current = setTimeout(() => void run(), AUTOSAVE_DELAY_MS)
    },
    [run],
  )

  /** Overwrite the other version with the user's (based on its version number). */
  const keepMine = useCallback(() => {
    if (!conflict) return
    versionRef.current = conflict.version
    heldRef.current = false
    setConflict(null)
    void run()
  }, [conflict, run])

  /** Drop the user's changes for the other version. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return
    versionRef.current = conflict.version
    contentRef.current = conflict.content
    savedRevisionRef.current = revisionRef.current
    clearLocalDraft(keyRef.current)
    setContent(conflict.content)
    setConflict(null)
    setStatus({ state: 'saved' })
    // Taking a submission leaves nothing to edit; the page shows it read-only.
    heldRef.current = conflict.submitted
  }, [conflict])

  /** Submits the current content once the save in flight (if any) has landed. */
  const submit = useCallback(async (): Promise<SubmitResult> => {
    heldRef.current = true
    clearTimeout(timerRef.current)
    await inFlightRef.current
    for (let attempt = 1; ; attempt += 1) {
      try {
        const scorecard = await submitMutation.mutateAsync({
          content: contentRef.current,
          expectedVersion: versionRef.current,
        })
        versionRef.current = scorecard.version
        savedRevisionRef.current = revisionRef.current
        clearLocalDraft(keyRef.current)
        setStatus({ state: 'idle' })
        return { ok: true, scorecard }
      } catch (error) {
        // Stale, but saying the same (openConflict took the new version): submit again.
        if (isApiError(error, 409) && !(await openConflict()) && attempt < 3) {
          heldRef.current = true
          continue
        }
        if (!isApiError(error, 409)) heldRef.current = false
        if (isDirty() && !heldRef.current) void run()
        return {
          ok: false,
          fieldErrors: isApiError(error, 422) ? error.fieldErrors : {},
          message: (error as Error).message,
        }
      }
    }
  }, [submitMutation, openConflict, run])

  useEffect(() => {
    // Restored changes go to the server at once.
    if (restored) void run()
    // Back online: no need to wait for the next retry.
    const handleOnline = () => {
      retryDelayRef.current = 2000
      void run()
    }
    window.addEventListener('online', handleOnline)
    return () => {
      window.removeEventListener('online', handleOnline)
      clearTimeout(timerRef.current)
      // Leaving within the debounce: send what is pending (the local copy covers a failure).
      if (isDirty() && !heldRef.current && !inFlightRef.current) {
        void saveDraft({ content: contentRef.current, expectedVersion: versionRef.current })
          .then(() => clearLocalDraft(keyRef.current))
          .catch(() => undefined)
      }
    }
    // Mount and unmount only: the queue's state is in refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return {
    content,
    change,
    status,
    conflict,
    keepMine,
    takeTheirs,
    submit,
    isSubmitting: submitMutation.isPending,
  }
}
