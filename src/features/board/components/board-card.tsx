import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react'
import type { Position } from '@contract/applications.ts'
import type { BoardCard as BoardCardData } from '@contract/board.ts'
import { SOURCE_LABELS, SOURCE_SHORT_LABELS } from '@contract/catalog.ts'
import type { Requirement } from '@contract/jobs.ts'
import { matchSkills, type RequirementMatch } from '@contract/rules/skill-match.ts'
import { adjacentStage } from '@contract/rules/stages.ts'
import { cn } from '@/lib/cn.ts'
import { daysSince, formatDays } from '@/lib/format.ts'
import { useCardDnd } from '../hooks/use-card-dnd.ts'
import { claimPendingFocus, focusAcross, focusCard } from '../lib/keyboard.ts'
import { useBoardActions, useColumnActions } from './board-context.ts'
import { CardMoveMenu } from './card-move-menu.tsx'

type Props = {
  card: BoardCardData
  /** Where the card is in its column (0-based), and how many the column has in all. */
  index: number
  setSize: number
  /** The one card of its column in the tab order (roving tabindex). */
  isActive: boolean
  /**
   * In a virtualized column: the space of the unmounted cards just above this one, and the
   * virtualizer's measuring ref.
   */
  skip?: number
  measure?: (element: HTMLElement | null) => void
}

const ARROWS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const

/**
 * A card's place in its column: position, keys, drag and drop. A move above it re-renders
 * only this shell (its index and offset change); what it shows is memoized in CardContent.
 */
export const BoardCard = memo(function BoardCard({
  card,
  index,
  setSize,
  isActive,
  skip,
  measure,
}: Props) {
  const { job, canMove, move, openCard, columns } = useBoardActions()
  const column = useColumnActions()
  const ref = useRef<HTMLLIElement>(null)
  const setRef = useCallback(
    (element: HTMLLIElement | null) => {
      ref.current = element
      measure?.(element)
    },
    [measure],
  )
  const nameId = useId()
  const closed = card.status === 'rejected' || card.status === 'withdrawn'
  const { isDragging, edge } = useCardDnd(ref, card.id, card.stageId, closed || !canMove)
  // Focus stays on a card the user moved, wherever it lands, and its column shows it there.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || !claimPendingFocus(card.id)) return
    element.focus()
    column.landed(element)
  }, [card.id, card.stageId, card.rank, column])

  const moveBy = (toStageId: string | undefined, position: Position) => {
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
      const previousId = column.cardIdAt(index - 1)
      const nextId = column.cardIdAt(index + 1)
      if (direction === 'up' && previousId) moveBy(card.stageId, { beforeId: previousId })
      if (direction === 'down' && nextId) moveBy(card.stageId, { afterId: nextId })
    } else if (direction && !event.shiftKey && !event.altKey && !event.metaKey && !event.ctrlKey) {
      event.preventDefault()
      if (direction === 'up') column.focusAt(index - 1)
      if (direction === 'down') column.focusAt(index + 1)
      if (direction === 'left') focusAcross(job.stages, columns, card.stageId, -1, index)
      if (direction === 'right') focusAcross(job.stages, columns, card.stageId, 1, index)
    }
  }

  return (
    // A focusable list item with its own keys: the board's roving-tabindex grid of cards.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      ref={setRef}
      data-card-id={card.id}
      data-index={index}
      // Where a drop would land against this card: the marker below shows it, tests read it.
      data-drop-edge={edge ?? undefined}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={isActive ? 0 : -1}
      aria-labelledby={nameId}
      aria-describedby={`${nameId}-details ${nameId}-facts`}
      onFocus={(event) => {
        if (event.target === event.currentTarget) column.activate(card.id)
      }}
      onClick={() => openCard(card.id)}
      onKeyDown={handleKeyDown}
      // Cards sit in the list's flow; a margin stands for unmounted cards above this one.
      style={skip ? { marginTop: skip } : undefined}
      // No transition on the card (its shadow had one): with one, every card that shifts in a
      // move costs the browser a transition check, which measured as a third of the move. No
      // outline-none either: Tailwind's outline-2 takes its style from it, so the ring vanished.
      className={cn(
        'border-line hover:border-brand/50 focus-visible:outline-focus cursor-pointer rounded-lg border px-2.5 py-1.5 text-xs shadow-xs select-none hover:shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1',
        isDragging && 'opacity-40',
        closed ? 'bg-subtle border-dashed' : 'bg-surface',
        // The drop edge marker is placed against the card. The (identity) transform gives the
        // card a paint offset of its own: when a move shifts it, the browser reuses what it
        // painted instead of painting it again (no layer is made for a 2D transform).
        'relative [transform:translateX(0)]',
        // While a card is dragged over this column, the gap above the card is the card's (h-1.5
        // is the list's gap-1.5, the virtualizer's GAP): a drop there lands before it, with its
        // marker showing, instead of the marker going out between cards. Only then: a click in
        // a gap opens nothing.
        'group-data-over/column:before:absolute group-data-over/column:before:inset-x-0 group-data-over/column:before:bottom-full group-data-over/column:before:h-1.5',
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
      <CardContent card={card} isActive={isActive} nameId={nameId} />
    </li>
  )
})

/**
 * The first two must-haves a candidate's skills meet. Kept per skills list: a moved card
 * mounts afresh in its new column and finds its match already made.
 */
const topSkillsCache = new WeakMap<
  readonly Requirement[],
  WeakMap<readonly string[], RequirementMatch[]>
>()

function topSkillsOf(skills: readonly string[], requirements: readonly Requirement[]) {
  let bySkills = topSkillsCache.get(requirements)
  if (!bySkills) topSkillsCache.set(requirements, (bySkills = new WeakMap()))
  let top = bySkills.get(skills)
  if (!top) {
    top = matchSkills(skills, requirements)
      .must.filter((match) => match.met)
      .slice(0, 2)
    bySkills.set(skills, top)
  }
  return top
}

/** What a card shows: renders again only when the card's data or its tab stop changes. */
const CardContent = memo(function CardContent({
  card,
  isActive,
  nameId,
}: {
  card: BoardCardData
  isActive: boolean
  /** The id of the name, which labels the card (the details and facts describe it). */
  nameId: string
}) {
  const { job, canMove, cardExtras } = useBoardActions()
  const closed = card.status === 'rejected' || card.status === 'withdrawn'
  const topSkills = topSkillsOf(card.skills, job.requirements)
  const meets = topSkills.length
    ? `, meets ${topSkills.map((match) => match.requirement.label).join(', ')}`
    : ''
  const days = daysSince(card.stageEnteredAt)
  const stageName = job.stages.find((stage) => stage.id === card.stageId)?.name ?? ''
  const tabIndex = isActive ? 0 : -1
  const extras = cardExtras?.(card)

  return (
    <>
      <div className="flex items-center gap-2">
        <CompareCheckbox
          cardId={card.id}
          stageId={card.stageId}
          name={card.name}
          tabIndex={tabIndex}
        />
        <p id={nameId} className="min-w-0 flex-1 truncate text-[13px] leading-5 font-semibold">
          {card.name}
        </p>
        <span className="text-muted shrink-0" aria-hidden>
          {`${days}d`}
        </span>
        {canMove && <CardMoveMenu card={card} tabIndex={tabIndex} />}
      </div>
      <div id={`${nameId}-details`}>
        <p className="text-muted truncate leading-4">
          {[card.currentTitle, card.currentCompany].filter(Boolean).join(' · ') ||
            'No current role'}
        </p>
        <div className="mt-0.5 flex items-center gap-1.5 leading-4">
          {/* Each text one string: one text node, not one per part (a board mounts many). */}
          <span className="shrink-0 font-medium" title="Go years / total backend years">
            {`Go ${card.goYears} / ${card.backendYears} yrs`}
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
        {extras?.shown}
      </div>
      {/* Read after the details (aria-describedby), never shown: a hidden element is neither
          laid out nor painted, where an sr-only one is, clipped, on every card of the board. */}
      <span hidden id={`${nameId}-facts`}>
        {`, ${formatDays(days)} in ${stageName}${meets}, source: ${SOURCE_LABELS[card.source]}${extras?.spoken ?? ''}`}
      </span>
    </>
  )
})

/** Picks the card for "Compare"; small, and outside the card's own click and keys. */
function CompareCheckbox({
  cardId,
  stageId,
  name,
  tabIndex,
}: {
  cardId: string
  stageId: string
  name: string
  tabIndex: number
}) {
  const { selection } = useBoardActions()
  const selected = useSyncExternalStore(selection.subscribe, () => selection.get().has(cardId))
  useEffect(() => {
    if (selected) selection.restage(cardId, stageId)
  }, [selection, selected, cardId, stageId])
  return (
    <input
      type="checkbox"
      aria-label={`Select ${name} to compare`}
      tabIndex={tabIndex}
      checked={selected}
      onChange={(event) => selection.toggle(cardId, stageId, event.target.checked)}
      // Ticking the box must not open the profile, as a click on the card does.
      onClick={(event) => event.stopPropagation()}
      className={cn(
        'accent-brand size-3.5 shrink-0 cursor-pointer transition-opacity',
        selected ? 'opacity-100' : 'opacity-50 hover:opacity-100 focus-visible:opacity-100',
      )}
    />
  )
}
