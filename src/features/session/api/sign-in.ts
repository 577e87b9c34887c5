import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiPaths } from '@contract/api.ts'
import type { DemoSignInRequest, Session, SignInRequest } from '@contract/auth.ts'
import { api } from '@/lib/api-client.ts'
import { adoptSession } from './get-session.ts'

/** Email and password (the real server). */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: SignInRequest) =>
      api<Session>(apiPaths.session(), { method: 'POST', body: request }),
    onSuccess: (session) => adoptSession(queryClient, session),
  })
}

/** "Sign in as" one of the demo users, no password (demo and mock mode). */
export function useDemoSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: DemoSignInRequest) =>
      api<Session>(apiPaths.demoSession(), { method: 'POST', body: request }),
    onSuccess: (session) => adoptSession(queryClient, session),
  })
}
