import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine'
import { draggable, dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import {
  attachClosestEdge,
  extractClosestEdge,
  type Edge,
} from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge'
import { useEffect, useState, type RefObject } from 'react'

export type CardDragData = { type: 'card'; cardId: string; stageId: string }

export const isCardDragData = (data: Record<string | symbol, unknown>): data is CardDragData =>
  data.type === 'card'

/**
 * Makes a card draggable and a drop target that tells whether a drop lands above or below
 * it. State stays inside the card, so a drag re-renders only the cards it passes over.
 */
export function useCardDnd(
  ref: RefObject<HTMLElement | null>,
  cardId: string,
  stageId: string,
  disabled: boolean,
) {
  const [isDragging, setIsDragging] = useState(false)
  const [edge, setEdge] = useState<Edge | null>(null)

  useEffect(() => {
    const element = ref.current
    if (!element || disabled) return
    const data: CardDragData = { type: 'card', cardId, stageId }
    return combine(
      draggable({
        element,
        getInitialData: () => data,
        onDragStart: () => setIsDragging(true),
        onDrop: () => setIsDragging(false),
      }),
      dropTargetForElements({
        element,
        // The dragged card is a target too, so dropping it where it started changes nothing.
        canDrop: ({ source }) => isCardDragData(source.data),
        getData: ({ input }) =>
          attachClosestEdge(data, { element, input, allowedEdges: ['top', 'bottom'] }),
        onDrag: ({ self, source }) =>
          setEdge(source.element === element ? null : extractClosestEdge(self.data)),
        onDragLeave: () => setEdge(null),
        onDrop: () => setEdge(null),
      }),
    )
  }, [ref, cardId, stageId, disabled])

  return { isDragging, edge }
}
