import { useEffect, useRef } from 'react'
import type { User } from '@contract/common.ts'
import type { ApiMode } from '@/lib/api-mode.ts'
import { DemoSignIn } from './demo-sign-in.tsx'
import { SignInForm } from './sign-in-form.tsx'

type Props = {
  /** 'real': email and password; 'mock': "Sign in as" one of `demoUsers`. */
  mode: ApiMode
  demoUsers: User[]
  onSignedIn: () => void
}

export function SignInPage({ mode, demoUsers, onSignedIn }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The form focuses its first field; the demo list has none, so the heading takes focus.
  useEffect(() => {
    if (mode === 'mock') headingRef.current?.focus()
  }, [mode])

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center p-4">
      <div className="border-line bg-surface w-full max-w-sm rounded-xl border p-6 shadow-sm">
        <p className="mb-4 flex items-center gap-2 font-semibold">
          <img src="/favicon.svg" alt="" className="size-5" />
          Hirelane
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="mb-4 text-xl font-semibold outline-none">
          Sign in
        </h1>
        {mode === 'real' ? (
          <SignInForm onSignedIn={onSignedIn} />
        ) : (
          <DemoSignIn users={demoUsers} onSignedIn={onSignedIn} />
        )}
      </div>
    </main>
  )
}
