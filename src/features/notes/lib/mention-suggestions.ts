import type { User } from '@contract/common.ts'
import { mentionHandle } from '@contract/rules/mentions.ts'
import { foldForSearch } from '@contract/rules/search-fold.ts'

/**
 * Team members whose handle, or a word of whose name, starts with `query`: handle matches
 * first, then by name. An empty query (just "@") lists everyone.
 */
export function suggestMentions(users: readonly User[], query: string, limit = 6): User[] {
  const wanted = foldForSearch(query)
  const rank = (user: User) => {
    if (mentionHandle(user).startsWith(wanted)) return 0
    return foldForSearch(user.name)
      .split(/\s+/)
      .some((word) => word.startsWith(wanted))
      ? 1
      : -1
  }
  return users
    .map((user) => ({ user, rank: rank(user) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.user.name.localeCompare(b.user.name))
    .slice(0, limit)
    .map((entry) => entry.user)
}

/** `value` with the mention typed from `start` to `caret` completed to `@handle `. */
export function insertMention(value: string, start: number, caret: number, handle: string) {
  const inserted = `@${handle} `
  // Don't double the space when one already follows.
  const rest = value.slice(caret).replace(/^ /, '')
  return { value: value.slice(0, start) + inserted + rest, caret: start + inserted.length }
}
