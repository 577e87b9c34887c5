import type { Job } from '@contract/jobs.ts'
import { matchSkills, type RequirementMatch } from '@contract/rules/skill-match.ts'
import { cn } from '@/lib/cn.ts'

export function SkillMatchList({ skills, job }: { skills: string[]; job: Job }) {
  const match = matchSkills(skills, job.requirements)
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Requirements
        title={`Must-haves: ${match.mustMet} of ${match.must.length} met`}
        matches={match.must}
      />
      <Requirements
        title={`Nice-to-haves: ${match.niceMet} of ${match.nice.length} met`}
        matches={match.nice}
      />
    </div>
  )
}

function Requirements({ title, matches }: { title: string; matches: RequirementMatch[] }) {
  return (
    <div>
      <h4 className="mb-1 text-sm font-medium">{title}</h4>
      <ul className="space-y-0.5 text-sm">
        {matches.map(({ requirement, met, matchedSkills }) => (
          <li key={requirement.id} className="flex gap-2">
            <span
              aria-hidden
              className={cn('w-4 shrink-0 font-bold', met ? 'text-success' : 'text-muted')}
            >
              {met ? '✓' : '–'}
            </span>
            <span>
              {requirement.label}
              <span className="sr-only">{met ? ': met' : ': not met'}</span>
              {met && <span className="text-muted"> ({matchedSkills.join(', ')})</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
