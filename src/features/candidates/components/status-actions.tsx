import { useState, type FormEvent } from 'react'
import type { Application } from '@contract/applications.ts'
import { REJECTION_REASON_LABELS, type RejectionReason } from '@contract/catalog.ts'
import { isApiError } from '@/lib/api-client.ts'
import { announce } from '@/ui/live-region.tsx'
import { Button } from '@/ui/button.tsx'
import { RejectionFields } from '@/ui/rejection-fields.tsx'
import { toast } from '@/ui/toast.tsx'
import { useChangeStatus } from '../api/change-status.ts'

type Props = { application: Application; candidateName: string }

/** Reject (with a reason and an optional note) or restore; the board hides closed applications. */
export function StatusActions({ application, candidateName }: Props) {
  const change = useChangeStatus(application.id, application.jobId)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState<RejectionReason | ''>('')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string[]>>({})

  const report = (error: Error) => {
    if (isApiError(error, 422)) setErrors(error.fieldErrors)
    toast({ title: 'Could not save', description: error.message, tone: 'error' })
  }

  if (application.status === 'rejected' || application.status === 'withdrawn') {
    return (
      <Button
        disabled={change.isPending}
        onClick={() =>
          change.mutate(
            { action: 'restore', body: { expectedVersion: application.version } },
            {
              onSuccess: () => {
                toast({ title: `Restored ${candidateName}` })
                announce(`Restored ${candidateName} to the board`)
              },
              onError: report,
            },
          )
        }
      >
        Restore to the board
      </Button>
    )
  }

  if (!rejecting) {
    return (
      <Button variant="destructive" onClick={() => setRejecting(true)}>
        Reject…
      </Button>
    )
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason) {
      setErrors({ reason: ['Choose a reason'] })
      return
    }
    change.mutate(
      { action: 'reject', body: { reason, note, expectedVersion: application.version } },
      {
        onSuccess: () => {
          setRejecting(false)
          toast({
            title: `Rejected ${candidateName}`,
            description: REJECTION_REASON_LABELS[reason],
          })
          announce(`Rejected ${candidateName}`)
        },
        onError: report,
      },
    )
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Reject ${candidateName}`}
      className="border-line w-full space-y-3 rounded-lg border p-3"
    >
      <RejectionFields
        reason={reason}
        onReason={setReason}
        note={note}
        onNote={setNote}
        errors={{ reason: errors.reason?.[0], note: errors.note?.[0] }}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={change.isPending}>
          Reject candidate
        </Button>
        <Button onClick={() => setRejecting(false)}>Cancel</Button>
      </div>
    </form>
  )
}
