import { autoScrollForElements } from '@atlaskit/pragmatic-drag-and-drop-auto-scroll/element'
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine'
import { dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { useEffect, useState, type RefObject } from 'react'
import { isCardDragData } from './use-card-dnd.ts'

export type ColumnDropData = { type: 'column'; stageId: string }

/** A column takes drops anywhere (a drop past its last card lands at the end) and auto-scrolls. */
export function useColumnDrop(ref: RefObject<HTMLElement | null>, stageId: string) {
  const [isOver, setIsOver] = useState(false)

  useEffect(() => {
    const element = ref.current
    if (!element) return
    const data: ColumnDropData = { type: 'column', stageId }
    return combine(
      dropTargetForElements({
        element,
        canDrop: ({ source }) => isCardDragData(source.data),
        getData: () => data,
        onDragEnter: () => setIsOver(true),
        onDragLeave: () => setIsOver(false),
        onDrop: () => setIsOver(false),
      }),
      autoScrollForElements({ element, canScroll: ({ source }) => isCardDragData(source.data) }),
    )
  }, [ref, stageId])

  return isOver
}
