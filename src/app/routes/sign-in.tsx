import { useLoaderData, useNavigate, useSearchParams } from 'react-router-dom'
import type { User } from '@contract/common.ts'
import { getDemoUsers } from '@/features/session/api/get-demo-users.ts'
import { SignInPage } from '@/features/session/components/sign-in-page.tsx'
import { apiMode } from '@/lib/api-mode.ts'
import { safeNextPath } from '../paths.ts'

export async function loader(): Promise<{ demoUsers: User[] }> {
  // The demo signs in by choosing a user; the real server by email and password.
  if (apiMode === 'real') return { demoUsers: [] }
  return { demoUsers: (await getDemoUsers()).users }
}

export function Component() {
  const { demoUsers } = useLoaderData<typeof loader>()
  const [search] = useSearchParams()
  const navigate = useNavigate()
  const next = safeNextPath(search.get('next'))
  return (
    <SignInPage
      mode={apiMode}
      demoUsers={demoUsers}
      onSignedIn={() => navigate(next, { replace: true })}
    />
  )
}
