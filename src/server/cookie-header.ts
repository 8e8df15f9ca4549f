/**
 * The value of one cookie in a `Cookie` request header, or `undefined`. The first of two
 * cookies with the same name wins, as in `document.cookie` (the browser sends the one with the
 * longer path first). Values js-cookie percent-encoded are decoded; a malformed escape leaves
 * the value as sent, which then fails to decode as a record: no choice.
 * @internal
 */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const pair of (header || '').split(';')) {
    const equals = pair.indexOf('=')
    if (equals < 0 || pair.slice(0, equals).trim() != name) continue
    const raw = pair.slice(equals + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return undefined
}
