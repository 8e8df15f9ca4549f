/**
 * FNV-1a, base 36. Not a security measure: it detects a consent cookie edited or truncated by
 * hand, and tells whether a config is the very one validated before.
 * @internal
 */
export function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36)
}
