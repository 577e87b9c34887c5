import type { QueryClient } from '@tanstack/react-query'
import { redirect, type DataRouter, type LoaderFunctionArgs } from 'react-router-dom'
import { sessionQueryOptions } from '@/features/session/api/get-session.ts'
import { paths } from './paths.ts'

/** The signed-in area's loader: nobody signed in → the sign-in page, then back here. */
export const requireSession =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions())
    if (!session) {
      const { pathname, search } = new URL(request.url)
      throw redirect(paths.signIn(pathname + search))
    }
    return null
  }

/**
 * A 401 from any later request means the session has ended: off to the sign-in page, and
 * back afterwards to the page the user was on (or on their way to).
 */
export function redirectToSignIn(router: DataRouter) {
  const { navigation, location } = router.state
  const { pathname, search } = navigation.location ?? location
  if (pathname === paths.signIn()) return
  void router.navigate(paths.signIn(pathname + search), { replace: true })
}
