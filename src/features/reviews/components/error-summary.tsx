import { fieldIdFor } from '../lib/scorecard-content.ts'

export type FieldProblem = { path: string; message: string }

/** What keeps the form from being sent, each linking to its field. */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  if (problems.length === 0) return null
  return (
    <div role="alert" className="border-danger bg-danger-soft rounded-lg border p-4 text-sm">
      <h2 className="text-danger-strong font-semibold">
        {problems.length === 1
          ? 'One thing to fix before submitting'
          : `${problems.length} things to fix before submitting`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map(({ path, message }) => (
          <li key={path}>
            <a
              href={`#${fieldIdFor(path)}`}
              className="text-danger-strong underline"
              onClick={(event) => {
                // Focus the field, not just scroll to it (the hash alone would leave focus here).
                const field = document.getElementById(fieldIdFor(path))
                if (!field) return
                event.preventDefault()
                field.focus()
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
