import type { Actor, User } from '@contract/common.ts'
import type { Store } from '../store/store.ts'

/** What every service needs: where data lives, the time, fresh ids, and who is acting. */
export type ServiceContext = {
  store: Store
  now: () => Date
  newId: (prefix: string) => string
  user: User
  actor: Actor
  /** The client (browser tab) that made the request, echoed in change events. */
  origin: string | null
}

/** A short, URL-safe, random id such as `app-3f9c2a7b1e0d4c6a`. */
export const randomId = (prefix: string) =>
  `${prefix}-${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`
