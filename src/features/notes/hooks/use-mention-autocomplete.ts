import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react'
import type { User } from '@contract/common.ts'
import { mentionHandle, mentionInProgress } from '@contract/rules/mentions.ts'
import { insertMention, suggestMentions } from '../lib/mention-suggestions.ts'

type Options = {
  ref: RefObject<HTMLTextAreaElement | null>
  value: string
  onValueChange: (value: string) => void
  /** Whom to suggest; empty turns suggestions off. */
  users: readonly User[]
}

/**
 * "@" plus letters in a textarea suggests team members in a listbox. The textarea keeps focus
 * throughout and points at the highlighted option with aria-activedescendant (the textbox
 * with aria-autocomplete pattern: ARIA's combobox role is for single-line inputs). Arrow keys
 * move, Enter or Tab insert `@handle `, Esc closes until the next mention.
 */
export function useMentionAutocomplete({ ref, value, onValueChange, users }: Options) {
  const listboxId = useId()
  const [caret, setCaret] = useState(0)
  const [focused, setFocused] = useState(false)
  const [active, setActive] = useState({ key: '', index: 0 })
  // The "@" whose suggestions were dismissed with Esc.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const pendingCaret = useRef<number | null>(null)

  const mention = mentionInProgress(value.slice(0, caret))
  const options = mention && users.length ? suggestMentions(users, mention.query) : []
  const open = focused && mention !== null && options.length > 0 && dismissedAt !== mention.start
  const key = mention ? `${mention.start}:${mention.query}` : ''
  const activeIndex = active.key === key ? Math.min(active.index, options.length - 1) : 0
  const optionId = (index: number) => `${listboxId}-option-${index}`

  // After an insertion, put the caret after the inserted handle once React has the new value.
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current)
    setCaret(pendingCaret.current)
    pendingCaret.current = null
  }, [ref, value])

  const choose = (user: User) => {
    if (!mention) return
    const next = insertMention(value, mention.start, caret, mentionHandle(user))
    pendingCaret.current = next.caret
    onValueChange(next.value)
  }

  const trackCaret = (event: SyntheticEvent<HTMLTextAreaElement>) =>
    setCaret(event.currentTarget.selectionStart)

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || !mention) return
    const move = (by: number) => {
      event.preventDefault()
      setActive({ key, index: (activeIndex + by + options.length) % options.length })
    }
    if (event.key === 'ArrowDown') move(1)
    else if (event.key === 'ArrowUp') move(-1)
    else if ((event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      choose(options[activeIndex]!)
    } else if (event.key === 'Escape') {
      // Close the list only: the panel around the form stays open.
      event.preventDefault()
      event.stopPropagation()
      setDismissedAt(mention.start)
    }
  }

  return {
    open,
    options,
    activeIndex,
    optionId,
    listboxId,
    choose,
    textareaProps: {
      'aria-autocomplete': 'list' as const,
      'aria-controls': open ? listboxId : undefined,
      'aria-activedescendant': open ? optionId(activeIndex) : undefined,
      onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
        onValueChange(event.currentTarget.value)
        trackCaret(event)
      },
      onKeyDown: handleKeyDown,
      // Caret moves without typing (arrows, clicks) change which mention it is in.
      onSelect: trackCaret,
      onKeyUp: trackCaret,
      onClick: trackCaret,
      onFocus: () => setFocused(true),
      onBlur: () => setFocused(false),
    },
  }
}
