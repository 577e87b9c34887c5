import { useState } from 'react'
import type { Stage } from '@contract/jobs.ts'
import type { StagePlan } from '@contract/reviews.ts'
import { isApiError } from '@/lib/api-client.ts'
import { announce } from '@/ui/live-region.tsx'
import { Button } from '@/ui/button.tsx'
import { usePlan } from '../api/get-plan.ts'
import { useUpdatePlan } from '../api/update-plan.ts'
import {
  addCompetency,
  moveCompetency,
  planErrors,
  removeCompetency,
  renameCompetency,
  toEditable,
  toStagePlans,
  type EditableStage,
} from '../lib/plan-edit.ts'
import { PlanStage, planFieldId } from './plan-stage.tsx'

type Props = {
  jobId: string
  jobTitle: string
  /** The job's stages, for their names. */
  stages: readonly Pick<Stage, 'id' | 'name'>[]
}

const samePlan = (a: readonly StagePlan[], b: readonly StagePlan[]) =>
  JSON.stringify(a) === JSON.stringify(b)

/** Admins and the opening's recruiters decide which competencies each stage's interview assesses. */
export function PlanEditor({ jobId, jobTitle, stages }: Props) {
  const { data: plan, refetch } = usePlan(jobId)
  const update = useUpdatePlan(jobId)
  const [draft, setDraft] = useState(() => toEditable(plan.stages))
  /** What the server last confirmed, and its version: the base of the next save. */
  const [base, setBase] = useState({ stages: plan.stages, version: plan.version })
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [problem, setProblem] = useState<{ message: string; stale?: boolean }>()
  const [saved, setSaved] = useState(false)
  const dirty = !samePlan(toStagePlans(draft), base.stages)

  const edit = (next: EditableStage[]) => {
    setDraft(next)
    setSaved(false)
  }

  const save = (version: number) => {
    const invalid = planErrors(draft)
    setErrors(invalid)
    setProblem(undefined)
    const first = Object.keys(invalid)[0]
    if (first) {
      document.getElementById(planFieldId(first))?.focus()
      return
    }
    update.mutate(
      { stages: toStagePlans(draft), expectedVersion: version },
      {
        onSuccess: (next) => {
          setBase({ stages: next.stages, version: next.version })
          setDraft(toEditable(next.stages))
          setSaved(true)
          announce('Interview plan saved')
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            setProblem({
              message:
                'Someone else saved this plan after you opened it. Load their plan (your changes here are dropped), or save yours over it.',
              stale: true,
            })
            return
          }
          if (isApiError(error, 422)) setErrors(error.fieldErrors)
          setProblem({ message: `Could not save the plan: ${error.message}` })
        },
      },
    )
  }

  const loadLatest = async () => {
    const { data } = await refetch()
    if (!data) return
    setBase({ stages: data.stages, version: data.version })
    setDraft(toEditable(data.stages))
    setProblem(undefined)
    setErrors({})
  }

  const saveOverTheirs = async () => {
    const { data } = await refetch()
    if (data) save(data.version)
  }

  const nameOf = (stageId: string) =>
    stages.find((stage) => stage.id === stageId)?.name ?? 'A removed stage'

  return (
    <div className="mx-auto max-w-3xl space-y-6 p-6">
      <header>
        <h1 className="text-xl font-semibold">Interview plan</h1>
        <p className="text-muted text-sm">
          {jobTitle}: the competencies each stage’s interviewers rate on their scorecards.
        </p>
      </header>

      {draft.map((stage, index) => (
        <PlanStage
          key={stage.stageId}
          stage={stage}
          stageIndex={index}
          stageName={nameOf(stage.stageId)}
          errors={errors}
          onAdd={(name) => {
            edit(addCompetency(draft, stage.stageId, name))
            announce(`Added ${name.trim()} to ${nameOf(stage.stageId)}`)
          }}
          onRename={(uid, name) => edit(renameCompetency(draft, stage.stageId, uid, name))}
          onRemove={(uid, name) => {
            edit(removeCompetency(draft, stage.stageId, uid))
            announce(`Removed ${name} from ${nameOf(stage.stageId)}`)
          }}
          onMove={(uid, by) => edit(moveCompetency(draft, stage.stageId, uid, by))}
        />
      ))}

      {problem && (
        <div
          role="alert"
          className="border-danger bg-danger-soft space-y-2 rounded-lg border p-3 text-sm"
        >
          <p>{problem.message}</p>
          {problem.stale && (
            <div className="flex gap-2">
              <Button size="sm" onClick={() => void loadLatest()}>
                Load their plan
              </Button>
              <Button size="sm" onClick={() => void saveOverTheirs()}>
                Save mine over it
              </Button>
            </div>
          )}
        </div>
      )}

      <div className="bg-canvas border-line sticky bottom-0 flex flex-wrap items-center gap-3 border-t py-3">
        <Button variant="primary" disabled={update.isPending} onClick={() => save(base.version)}>
          {update.isPending ? 'Saving…' : 'Save plan'}
        </Button>
        <Button
          disabled={!dirty || update.isPending}
          onClick={() => {
            setDraft(toEditable(base.stages))
            setErrors({})
            setProblem(undefined)
          }}
        >
          Discard changes
        </Button>
        <p role="status" className="text-muted text-sm">
          {saved && !dirty ? 'Plan saved' : dirty ? 'Unsaved changes' : ''}
        </p>
      </div>
    </div>
  )
}
