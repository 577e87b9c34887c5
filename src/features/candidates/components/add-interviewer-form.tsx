import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent, type Ref } from 'react'
import type { User } from '@contract/common.ts'
import { formatRole } from '@/lib/format.ts'
import { Button } from '@/ui/button.tsx'
import { Field, Select } from '@/ui/field.tsx'
import { usersQueryOptions } from '../api/get-users.ts'

type Props = {
  ref: Ref<HTMLSelectElement>
  assignedIds: string[]
  /** The last save's failure, shown beside the field. */
  error: string | undefined
  onAdd: (user: User) => void
}

/** Those who usually interview come first. */
const usuallyInterviews = (user: User) =>
  user.role === 'interviewer' || user.role === 'hiring_manager'

export function AddInterviewerForm({ ref, assignedIds, error, onAdd }: Props) {
  const users = useQuery(usersQueryOptions())
  const [choice, setChoice] = useState('')
  const [choiceError, setChoiceError] = useState<string>()
  const available = (users.data?.users ?? []).filter((user) => !assignedIds.includes(user.id))
  const groups = [
    { label: 'Interviewers and hiring managers', users: available.filter(usuallyInterviews) },
    { label: 'Others', users: available.filter((user) => !usuallyInterviews(user)) },
  ].filter((group) => group.users.length)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const user = available.find((item) => item.id === choice)
    setChoiceError(user ? undefined : 'Choose someone to add')
    if (!user) return
    setChoice('')
    onAdd(user)
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="flex items-start gap-2">
      <Field
        label="Add an interviewer"
        error={choiceError ?? error ?? users.error?.message}
        className="flex-1"
      >
        {(control) => (
          <Select
            {...control}
            ref={ref}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">{users.isPending ? 'Loading the team…' : 'Choose someone…'}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} ({formatRole(user.role)})
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" className="mt-6">
        Add
      </Button>
    </form>
  )
}
