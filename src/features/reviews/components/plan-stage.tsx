import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Button } from '@/ui/button.tsx'
import { Input } from '@/ui/field.tsx'
import { newNameError, type EditableStage } from '../lib/plan-edit.ts'

/** The DOM id of a plan field named by an error path (`stages.0.competencies.1.name`). */
export const planFieldId = (path: string) => `plan-${path.replace(/\./g, '-')}`

type Props = {
  stage: EditableStage
  stageIndex: number
  stageName: string
  errors: Record<string, string[]>
  onAdd: (name: string) => void
  onRename: (uid: string, name: string) => void
  onRemove: (uid: string, name: string) => void
  onMove: (uid: string, by: -1 | 1) => void
}

/** One stage's competencies: rename in place, reorder and remove with buttons, add below. */
export function PlanStage({
  stage,
  stageIndex,
  stageName,
  errors,
  onAdd,
  onRename,
  onRemove,
  onMove,
}: Props) {
  const headingId = useId()
  const addId = useId()
  const addErrorId = useId()
  const [newName, setNewName] = useState('')
  const [addError, setAddError] = useState<string>()
  const addRef = useRef<HTMLInputElement>(null)
  /** Where focus goes after a move re-renders the list (the moved row's button). */
  const focusAfterRef = useRef<string | undefined>(undefined)
  const { competencies } = stage

  useEffect(() => {
    if (!focusAfterRef.current) return
    document.getElementById(focusAfterRef.current)?.focus()
    focusAfterRef.current = undefined
  })

  const handleAdd = (event: FormEvent) => {
    event.preventDefault()
    const error = newNameError(stage, newName)
    setAddError(error)
    if (error) return
    onAdd(newName)
    setNewName('')
  }

  const handleMove = (uid: string, index: number, by: -1 | 1) => {
    onMove(uid, by)
    const to = index + by
    // At either end the button just used is disabled: focus the other one instead.
    const sameDisabled = by === -1 ? to === 0 : to === competencies.length - 1
    focusAfterRef.current = `${uid}-${(by === -1) !== sameDisabled ? 'up' : 'down'}`
  }

  return (
    <section aria-labelledby={headingId} className="border-line bg-surface rounded-xl border p-4">
      <h2 id={headingId} className="text-base font-semibold">
        {stageName}{' '}
        <span className="text-muted text-sm font-normal">
          ({competencies.length === 0 ? 'nothing assessed' : `${competencies.length} assessed`})
        </span>
      </h2>
      {competencies.length > 0 && (
        <ol className="mt-3 space-y-2" aria-label={`Competencies assessed at ${stageName}`}>
          {competencies.map((competency, index) => {
            const path = `stages.${stageIndex}.competencies.${index}.name`
            // The API names a bad key (derived from the name) at `.key`: show it at the name.
            const error = (errors[path] ?? errors[path.replace(/name$/, 'key')])?.[0]
            const label = competency.name.trim() || `competency ${index + 1}`
            return (
              <li key={competency.uid} className="flex flex-wrap items-start gap-2">
                <div className="min-w-48 flex-1">
                  <Input
                    id={planFieldId(path)}
                    value={competency.name}
                    maxLength={120}
                    aria-label={`Name of competency ${index + 1} at ${stageName}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${planFieldId(path)}-error` : undefined}
                    onChange={(event) => onRename(competency.uid, event.target.value)}
                  />
                  {error && (
                    <p
                      id={`${planFieldId(path)}-error`}
                      className="text-danger-strong mt-1 text-xs font-medium"
                    >
                      {error}
                    </p>
                  )}
                </div>
                <Button
                  id={`${competency.uid}-up`}
                  size="sm"
                  className="mt-1"
                  disabled={index === 0}
                  aria-label={`Move ${label} up`}
                  onClick={() => handleMove(competency.uid, index, -1)}
                >
                  <span aria-hidden>↑</span> Up
                </Button>
                <Button
                  id={`${competency.uid}-down`}
                  size="sm"
                  className="mt-1"
                  disabled={index === competencies.length - 1}
                  aria-label={`Move ${label} down`}
                  onClick={() => handleMove(competency.uid, index, 1)}
                >
                  <span aria-hidden>↓</span> Down
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="mt-1"
                  aria-label={`Remove ${label}`}
                  onClick={() => {
                    // The row goes away with its buttons: focus waits in the add field.
                    addRef.current?.focus()
                    onRemove(competency.uid, label)
                  }}
                >
                  Remove
                </Button>
              </li>
            )
          })}
        </ol>
      )}
      <form onSubmit={handleAdd} className="mt-3 flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-48 flex-1">
          <label htmlFor={addId} className="text-muted mb-1 block text-xs font-medium">
            New competency<span className="sr-only"> at {stageName}</span>
          </label>
          <Input
            ref={addRef}
            id={addId}
            value={newName}
            maxLength={120}
            aria-invalid={addError ? true : undefined}
            aria-describedby={addError ? addErrorId : undefined}
            onChange={(event) => {
              setNewName(event.target.value)
              setAddError(undefined)
            }}
          />
          {addError && (
            <p id={addErrorId} className="text-danger-strong mt-1 text-xs font-medium">
              {addError}
            </p>
          )}
        </div>
        <Button type="submit" aria-label={`Add competency to ${stageName}`}>
          Add
        </Button>
      </form>
    </section>
  )
}
