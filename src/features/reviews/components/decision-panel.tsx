import { useState } from 'react'
import type { Application, ConflictProblemExtras } from '@contract/applications.ts'
import type { Job } from '@contract/jobs.ts'
import type { Suggestion } from '@contract/reviews.ts'
import { stageById } from '@contract/rules/stages.ts'
import { conflictOf, isApiError } from '@/lib/api-client.ts'
import { cn } from '@/lib/cn.ts'
import { Button } from '@/ui/button.tsx'
import { announce } from '@/ui/live-region.tsx'
import { toast } from '@/ui/toast.tsx'
import { useDecide } from '../api/decide.ts'
import {
  decisionDone,
  decisionOptions,
  suggestedOption,
  type DecisionOption,
} from '../lib/decisions.ts'
import { DecisionDialog, type DecisionInput } from './decision-dialog.tsx'

type Props = {
  application: Application
  job: Job
  candidateName: string
  /** The unanimous next step, when every scorecard of the stage is in. */
  suggestion: Suggestion | null
  /** The panel's name, e.g. "Decision on Ada Lovelace" where several show at once. */
  label?: string
  className?: string
}

/**
 * Advance, reject, make an offer or mark hired, for those who decide (the caller checks
 * `permissions.decide`). A suggestion is shown prominently but only opens the same
 * confirmation: nothing ever moves by itself.
 */
export function DecisionPanel({
  application,
  job,
  candidateName,
  suggestion,
  label = 'Decision',
  className,
}: Props) {
  const decide = useDecide(application.id, application.jobId)
  const [open, setOpen] = useState<DecisionOption | null>(null)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [error, setError] = useState<string>()
  const [conflict, setConflict] = useState<string>()
  const options = decisionOptions(job, application)
  if (options.length === 0) return null
  const suggested = suggestedOption(options, suggestion)

  const handleOpen = (option: DecisionOption) => {
    setErrors({})
    setError(undefined)
    setConflict(undefined)
    setOpen(option)
  }

  const handleConfirm = (option: DecisionOption) => (input: DecisionInput) =>
    decide.mutate(
      { decision: option.decision, ...input, expectedVersion: application.version },
      {
        onSuccess: () => {
          setOpen(null)
          const done = decisionDone(option, candidateName)
          toast({ title: done })
          announce(done)
        },
        onError: (failure) => {
          if (isApiError(failure, 422)) {
            setErrors(failure.fieldErrors)
            setError(failure.message)
            return
          }
          if (isApiError(failure, 409)) {
            // Someone else changed the application first: say who and where, and let the
            // refreshed profile show what is possible now.
            setOpen(null)
            const message = conflictMessage(conflictOf(failure), job, candidateName)
            setConflict(message)
            toast({
              title: 'Not saved: the candidate changed',
              description: message,
              tone: 'error',
            })
            announce(message)
            return
          }
          setError(`Could not save the decision: ${failure.message}`)
        },
      },
    )

  return (
    <section aria-label={label} className={cn('space-y-3', className)}>
      {suggested && suggestion && (
        <div className="border-brand/40 bg-brand-soft flex flex-wrap items-center gap-3 rounded-lg border p-3">
          <p className="min-w-0 flex-1 font-medium">
            {suggestion.reason} — {suggested.label}?
          </p>
          <Button
            variant={suggested.decision === 'reject' ? 'danger' : 'primary'}
            onClick={() => handleOpen(suggested)}
          >
            {suggested.label}…
          </Button>
        </div>
      )}
      {conflict && (
        <p role="alert" className="bg-danger-soft text-danger-strong rounded-md p-2">
          {conflict}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {/* The suggested step sits in the banner above, once. */}
        {options
          .filter((option) => option !== suggested)
          .map((option) => (
            <Button
              key={option.decision}
              variant={option.decision === 'reject' ? 'destructive' : 'secondary'}
              onClick={() => handleOpen(option)}
            >
              {option.label}…
            </Button>
          ))}
      </div>
      {open && (
        <DecisionDialog
          option={open}
          candidateName={candidateName}
          errors={errors}
          error={error}
          isPending={decide.isPending}
          onConfirm={handleConfirm(open)}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  )
}

function conflictMessage(conflict: ConflictProblemExtras | undefined, job: Job, name: string) {
  if (!conflict) return `${name} was changed by someone else. Decide again if needed.`
  const { current, lastChange } = conflict
  const stage = stageById(job, current.stageId)?.name ?? 'another stage'
  const who = lastChange ? ` by ${lastChange.actor.name}` : ''
  const where = current.status === 'active' ? `is now in ${stage}` : `is now ${current.status}`
  return `${name} was changed${who} meanwhile and ${where}. The profile shows the latest; decide again if still needed.`
}
