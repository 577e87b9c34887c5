import { memo, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import type { BoardCard as BoardCardData } from '@contract/board.ts'
import { SOURCE_LABELS, SOURCE_SHORT_LABELS } from '@contract/catalog.ts'
import { matchSkills } from '@contract/rules/skill-match.ts'
import { adjacentStage } from '@contract/rules/stages.ts'
import { cn } from '@/lib/cn.ts'
import { daysSince, formatDays } from '@/lib/format.ts'
import { useCardDnd } from '../hooks/use-card-dnd.ts'
import { claimPendingFocus, focusCard, neighbourCard } from '../lib/keyboard.ts'
import { useBoardActions } from './board-context.ts'
import { CardMoveMenu } from './card-move-menu.tsx'

type Props = {
  card: BoardCardData
  /** The one card of its column in the tab order (roving tabindex). */
  isActive: boolean
  previousId: string | undefined
  nextId: string | undefined
}

const ARROWS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const

export const BoardCard = memo(function BoardCard({ card, isActive, previousId, nextId }: Props) {
  const { job, canMove, move, openCard, activate } = useBoardActions()
  const ref = useRef<HTMLLIElement>(null)
  const nameId = useId()
  const closed = card.status === 'rejected' || card.status === 'withdrawn'
  const { isDragging, edge } = useCardDnd(ref, card.id, card.stageId, closed || !canMove)
  const topSkills = useMemo(
    () =>
      matchSkills(card.skills, job.requirements)
        .must.filter((match) => match.met)
        .slice(0, 2),
    [card.skills, job.requirements],
  )
  // Focus stays on a card the user moved, wherever it lands.
  useLayoutEffect(() => {
    if (claimPendingFocus(card.id)) ref.current?.focus()
  }, [card.id, card.stageId, card.rank])
  const days = daysSince(card.stageEnteredAt)
  const stageName = job.stages.find((stage) => stage.id === card.stageId)?.name ?? ''

  const moveBy = (
    toStageId: string | undefined,
    position: Parameters<typeof move>[0]['position'],
  ) => {
    if (!toStageId) return
    move({ cardId: card.id, toStageId, position })
    focusCard(card.id)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return
    const direction = ARROWS[event.key as keyof typeof ARROWS]
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      openCard(card.id)
    } else if (direction && event.shiftKey && canMove && !closed) {
      event.preventDefault()
      if (direction === 'right') moveBy(adjacentStage(job, card.stageId, 1)?.id, 'start')
      if (direction === 'left') moveBy(adjacentStage(job, card.stageId, -1)?.id, 'start')
      if (direction === 'up' && previousId) moveBy(card.stageId, { beforeId: previousId })
      if (direction === 'down' && nextId) moveBy(card.stageId, { afterId: nextId })
    } else if (direction && !event.shiftKey && !event.altKey && !event.metaKey && !event.ctrlKey) {
      event.preventDefault()
      neighbourCard(event.currentTarget, direction)?.focus()
    }
  }

  return (
    // A focusable list item with its own keys: the board's roving-tabindex grid of cards.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      ref={ref}
      data-card-id={card.id}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={isActive ? 0 : -1}
      aria-labelledby={nameId}
      aria-describedby={`${nameId}-details`}
      onFocus={(event) => {
        if (event.target === event.currentTarget) activate(card.id)
      }}
      onClick={() => openCard(card.id)}
      onKeyDown={handleKeyDown}
      className={cn(
        'border-line bg-surface hover:border-brand/50 focus-visible:outline-focus relative cursor-pointer rounded-lg border px-2.5 py-1.5 text-xs shadow-xs transition-shadow outline-none select-none hover:shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1',
        isDragging && 'opacity-40',
        closed && 'bg-subtle border-dashed',
      )}
    >
      {edge && (
        <span
          aria-hidden
          className={cn(
            'bg-brand absolute inset-x-1 h-0.5 rounded',
            edge === 'top' ? '-top-[3px]' : '-bottom-[3px]',
          )}
        />
      )}
      <div className="flex items-center gap-2">
        <p id={nameId} className="min-w-0 flex-1 truncate text-[13px] leading-5 font-semibold">
          {card.name}
        </p>
        <span className="text-muted shrink-0" aria-hidden>
          {days}d
        </span>
        {canMove && <CardMoveMenu card={card} tabIndex={isActive ? 0 : -1} />}
      </div>
      <div id={`${nameId}-details`}>
        <p className="text-muted truncate leading-4">
          {[card.currentTitle, card.currentCompany].filter(Boolean).join(' · ') ||
            'No current role'}
        </p>
        <div className="mt-0.5 flex items-center gap-1.5 leading-4">
          <span className="shrink-0 font-medium" title="Go years / total backend years">
            Go {card.goYears}
            <span className="text-muted"> / {card.backendYears} yrs</span>
          </span>
          <span className="sr-only">
            , {formatDays(days)} in {stageName}
            {topSkills.length
              ? `, meets ${topSkills.map((match) => match.requirement.label).join(', ')}`
              : ''}
            , source: {SOURCE_LABELS[card.source]}
          </span>
          <span className="flex shrink-0 gap-1" aria-hidden>
            {topSkills.map((match) => (
              <span
                key={match.requirement.id}
                className="bg-success-soft text-success max-w-20 truncate rounded px-1"
              >
                {match.matchedSkills[0]}
              </span>
            ))}
          </span>
          <span
            className="text-muted min-w-0 flex-1 truncate text-right"
            title={SOURCE_LABELS[card.source]}
            aria-hidden
          >
            {SOURCE_SHORT_LABELS[card.source]}
          </span>
        </div>
        {closed && (
          <p className="text-danger-strong leading-4 font-medium">
            {card.status === 'rejected' ? 'Rejected' : 'Withdrawn'}
          </p>
        )}
      </div>
    </li>
  )
})
