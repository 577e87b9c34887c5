import { useState, type FormEvent } from 'react'
import { CreateApplicationRequest } from '@contract/applications.ts'
import { SOURCE_LABELS, SOURCES } from '@contract/catalog.ts'
import { isApiError } from '@/lib/api-client.ts'
import { Button } from '@/ui/button.tsx'
import { Field, Input, Select, Textarea } from '@/ui/field.tsx'
import { useCreateApplication } from '../api/create-application.ts'
import { useJob } from '../api/get-job.ts'

type Props = {
  jobId: string
  onCreated: (applicationId: string, name: string) => void
  onCancel: () => void
}

const EMPTY = {
  name: '',
  email: '',
  phone: '',
  location: '',
  github: '',
  linkedin: '',
  website: '',
  currentTitle: '',
  currentCompany: '',
  backendYears: '',
  goYears: '',
  skills: '',
  tags: '',
  resumeText: '',
  source: '',
  stageId: '',
}
type Values = typeof EMPTY
type Errors = Record<string, string[] | undefined>

const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value))

function toRequest(values: Values) {
  return {
    source: values.source,
    stageId: values.stageId || undefined,
    candidate: {
      name: values.name,
      email: values.email,
      phone: values.phone,
      location: values.location,
      links: { github: values.github, linkedin: values.linkedin, website: values.website },
      currentTitle: values.currentTitle,
      currentCompany: values.currentCompany,
      backendYears: toNumber(values.backendYears),
      goYears: toNumber(values.goYears),
      skills: splitList(values.skills),
      tags: splitList(values.tags),
      resumeText: values.resumeText,
    },
  }
}

/** Same schema as the API, so the messages beside each field are the server's own. */
function validate(values: Values): Errors {
  const result = CreateApplicationRequest.safeParse(toRequest(values))
  if (result.success) return {}
  const errors: Errors = {}
  for (const issue of result.error.issues) {
    const key = issue.path.join('.')
    errors[key] ??= [issue.message]
  }
  return errors
}

export function AddCandidateForm({ jobId, onCreated, onCancel }: Props) {
  const { data: job } = useJob(jobId)
  const create = useCreateApplication(jobId)
  const [values, setValues] = useState<Values>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string>()

  const bind = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  })
  const error = (path: string) => errors[path]?.[0]

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setFormError(undefined)
    const found = validate(values)
    setErrors(found)
    if (Object.keys(found).length) {
      // Send the user to the first field that needs them.
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    create.mutate(toRequest(values) as CreateApplicationRequest, {
      onSuccess: (detail) => onCreated(detail.application.id, detail.candidate.name),
      onError: (failure) => {
        if (isApiError(failure) && Object.keys(failure.fieldErrors).length)
          setErrors(failure.fieldErrors)
        setFormError(failure.message)
      },
    })
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Add candidate" className="space-y-4">
      {formError && (
        <p role="alert" className="bg-danger-soft text-danger-strong rounded-lg p-3 text-sm">
          {formError}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Full name" error={error('candidate.name')}>
          {(control) => <Input {...control} {...bind('name')} autoComplete="off" required />}
        </Field>
        <Field label="Email" error={error('candidate.email')}>
          {(control) => (
            <Input {...control} {...bind('email')} type="email" autoComplete="off" required />
          )}
        </Field>
        <Field label="Phone" error={error('candidate.phone')}>
          {(control) => <Input {...control} {...bind('phone')} type="tel" />}
        </Field>
        <Field label="Location" error={error('candidate.location')}>
          {(control) => <Input {...control} {...bind('location')} />}
        </Field>
        <Field label="Current title" error={error('candidate.currentTitle')}>
          {(control) => <Input {...control} {...bind('currentTitle')} />}
        </Field>
        <Field label="Current company" error={error('candidate.currentCompany')}>
          {(control) => <Input {...control} {...bind('currentCompany')} />}
        </Field>
        <Field label="Backend experience (years)" error={error('candidate.backendYears')}>
          {(control) => (
            <Input {...control} {...bind('backendYears')} inputMode="decimal" required />
          )}
        </Field>
        <Field label="Go experience (years)" error={error('candidate.goYears')}>
          {(control) => <Input {...control} {...bind('goYears')} inputMode="decimal" required />}
        </Field>
        <Field label="GitHub" error={error('candidate.links.github')}>
          {(control) => (
            <Input {...control} {...bind('github')} type="url" placeholder="https://github.com/…" />
          )}
        </Field>
        <Field label="LinkedIn" error={error('candidate.links.linkedin')}>
          {(control) => (
            <Input
              {...control}
              {...bind('linkedin')}
              type="url"
              placeholder="https://linkedin.com/in/…"
            />
          )}
        </Field>
        <Field label="Website" error={error('candidate.links.website')} className="sm:col-span-2">
          {(control) => (
            <Input {...control} {...bind('website')} type="url" placeholder="https://…" />
          )}
        </Field>
        <Field
          label="Skills"
          hint="Separate with commas, e.g. go, postgresql, kafka"
          error={error('candidate.skills')}
          className="sm:col-span-2"
        >
          {(control) => <Input {...control} {...bind('skills')} />}
        </Field>
        <Field label="Source" error={error('source')}>
          {(control) => (
            <Select {...control} {...bind('source')} required>
              <option value="">Choose a source…</option>
              {SOURCES.map((source) => (
                <option key={source} value={source}>
                  {SOURCE_LABELS[source]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Starting stage" error={error('stageId')}>
          {(control) => (
            <Select {...control} {...bind('stageId')}>
              {job.stages.map((stage) => (
                <option key={stage.id} value={stage.id === job.stages[0]?.id ? '' : stage.id}>
                  {stage.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Tags"
          hint="Separate with commas"
          error={error('candidate.tags')}
          className="sm:col-span-2"
        >
          {(control) => <Input {...control} {...bind('tags')} />}
        </Field>
        <Field label="Resume" error={error('candidate.resumeText')} className="sm:col-span-2">
          {(control) => <Textarea {...control} {...bind('resumeText')} rows={5} />}
        </Field>
      </div>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add candidate'}
        </Button>
      </div>
    </form>
  )
}
