/** Session tokens: 32 random bytes for the cookie; the store keeps only their SHA-256. */
const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')

export function newSessionToken() {
  return toHex(crypto.getRandomValues(new Uint8Array(32)))
}

export async function hashToken(token: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return toHex(new Uint8Array(digest))
}
