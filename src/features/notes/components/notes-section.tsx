import type { Note } from '@contract/notes.ts'
import { Skeleton } from '@/ui/skeleton.tsx'
import { QueryBoundary } from '@/ui/query-boundary.tsx'
import { useActivity } from '../api/get-activity.ts'
import { NoteForm } from './note-form.tsx'
import { NoteList } from './note-list.tsx'

type Props = {
  applicationId: string
  /** Whether this user may list the team, for mention suggestions (not interviewers). */
  canListTeam: boolean
}

/** An application's notes and the form to add one; loads without holding up the profile. */
export function NotesSection({ applicationId, canListTeam }: Props) {
  return (
    <div className="space-y-4">
      <NoteForm applicationId={applicationId} canListTeam={canListTeam} />
      <QueryBoundary loading={<Skeleton className="h-16" />}>
        <Notes applicationId={applicationId} />
      </QueryBoundary>
    </div>
  )
}

/** The notes are the timeline's note items (newest first), so one request serves both. */
function Notes({ applicationId }: { applicationId: string }) {
  const { data } = useActivity(applicationId)
  const notes = data.items.flatMap((item): Note[] => (item.kind === 'note' ? [item.note] : []))
  return <NoteList notes={notes} />
}
