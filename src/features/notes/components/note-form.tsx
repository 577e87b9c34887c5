import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { CreateNoteRequest, NOTE_MAX_LENGTH } from '@contract/notes.ts'
import { mentionHandle } from '@contract/rules/mentions.ts'
import { isApiError } from '@/lib/api-client.ts'
import { cn } from '@/lib/cn.ts'
import { Button } from '@/ui/button.tsx'
import { Field, Textarea } from '@/ui/field.tsx'
import { announce } from '@/ui/live-region.tsx'
import { useCreateNote } from '../api/create-note.ts'
import { useTeam } from '../api/get-team.ts'
import { useMentionAutocomplete } from '../hooks/use-mention-autocomplete.ts'

/** The counter starts speaking up near the limit. */
const WARN_FROM = NOTE_MAX_LENGTH - 500

type Props = {
  applicationId: string
  /** Whether this user may list the team (interviewers may not): suggestions need it. */
  canListTeam: boolean
}

/** Write a note: Markdown, @mentions with suggestions, Ctrl/Cmd+Enter or the button posts. */
export function NoteForm({ applicationId, canListTeam }: Props) {
  const [body, setBody] = useState('')
  const [error, setError] = useState<string>()
  const ref = useRef<HTMLTextAreaElement>(null)
  const team = useTeam(canListTeam)
  const createNote = useCreateNote(applicationId)
  const mentions = useMentionAutocomplete({
    ref,
    value: body,
    onValueChange: setBody,
    users: team.data?.users ?? [],
  })

  const handleSubmit = (event?: FormEvent) => {
    event?.preventDefault()
    if (createNote.isPending) return
    // The contract's own check, so the form says what the API would.
    const parsed = CreateNoteRequest.safeParse({ body })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the note')
      ref.current?.focus()
      return
    }
    setError(undefined)
    createNote.mutate(parsed.data, {
      onSuccess: (note) => {
        setBody('')
        announce(
          note.mentions.length
            ? `Note added; told ${note.mentions.map((person) => person.name).join(', ')}`
            : 'Note added',
        )
      },
      // The text stays in the box to try again.
      onError: (failure) => {
        setError(
          (isApiError(failure) && failure.fieldErrors.body?.[0]) ||
            `Could not add the note: ${failure.message}`,
        )
        ref.current?.focus()
      },
    })
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    mentions.textareaProps.onKeyDown(event)
    if (!event.defaultPrevented && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      handleSubmit()
    }
  }

  const length = body.length
  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Add a note" className="space-y-2">
      <Field
        label="Add a note"
        error={error}
        hint={
          <>
            **bold**, *italic*, `code`, lists and links work. Type @ to mention someone. Ctrl+Enter
            (⌘+Enter) posts.{' '}
            <span
              aria-live="polite"
              className={cn(length > NOTE_MAX_LENGTH && 'text-danger-strong font-medium')}
            >
              {length >= WARN_FROM &&
                (length > NOTE_MAX_LENGTH
                  ? `${length - NOTE_MAX_LENGTH} characters over the limit.`
                  : `${NOTE_MAX_LENGTH - length} characters left.`)}
            </span>
          </>
        }
      >
        {(control) => (
          <div className="relative">
            <Textarea
              {...control}
              {...mentions.textareaProps}
              ref={ref}
              value={body}
              onKeyDown={handleKeyDown}
              rows={3}
              placeholder="Share what you learned…"
            />
            {mentions.open && (
              <ul
                id={mentions.listboxId}
                role="listbox"
                aria-label="Team members to mention"
                className="border-line bg-surface absolute top-full left-0 z-10 mt-1 w-72 overflow-hidden rounded-md border py-1 shadow-lg"
              >
                {mentions.options.map((user, index) => (
                  // The textarea keeps focus and handles the keys; a click also picks.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                  <li
                    key={user.id}
                    id={mentions.optionId(index)}
                    role="option"
                    aria-selected={index === mentions.activeIndex}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => mentions.choose(user)}
                    className={cn(
                      'flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm',
                      index === mentions.activeIndex && 'bg-brand-soft',
                    )}
                  >
                    <span className="font-medium">{user.name}</span>
                    <span className="text-muted">@{mentionHandle(user)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </Field>
      <div className="flex items-center justify-end gap-3">
        <span className="text-muted text-xs" aria-hidden>
          {length} / {NOTE_MAX_LENGTH}
        </span>
        <Button type="submit" variant="primary" size="sm" disabled={createNote.isPending}>
          {createNote.isPending ? 'Adding…' : 'Add note'}
        </Button>
      </div>
    </form>
  )
}
