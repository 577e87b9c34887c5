import { apiPaths } from '@contract/api.ts'
import type { UserList } from '@contract/common.ts'
import { api } from '@/lib/api-client.ts'

/** Demo mode: the users one may sign in as, listed before anyone is signed in. */
export const getDemoUsers = () => api<UserList>(apiPaths.demoUsers())
