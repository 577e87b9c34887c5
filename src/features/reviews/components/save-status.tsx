import { cn } from '@/lib/cn.ts'
import type { SaveStatus } from '../hooks/use-scorecard-autosave.ts'

const TEXT: Record<SaveStatus['state'], string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  retrying: 'Not saved — retrying',
  conflict: 'Not saved — changed elsewhere',
  failed: 'Not saved',
}

/**
 * Where the draft stands, in a live region: screen readers hear each change of state (not
 * each keystroke, since the words change only when the state does).
 */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const problem = status.state === 'retrying' || status.state === 'failed'
  return (
    <p
      role="status"
      aria-live="polite"
      className={cn('min-h-5 text-sm', problem ? 'text-danger-strong font-medium' : 'text-muted')}
    >
      {TEXT[status.state]}
      {problem && (
        <span className="text-muted block text-xs font-normal">
          {status.message} Your text is kept in this browser
          {status.state === 'retrying' ? ' and will be saved when the server answers.' : '.'}
        </span>
      )}
    </p>
  )
}
