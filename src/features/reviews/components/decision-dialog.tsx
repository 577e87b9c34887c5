import { useState, type FormEvent } from 'react'
import type { RejectionReason } from '@contract/catalog.ts'
import { Button } from '@/ui/button.tsx'
import { Dialog } from '@/ui/dialog.tsx'
import { RejectionFields } from '@/ui/rejection-fields.tsx'
import type { DecisionOption } from '../lib/decisions.ts'

export type DecisionInput = { reason?: RejectionReason; note: string }

type Props = {
  option: DecisionOption
  candidateName: string
  /** Why the API refused (422 per field, or a message), shown next to what caused it. */
  errors: Record<string, string[]>
  error: string | undefined
  isPending: boolean
  onConfirm: (input: DecisionInput) => void
  onClose: () => void
}

/** Confirms one decision; a rejection needs a reason. Nothing is written before Confirm. */
export function DecisionDialog({
  option,
  candidateName,
  errors,
  error,
  isPending,
  onConfirm,
  onClose,
}: Props) {
  const isReject = option.decision === 'reject'
  const [reason, setReason] = useState<RejectionReason | ''>('')
  const [note, setNote] = useState('')
  const [reasonError, setReasonError] = useState<string>()

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (isReject && !reason) {
      setReasonError('Choose a reason')
      return
    }
    setReasonError(undefined)
    onConfirm(isReject && reason ? { reason, note } : { note })
  }

  // The name stays out of the title: the profile around this dialog is named after the candidate.
  const title = isReject ? 'Reject candidate' : `${option.label}?`
  return (
    <Dialog
      title={title}
      description={`${candidateName}. The stage history and the activity timeline record who decided, and when.`}
      onClose={onClose}
    >
      <form onSubmit={handleSubmit} noValidate className="space-y-3" aria-label={title}>
        <RejectionFields
          reason={reason}
          onReason={isReject ? setReason : undefined}
          note={note}
          onNote={setNote}
          errors={{ reason: reasonError ?? errors.reason?.[0], note: errors.note?.[0] }}
        />
        {error && (
          <p role="alert" className="bg-danger-soft text-danger-strong rounded-md p-2 text-sm">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={isReject ? 'danger' : 'primary'} disabled={isPending}>
            {isReject ? 'Reject candidate' : option.label}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
