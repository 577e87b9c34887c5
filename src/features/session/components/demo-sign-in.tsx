import type { User } from '@contract/common.ts'
import { formatRole } from '@/lib/format.ts'
import { useDemoSignIn } from '../api/sign-in.ts'

/** Demo mode has no passwords: one button per demo user. */
export function DemoSignIn({ users, onSignedIn }: { users: User[]; onSignedIn: () => void }) {
  const signIn = useDemoSignIn()
  return (
    <div className="space-y-3">
      <p className="text-muted text-sm">
        This demo has no passwords. Choose whom to act as: each role sees and may do different
        things.
      </p>
      {signIn.error && (
        <p role="alert" className="bg-danger-soft text-danger-strong rounded-lg p-3 text-sm">
          Could not sign in: {signIn.error.message}
        </p>
      )}
      <ul aria-label="Demo users" className="space-y-2">
        {users.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              aria-label={`Sign in as ${user.name}, ${formatRole(user.role)}`}
              disabled={signIn.isPending}
              onClick={() => signIn.mutate({ userId: user.id }, { onSuccess: onSignedIn })}
              className="border-line bg-surface hover:bg-subtle focus-visible:outline-focus flex w-full items-center justify-between gap-3 rounded-lg border px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-50"
            >
              <span className="font-medium">{user.name}</span>
              <span className="text-muted">{formatRole(user.role)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
