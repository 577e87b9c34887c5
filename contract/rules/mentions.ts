/**
 * Mentions in notes: `@handle`, where a user's handle is their email's local part
 * (`@maya.okonjo`). Matching ignores case; an email address is not a mention.
 */
export const mentionHandle = (user: { email: string }) =>
  user.email.slice(0, user.email.indexOf('@')).toLowerCase()

// Starts at the text's start or after a character that cannot be part of an address; a
// handle's last character is not punctuation, so "thanks @maya.okonjo." still matches.
const MENTION = /(?:^|[^\p{L}\p{N}._%+-])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)/giu

/** The distinct handles `body` mentions, lower-cased, in order of first mention. */
export function findMentionHandles(body: string): string[] {
  const handles = new Set<string>()
  for (const match of body.matchAll(MENTION)) handles.add(match[1]!.toLowerCase())
  return [...handles]
}
