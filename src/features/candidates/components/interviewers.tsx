import { useRef, useState } from 'react'
import type { Actor } from '@contract/common.ts'
import { isApiError } from '@/lib/api-client.ts'
import { announce } from '@/ui/live-region.tsx'
import { Button } from '@/ui/button.tsx'
import { useSetInterviewers } from '../api/set-interviewers.ts'
import { AddInterviewerForm } from './add-interviewer-form.tsx'

type Props = {
  applicationId: string
  interviewers: Actor[]
  /** Whether this user may add and remove interviewers. */
  canAssign: boolean
}

/** Who interviews this candidate; with `canAssign`, people can be added and removed. */
export function Interviewers({ applicationId, interviewers, canAssign }: Props) {
  const assign = useSetInterviewers(applicationId)
  const [error, setError] = useState<string>()
  const addRef = useRef<HTMLSelectElement>(null)
  const assignedIds = interviewers.map((interviewer) => interviewer.id)

  const save = (userIds: string[], done: string) => {
    if (assign.isPending) return
    setError(undefined)
    assign.mutate(
      { userIds },
      {
        onSuccess: () => announce(done),
        onError: (failure) =>
          setError(
            (isApiError(failure) && failure.fieldErrors.userIds?.[0]) ||
              `Could not save the interviewers: ${failure.message}`,
          ),
      },
    )
  }

  const handleRemove = (interviewer: Actor) => {
    // Their Remove button goes with them: focus waits in the add field instead.
    addRef.current?.focus()
    save(
      assignedIds.filter((id) => id !== interviewer.id),
      `Removed ${interviewer.name} from the interviewers`,
    )
  }

  return (
    <div className="space-y-3">
      {interviewers.length === 0 ? (
        <p className="text-muted">No interviewers yet.</p>
      ) : (
        <ul className="space-y-1" aria-label="Interviewers">
          {interviewers.map((interviewer) => (
            <li key={interviewer.id} className="flex min-h-7 items-center gap-2">
              <span className="flex-1">{interviewer.name}</span>
              {canAssign && (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove ${interviewer.name}`}
                  onClick={() => handleRemove(interviewer)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAssign && (
        <AddInterviewerForm
          ref={addRef}
          assignedIds={assignedIds}
          error={error}
          onAdd={(user) => save([...assignedIds, user.id], `Added ${user.name} as an interviewer`)}
        />
      )}
    </div>
  )
}
