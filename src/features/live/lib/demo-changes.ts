import { DEMO_CHANGE_EVENT } from '@contract/change-kinds.ts'
import type { RemoteChange } from './change-queue.ts'

/** Mock mode: another tab of this browser changed the demo's data; it does not say what. */
export function followDemoChanges(onChange: (change: RemoteChange) => void) {
  const handleChange = () => onChange({ kind: 'anything' })
  window.addEventListener(DEMO_CHANGE_EVENT, handleChange)
  return () => window.removeEventListener(DEMO_CHANGE_EVENT, handleChange)
}
