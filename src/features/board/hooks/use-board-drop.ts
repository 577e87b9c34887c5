import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge'
import { useEffect, useRef } from 'react'
import type { Position } from '@contract/applications.ts'
import { isCardDragData } from './use-card-dnd.ts'

/** Turns every drop on the board into a move: onto a card's edge, or into a column's end. */
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
            onDropRef.current(source.data.cardId, data.stageId, 'end')
          }
        },
      }),
    [],
  )
}
