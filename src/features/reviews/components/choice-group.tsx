import { useId, type ReactNode } from 'react'
import { cn } from '@/lib/cn.ts'

type Props = {
  legend: ReactNode
  /** The radios' shared name. */
  name: string
  options: readonly { value: string; label: string }[]
  /** The checked option's value; '' for none. */
  value: string
  /** The first radio's id: where the error summary's link and "focus the first invalid" land. */
  firstId: string
  error?: string | undefined
  onChange: (value: string) => void
  children?: ReactNode
}

/** A fieldset of radio buttons drawn as a segmented row, with its error under the legend. */
export function ChoiceGroup({
  legend,
  name,
  options,
  value,
  firstId,
  error,
  onChange,
  children,
}: Props) {
  const errorId = useId()
  return (
    <fieldset
      className={cn('border-line bg-surface rounded-lg border p-4', error && 'border-danger')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {error && (
        <p id={errorId} className="text-danger-strong mb-2 text-xs font-medium">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {options.map((option, index) => (
          <label
            key={option.value}
            // The chosen state from `value`, not a :has() selector: :has() in the app's one
            // style sheet makes every focus change on the board re-check styles far and wide.
            className={cn(
              'flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm',
              value === option.value
                ? 'border-brand bg-brand-soft text-brand-strong'
                : 'border-line',
            )}
          >
            <input
              type="radio"
              id={index === 0 ? firstId : undefined}
              name={name}
              value={option.value}
              checked={value === option.value}
              className="accent-brand focus-visible:outline-focus focus-visible:outline-2 focus-visible:outline-offset-2"
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  )
}
