import {
  REJECTION_REASON_LABELS,
  REJECTION_REASONS,
  type RejectionReason,
} from '@contract/catalog.ts'
import { Field, Select, Textarea } from './field.tsx'

type Props = {
  /** Without `onReason`, only the note shows (a decision other than a rejection). */
  reason?: RejectionReason | ''
  onReason?: (reason: RejectionReason | '') => void
  note: string
  onNote: (note: string) => void
  errors: { reason?: string; note?: string }
}

/** Why someone is rejected, and an optional note: every reject form asks the same way. */
export function RejectionFields({ reason, onReason, note, onNote, errors }: Props) {
  return (
    <>
      {onReason && (
        <Field label="Reason" error={errors.reason}>
          {(control) => (
            <Select
              {...control}
              value={reason}
              onChange={(event) => onReason(event.target.value as RejectionReason | '')}
            >
              <option value="">Choose a reason…</option>
              {REJECTION_REASONS.map((value) => (
                <option key={value} value={value}>
                  {REJECTION_REASON_LABELS[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field label="Note (optional)" error={errors.note}>
        {(control) => (
          <Textarea
            {...control}
            value={note}
            onChange={(event) => onNote(event.target.value)}
            rows={3}
          />
        )}
      </Field>
    </>
  )
}
