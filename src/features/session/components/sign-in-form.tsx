import { useEffect, useRef, useState, type FormEvent } from 'react'
import { SignInRequest } from '@contract/auth.ts'
import { isApiError } from '@/lib/api-client.ts'
import { Button } from '@/ui/button.tsx'
import { Field, Input } from '@/ui/field.tsx'
import { useSignIn } from '../api/sign-in.ts'

type Values = { email: string; password: string }
type Errors = Partial<Record<keyof Values, string>>

/** The API's own schema, so the messages beside the fields are the server's. */
function validate(values: Values): Errors {
  const result = SignInRequest.safeParse(values)
  if (result.success) return {}
  const errors: Errors = {}
  for (const issue of result.error.issues) errors[issue.path[0] as keyof Values] ??= issue.message
  return errors
}

/** Email and password against the real server; a refusal is explained above the fields. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useSignIn()
  const [values, setValues] = useState<Values>({ email: '', password: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string>()
  const emailRef = useRef<HTMLInputElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  // Bumped to send focus to the first field in error once it shows as such.
  const [focusRequest, setFocusRequest] = useState(0)

  useEffect(() => emailRef.current?.focus(), [])
  useEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusRequest])
  const focusFirstInvalid = () => setFocusRequest((count) => count + 1)

  const bind = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  })

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (signIn.isPending) return
    setFormError(undefined)
    const found = validate(values)
    setErrors(found)
    if (Object.keys(found).length) {
      focusFirstInvalid()
      return
    }
    signIn.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => {
        // 401: wrong email or password; 429: too many tries; status 0: the network.
        const fields = isApiError(error) ? error.fieldErrors : {}
        setErrors({ email: fields.email?.[0], password: fields.password?.[0] })
        setFormError(error.message)
        focusFirstInvalid()
      },
    })
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={handleSubmit}
      aria-label="Sign in"
      className="space-y-4"
    >
      {formError && (
        <p role="alert" className="bg-danger-soft text-danger-strong rounded-lg p-3 text-sm">
          {formError}
        </p>
      )}
      <Field label="Email" error={errors.email}>
        {(control) => (
          <Input
            {...control}
            {...bind('email')}
            ref={emailRef}
            type="email"
            autoComplete="username"
            required
          />
        )}
      </Field>
      <Field label="Password" error={errors.password}>
        {(control) => (
          <Input
            {...control}
            {...bind('password')}
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      {/* Not disabled while pending: a disabled button would drop the keyboard focus. */}
      <Button type="submit" variant="primary" className="w-full" aria-disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
