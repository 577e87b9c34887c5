import { useEffect, useId, useRef, useState, useTransition } from 'react'
import { SEARCH_MAX_LENGTH, searchText } from '@contract/api.ts'

/** Typing pauses this long (ms) before the board asks the server. */
const SEARCH_DELAY = 250

type Props = {
  /** The search the board shows, as the address has it. */
  q: string
  onSearchChange: (q: string) => void
}

/** The board's search box: the server filters every column; the address keeps the search. */
export function BoardSearch({ q, onSearchChange }: Props) {
  const id = useId()
  const [text, setText] = useState(q)
  const [isPending, startTransition] = useTransition()
  // What this box last asked for, to tell its own searches from the address changing (Back).
  const requested = useRef(q)
  const [shownQ, setShownQ] = useState(q)
  if (q !== shownQ) {
    setShownQ(q)
    if (q !== requested.current) {
      requested.current = q
      setText(q)
    }
  }
  const onSearchChangeRef = useRef(onSearchChange)
  onSearchChangeRef.current = onSearchChange

  useEffect(() => {
    const next = searchText(text)
    if (next === requested.current) return
    const timer = setTimeout(() => {
      requested.current = next
      // The board keeps showing the last results until the new ones have loaded.
      startTransition(() => onSearchChangeRef.current(next))
    }, SEARCH_DELAY)
    return () => clearTimeout(timer)
  }, [text])

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id}>Search candidates</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Name, title, company or skill"
        maxLength={SEARCH_MAX_LENGTH}
        className="border-line bg-surface focus-visible:outline-focus h-8 w-64 rounded-md border px-2 focus-visible:outline-2"
      />
      <span role="status" className="text-muted w-20 text-xs">
        {isPending ? 'Searching…' : ''}
      </span>
    </div>
  )
}
