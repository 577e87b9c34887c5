import { useId } from 'react'
import { RATING_LABELS, RATINGS } from '@contract/catalog.ts'
import type { Competency, CompetencyRating } from '@contract/reviews.ts'
import { Textarea } from '@/ui/field.tsx'
import { fieldIdFor, parseRating, ratingValue } from '../lib/scorecard-content.ts'
import { ChoiceGroup } from './choice-group.tsx'

type Props = {
  competency: Competency
  value: CompetencyRating
  ratingError?: string | undefined
  noteError?: string | undefined
  onChange: (change: Partial<CompetencyRating>) => void
}

const OPTIONS = RATINGS.map((rating) => ({
  value: String(rating),
  // The scale's number stays in the name: interviewers talk about "a 3".
  label: rating === 'no_evidence' ? RATING_LABELS[rating] : `${rating} ${RATING_LABELS[rating]}`,
}))

/** One planned competency: a 1–4 rating (or no evidence) and the evidence behind it. */
export function RatingGroup({ competency, value, ratingError, noteError, onChange }: Props) {
  const noteId = useId()
  const ratingPath = `content.ratings.${competency.key}.rating`
  const notePath = `content.ratings.${competency.key}.note`
  return (
    <ChoiceGroup
      legend={competency.name}
      name={`rating-${competency.key}`}
      options={OPTIONS}
      value={ratingValue(value.rating)}
      firstId={fieldIdFor(ratingPath)}
      error={ratingError}
      onChange={(next) => onChange({ rating: parseRating(next) })}
    >
      <div className="mt-3 flex flex-col gap-1">
        <label htmlFor={fieldIdFor(notePath)} className="text-sm font-medium">
          Notes on {competency.name}
        </label>
        <Textarea
          id={fieldIdFor(notePath)}
          value={value.note}
          maxLength={4000}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? noteId : undefined}
          placeholder="What did you see or hear? Quote the evidence."
          onChange={(event) => onChange({ note: event.target.value })}
        />
        {noteError && (
          <p id={noteId} className="text-danger-strong text-xs font-medium">
            {noteError}
          </p>
        )}
      </div>
    </ChoiceGroup>
  )
}
