/**
 * Mentions in notes: `@handle`, where a user's handle is their email's local part
 * (`@maya.okonjo`). Matching ignores case; an email address is not a mention.
 */
export const mentionHandle = (user: { email: string }) =>
  user.email.slice(0, user.email.indexOf('@')).toLowerCase()

// Starts at the text's start or after a character that cannot be part of an address; a
// handle's last character is not punctuation, so "thanks @maya.okonjo." still matches.
const MENTION = /(?:^|[^\p{L}\p{N}._%+-])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)/giu

/**
 * Where `text` mentions someone, in order: each `@handle`'s offsets (`start` at the `@`,
 * `end` after the handle), so a renderer highlights exactly what notifies.
 */
export function findMentions(text: string): { handle: string; start: number; end: number }[] {
  return [...text.matchAll(MENTION)].map((match) => {
    const end = match.index + match[0].length
    return { handle: match[1]!.toLowerCase(), start: end - match[1]!.length - 1, end }
  })
}

/**
 * The mention being typed at the end of `before` (the text up to the caret): the letters
 * after its `@` (possibly none) and where the `@` is; null when the caret is not in one.
 */
export function mentionInProgress(before: string): { query: string; start: number } | null {
  const match = /(?:^|[^\p{L}\p{N}._%+-])@([a-z0-9._-]*)$/iu.exec(before)
  if (!match) return null
  return { query: match[1]!, start: before.length - match[1]!.length - 1 }
}

/** The distinct handles `body` mentions, lower-cased, in order of first mention. */
export function findMentionHandles(body: string): string[] {
  const handles = new Set<string>()
  for (const match of body.matchAll(MENTION)) handles.add(match[1]!.toLowerCase())
  return [...handles]
}
