import type { User } from '@contract/common.ts'
import { formatRole } from '@/lib/format.ts'
import { Menu, type MenuItem } from '@/ui/menu.tsx'
import { toast } from '@/ui/toast.tsx'
import { useSession } from '../api/get-session.ts'
import { useDemoSignIn } from '../api/sign-in.ts'
import { useSignOut } from '../api/sign-out.ts'

type Props = {
  /** Takes the user to the sign-in page once the session has ended. */
  onSignedOut: () => void | Promise<void>
}

/** The header's account menu: who is signed in, "Sign in as" in demo mode, and Sign out. */
export function UserMenu({ onSignedOut }: Props) {
  const session = useSession()
  const demoSignIn = useDemoSignIn()
  const signOut = useSignOut(onSignedOut)
  if (!session) return null
  const { user, demoUsers = [] } = session

  const handleSwitch = (next: User) =>
    demoSignIn.mutate(
      { userId: next.id },
      {
        onSuccess: () =>
          toast({ title: `Signed in as ${next.name}`, description: formatRole(next.role) }),
        onError: (error) =>
          toast({ title: 'Could not switch user', description: error.message, tone: 'error' }),
      },
    )
  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onError: (error) =>
        toast({ title: 'Could not sign out', description: error.message, tone: 'error' }),
    })

  const items: MenuItem[] = [
    ...demoUsers.map((other) => ({
      key: other.id,
      label: other.id === user.id ? `${other.name} (you)` : `Sign in as ${other.name}`,
      hint: formatRole(other.role),
      disabled: other.id === user.id || demoSignIn.isPending,
      onSelect: () => handleSwitch(other),
    })),
    { key: 'sign-out', label: 'Sign out', disabled: signOut.isPending, onSelect: handleSignOut },
  ]

  return (
    <Menu
      label="Account"
      items={items}
      trigger={(props) => (
        <button
          {...props}
          type="button"
          className="hover:bg-subtle focus-visible:outline-focus flex h-8 items-center gap-2 rounded-md px-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          <span className="font-medium">{user.name}</span>
          <span className="text-muted">{formatRole(user.role)}</span>
          <span aria-hidden className="text-muted text-xs">
            ▾
          </span>
        </button>
      )}
    />
  )
}
