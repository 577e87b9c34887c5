import type { Note } from '@contract/notes.ts'
import { Markdown } from './markdown.tsx'
import { TimeAgo } from './time-ago.tsx'

/** The notes, newest first: who wrote what, when, and whom it told. */
export function NoteList({ notes }: { notes: Note[] }) {
  if (!notes.length) return <p className="text-muted">No notes yet.</p>
  return (
    <ol aria-label="Notes" className="space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="border-line rounded-lg border p-3">
          <article aria-label={`Note by ${note.author.name}`}>
            <p className="text-muted mb-1 text-xs">
              <span className="text-ink font-medium">{note.author.name}</span> ·{' '}
              <TimeAgo at={note.createdAt} />
            </p>
            <Markdown source={note.body} />
            {note.mentions.length > 0 && (
              <p className="text-muted mt-2 text-xs">
                Mentioned: {note.mentions.map((person) => person.name).join(', ')}
              </p>
            )}
          </article>
        </li>
      ))}
    </ol>
  )
}
