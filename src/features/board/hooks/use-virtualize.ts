import { useSearchParams } from 'react-router-dom'

/**
 * `?virtualize=off` mounts every loaded card: the reference the benchmark compares the
 * virtualized columns with. The one place that reads the switch.
 */
export function useVirtualize() {
  const [search] = useSearchParams()
  return search.get('virtualize') !== 'off'
}
