import type { QueryClient } from '@tanstack/react-query'

/**
 * The version each record's last write from this tab saved, per query client. A read that
 * left before that write landed (a search answering meanwhile) shows an older version, and a
 * write based on it would be refused as a conflict. Versions only go up, so the newer of the
 * two is the one to send. A data reset forgets them all (resetDataQueries).
 */
const saved = new WeakMap<QueryClient, Map<string, number>>()

export function savedVersions(queryClient: QueryClient) {
  let versions = saved.get(queryClient)
  if (!versions) saved.set(queryClient, (versions = new Map()))
  return versions
}
