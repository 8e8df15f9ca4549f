import type { CookieReader } from './jar'

// As js-cookie reads them: percent-escapes decoded, the first of two same-named cookies (the
// more specific path) wins, and one that cannot be decoded is left out. Where the browser
// throws (sandboxed iframes, disabled cookies), there are none.
const cookies = () => {
  const jar: Record<string, string> = {}
  const decode = (text: string) => text.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)
  try {
    for (const pair of document.cookie.split('; ')) {
      const at = pair.indexOf('=')
      try {
        jar[decode(pair.slice(0, at))] ??= decode(pair.slice(at + 1))
      } catch {
        // Not ours to repair.
      }
    }
  } catch {
    // No cookies here.
  }
  return jar
}

/**
 * The browser's cookies and storage keys, read by hand: the script-tag core only reads, and
 * js-cookie comes with the first write.
 * @internal
 */
export const createCookieReader = (): CookieReader => ({
  get: (name) => cookies()[name],
  names(area) {
    try {
      return Object.keys(area ? window[area] : cookies())
    } catch {
      return []
    }
  },
})
