import { useId, useState, type FormEvent } from 'react'
import type { Competency, Scorecard, ScorecardContent } from '@contract/reviews.ts'
import { submitErrors } from '@contract/rules/reviews.ts'
import { announce } from '@/ui/live-region.tsx'
import { Button } from '@/ui/button.tsx'
import { Textarea } from '@/ui/field.tsx'
import { useScorecardAutosave } from '../hooks/use-scorecard-autosave.ts'
import type { DraftKey } from '../lib/local-draft.ts'
import {
  fieldIdFor,
  withRating,
  withRecommendation,
  withSummary,
} from '../lib/scorecard-content.ts'
import { ConflictNotice } from './conflict-notice.tsx'
import { ErrorSummary, type FieldProblem } from './error-summary.tsx'
import { RatingGroup } from './rating-group.tsx'
import { RecommendationGroup } from './recommendation-group.tsx'
import { SaveStatusText } from './save-status.tsx'

type Props = {
  draftKey: DraftKey
  competencies: readonly Competency[]
  initialContent: ScorecardContent
  initialVersion: number | null
  restored: boolean
  /** An amendment of a submitted scorecard (others still see the submission meanwhile). */
  amending: boolean
  onSubmitted: (scorecard: Scorecard) => void
  /** The user chose a version submitted elsewhere: nothing is left to edit. */
  onShowSubmitted: () => void
}

/** The scorecard being written: saved as the user types, validated and sent on submit. */
export function ScorecardForm({
  draftKey,
  competencies,
  initialContent,
  initialVersion,
  restored,
  amending,
  onSubmitted,
  onShowSubmitted,
}: Props) {
  const draft = useScorecardAutosave({ draftKey, initialContent, initialVersion, restored })
  const { content } = draft
  /** Errors show once a submit was tried, then follow the content as the user fixes them. */
  const [tried, setTried] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({})
  const [submitError, setSubmitError] = useState<string>()

  const errors = { ...(tried ? submitErrors(content, competencies) : {}), ...serverErrors }
  const problems = orderedProblems(errors, competencies)
  const errorAt = (path: string) => errors[path]?.[0]

  const change = (update: (current: ScorecardContent) => ScorecardContent, path: string) => {
    if (serverErrors[path]) {
      setServerErrors(({ [path]: _fixed, ...rest }) => rest)
    }
    draft.change(update)
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (draft.isSubmitting) return
    setTried(true)
    setSubmitError(undefined)
    const invalid = orderedProblems(submitErrors(content, competencies), competencies)
    if (invalid[0]) {
      focusField(invalid[0].path)
      return
    }
    const result = await draft.submit()
    if (result.ok) {
      announce('Scorecard submitted')
      onSubmitted(result.scorecard)
      return
    }
    setServerErrors(result.fieldErrors)
    const [first] = orderedProblems(result.fieldErrors, competencies)
    if (first) focusField(first.path)
    else if (!draft.conflict) setSubmitError(result.message)
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-5" aria-label="Scorecard">
      {draft.conflict && (
        <ConflictNotice
          conflict={draft.conflict}
          competencies={competencies}
          onKeepMine={draft.keepMine}
          onTakeTheirs={() => {
            const submitted = draft.conflict?.submitted
            draft.takeTheirs()
            if (submitted) onShowSubmitted()
          }}
        />
      )}
      {restored && (
        <p className="bg-warning-soft rounded-lg p-3 text-sm">
          Restored changes kept in this browser that had not reached the server yet.
        </p>
      )}
      {amending && (
        <p className="bg-brand-soft rounded-lg p-3 text-sm">
          You are amending your submitted scorecard. Others see the submitted version until you
          submit again; the earlier one stays in its history.
        </p>
      )}
      <ErrorSummary problems={problems} />

      {competencies.length === 0 ? (
        <p className="text-muted text-sm">
          The interview plan names no competencies for this stage: give your overall recommendation
          and a summary.
        </p>
      ) : (
        competencies.map((competency) => (
          <RatingGroup
            key={competency.key}
            competency={competency}
            value={content.ratings[competency.key] ?? { rating: null, note: '' }}
            ratingError={errorAt(`content.ratings.${competency.key}.rating`)}
            noteError={errorAt(`content.ratings.${competency.key}.note`)}
            onChange={(rating) =>
              change(
                (current) => withRating(current, competency.key, rating),
                `content.ratings.${competency.key}.${'note' in rating ? 'note' : 'rating'}`,
              )
            }
          />
        ))
      )}

      <RecommendationGroup
        value={content.recommendation}
        error={errorAt('content.recommendation')}
        onChange={(recommendation) =>
          change((current) => withRecommendation(current, recommendation), 'content.recommendation')
        }
      />

      <SummaryField
        value={content.summary}
        error={errorAt('content.summary')}
        onChange={(summary) =>
          change((current) => withSummary(current, summary), 'content.summary')
        }
      />

      <div className="border-line flex flex-wrap items-center gap-4 border-t pt-4">
        <Button type="submit" variant="primary" disabled={draft.isSubmitting}>
          {draft.isSubmitting ? 'Submitting…' : amending ? 'Submit amendment' : 'Submit scorecard'}
        </Button>
        <SaveStatusText status={draft.status} />
      </div>
      {submitError && (
        <p role="alert" className="text-danger-strong text-sm font-medium">
          Could not submit: {submitError}
        </p>
      )}
    </form>
  )
}

/** Field errors in the order the form shows the fields, then any others. */
function orderedProblems(
  errors: Record<string, string[]>,
  competencies: readonly Competency[],
): FieldProblem[] {
  const order = [
    ...competencies.flatMap(({ key }) => [
      `content.ratings.${key}.rating`,
      `content.ratings.${key}.note`,
    ]),
    'content.recommendation',
    'content.summary',
  ]
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length)
  return Object.entries(errors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([path, messages]) => ({ path, message: messages[0] ?? '' }))
}

const focusField = (path: string) => document.getElementById(fieldIdFor(path))?.focus()

/** The summary, with the id the error summary links to (the shared Field picks its own). */
function SummaryField({
  value,
  error,
  onChange,
}: {
  value: string
  error: string | undefined
  onChange: (summary: string) => void
}) {
  const id = fieldIdFor('content.summary')
  const hintId = useId()
  const errorId = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Summary
      </label>
      <p id={hintId} className="text-muted text-xs">
        Your overall impression and the reasons for your recommendation.
      </p>
      <Textarea
        id={id}
        value={value}
        maxLength={8000}
        className="min-h-32"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="text-danger-strong text-xs font-medium">
          {error}
        </p>
      )}
    </div>
  )
}
