import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { Session } from '@contract/auth.ts'
import { queryKeys } from '@/lib/query-keys.ts'
import { mockServer } from '@/mocks/node.ts'
import { createTestQueryClient } from '@/test/render.tsx'
import { SignInPage } from './sign-in-page.tsx'

const MAYA: Session = {
  user: { id: 'user-recruiter', name: 'Maya Okonjo', email: 'maya@x.dev', role: 'recruiter' },
}

const problem = (status: number, detail: string, extra: object = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Refused', status, detail, ...extra },
    { status, headers: { 'content-type': 'application/problem+json' } },
  )

/** The real server's password sign-in (the mock has none): answers as `answer` says. */
function renderRealSignIn(answer: () => Response) {
  mockServer.use(http.post('*/api/session', answer))
  const queryClient = createTestQueryClient()
  const onSignedIn = vi.fn()
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={queryClient}>
      <SignInPage mode="real" demoUsers={[]} onSignedIn={onSignedIn} />
    </QueryClientProvider>,
  )
  return { user, onSignedIn, queryClient }
}

async function submit(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  if (email) await user.type(screen.getByLabelText('Email'), email)
  if (password) await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('the sign-in form (real mode)', () => {
  it('starts in the email field and checks both fields before asking the server', async () => {
    const answer = vi.fn(() => HttpResponse.json(MAYA))
    const { user } = renderRealSignIn(answer)
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus())

    await submit(user, '', '')
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Email is required')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Password is required')
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus())
    expect(answer).not.toHaveBeenCalled()
  })

  it('signs in, remembers the session and goes on', async () => {
    const { user, onSignedIn, queryClient } = renderRealSignIn(() => HttpResponse.json(MAYA))
    await submit(user, 'maya.okonjo@hirelane.dev', 'hirelane-demo')
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce())
    expect(queryClient.getQueryData(queryKeys.session)).toEqual(MAYA)
  })

  it('says when the email and password do not match, beside the password', async () => {
    const { user, onSignedIn } = renderRealSignIn(() =>
      problem(401, 'That email and password do not match an account.', {
        errors: { password: ['Check your email and password'] },
      }),
    )
    await submit(user, 'maya.okonjo@hirelane.dev', 'wrong')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account.',
    )
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'Check your email and password',
    )
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus())
    expect(screen.getByLabelText('Email')).toHaveValue('maya.okonjo@hirelane.dev')
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('says to wait after too many attempts', async () => {
    const { user } = renderRealSignIn(() =>
      problem(429, 'Too many sign-in attempts. Wait a few minutes and try again.'),
    )
    await submit(user, 'maya.okonjo@hirelane.dev', 'again')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Wait a few minutes and try again.',
    )
  })

  it('says when the server cannot be reached', async () => {
    const { user } = renderRealSignIn(() => HttpResponse.error())
    await submit(user, 'maya.okonjo@hirelane.dev', 'hirelane-demo')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reach Hirelane. Check your connection and try again.',
    )
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled()
  })
})
