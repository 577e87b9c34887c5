import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { useEffect, useState } from 'react'
import { isCardDragData } from './use-card-dnd.ts'

/** The card of this column being dragged, if any: its column keeps it mounted. */
export function useDraggedCard(stageId: string) {
  const [cardId, setCardId] = useState<string>()
  useEffect(
    () =>
      monitorForElements({
        // Only the dragged card's own column listens, so a drag re-renders one column.
        canMonitor: ({ source }) => isCardDragData(source.data) && source.data.stageId === stageId,
        onDragStart: ({ source }) => {
          if (isCardDragData(source.data)) setCardId(source.data.cardId)
        },
        onDrop: () => setCardId(undefined),
      }),
    [stageId],
  )
  return cardId
}
