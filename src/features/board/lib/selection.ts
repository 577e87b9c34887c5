/** Cards picked to compare, and the stage each is in; at most this many compare at once. */
export const COMPARE_LIMIT = { min: 2, max: 4 } as const

export type Selection = ReadonlyMap<string, string>

/**
 * The compare selection lives outside React state, so ticking one card re-renders that card
 * and the header, not the board (cards subscribe with useSyncExternalStore).
 */
export function createSelectionStore() {
  let selection: Selection = new Map()
  const listeners = new Set<() => void>()
  const set = (next: Selection) => {
    selection = next
    for (const listener of listeners) listener()
  }
  return {
    get: () => selection,
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    toggle: (cardId: string, stageId: string, selected: boolean) => {
      const next = new Map(selection)
      if (selected) next.set(cardId, stageId)
      else next.delete(cardId)
      set(next)
    },
    /** Keeps a selected card's stage right after it moves. */
    restage: (cardId: string, stageId: string) => {
      if (selection.get(cardId) === undefined || selection.get(cardId) === stageId) return
      set(new Map(selection).set(cardId, stageId))
    },
    clear: () => {
      if (selection.size) set(new Map())
    },
  }
}

export type SelectionStore = ReturnType<typeof createSelectionStore>

/** The ids to compare when the selection can be compared: 2–4 cards, all in one stage. */
export function comparable(selection: Selection): string[] | undefined {
  const stages = new Set(selection.values())
  const { size } = selection
  if (stages.size !== 1 || size < COMPARE_LIMIT.min || size > COMPARE_LIMIT.max) return undefined
  return [...selection.keys()]
}
