import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge'
import { useEffect, useRef } from 'react'
import type { Position } from '@contract/applications.ts'
import { isCardDragData } from './use-card-dnd.ts'

/** The first card in a column's list whose top is below `y` (cards are in the list's order). */
function cardBelow(list: Element, y: number) {
  for (const card of list.querySelectorAll<HTMLElement>(':scope > [data-card-id]')) {
    if (card.getBoundingClientRect().top > y) return card.dataset.cardId
  }
  return undefined
}

/**
 * Turns every drop on the board into a move: onto a card's edge, between two cards, or below
 * a column's cards (its end).
 */
export function useBoardDrop(
  onDrop: (cardId: string, toStageId: string, position: Position) => void,
) {
  const onDropRef = useRef(onDrop)
  onDropRef.current = onDrop

  useEffect(
    () =>
      monitorForElements({
        canMonitor: ({ source }) => isCardDragData(source.data),
        onDrop: ({ source, location }) => {
          const target = location.current.dropTargets[0]
          if (!target || !isCardDragData(source.data)) return
          const data = target.data
          if (isCardDragData(data)) {
            if (data.cardId === source.data.cardId) return
            const edge = extractClosestEdge(data)
            onDropRef.current(
              source.data.cardId,
              data.stageId,
              edge === 'top' ? { beforeId: data.cardId } : { afterId: data.cardId },
            )
          } else if (data.type === 'column' && typeof data.stageId === 'string') {
            // In the gap between two cards, it goes between them; below the last, to the end.
            const nextId = cardBelow(target.element, location.current.input.clientY)
            onDropRef.current(
              source.data.cardId,
              data.stageId,
              nextId ? { beforeId: nextId } : 'end',
            )
          }
        },
      }),
    [],
  )
}
