import type { BoardCard } from '@contract/board.ts'
import { adjacentStage } from '@contract/rules/stages.ts'
import { Menu, type MenuItem } from '@/ui/menu.tsx'
import { focusCard } from '../lib/keyboard.ts'
import { useBoardActions } from './board-context.ts'

/** The single-pointer, keyboard-reachable alternative to dragging (WCAG 2.2 SC 2.5.7). */
export function CardMoveMenu({ card, tabIndex }: { card: BoardCard; tabIndex: number }) {
  const { job, move } = useBoardActions()
  const closed = card.status === 'rejected' || card.status === 'withdrawn'
  const moveTo = (toStageId: string, position: 'start' | 'end' = 'start') => {
    move({ cardId: card.id, toStageId, position })
    focusCard(card.id)
  }
  const next = adjacentStage(job, card.stageId, 1)
  const previous = adjacentStage(job, card.stageId, -1)

  const items: MenuItem[] = [
    ...(next
      ? [
          {
            key: 'next',
            label: `Next stage: ${next.name}`,
            hint: 'Shift+→',
            onSelect: () => moveTo(next.id),
          },
        ]
      : []),
    ...(previous
      ? [
          {
            key: 'previous',
            label: `Previous stage: ${previous.name}`,
            hint: 'Shift+←',
            onSelect: () => moveTo(previous.id),
          },
        ]
      : []),
    ...job.stages.map((stage) => ({
      key: stage.id,
      label: stage.id === card.stageId ? `${stage.name} (current)` : stage.name,
      disabled: stage.id === card.stageId,
      onSelect: () => moveTo(stage.id),
    })),
    { key: 'top', label: 'Top of this column', onSelect: () => moveTo(card.stageId, 'start') },
    { key: 'bottom', label: 'Bottom of this column', onSelect: () => moveTo(card.stageId, 'end') },
  ]

  return (
    <Menu
      label={`Move ${card.name} to`}
      items={closed ? [] : items}
      trigger={(props) => (
        <button
          {...props}
          type="button"
          tabIndex={tabIndex}
          disabled={closed}
          aria-label={`Move ${card.name}`}
          onClick={(event) => {
            // The card itself opens the profile on click; this button must not.
            event.stopPropagation()
            props.onClick()
          }}
          className="border-line bg-surface text-ink hover:bg-subtle focus-visible:outline-focus h-6 shrink-0 rounded border px-1.5 text-xs font-medium focus-visible:outline-2 disabled:hidden"
        >
          Move
        </button>
      )}
    />
  )
}
