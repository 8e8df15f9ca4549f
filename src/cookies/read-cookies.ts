import type { CookieReader } from '../types/cookies'

/**
 * The page's cookies by name. As js-cookie reads them: percent-escapes decoded, and one that
 * cannot be decoded left out. Unlike js-cookie, a name the page sees twice with two different
 * values (the same name set for another path or a parent domain, by this site or a sibling
 * subdomain) maps to `undefined`: which one is genuine cannot be told, and the consent cookie
 * must then count as no choice. Where the browser throws (sandboxed iframes, disabled cookies),
 * there are none.
 * @internal
 */
export function readCookies(): Map<string, string | undefined> {
  const jar = new Map<string, string | undefined>()
  const decode = (part: string) => part.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)
  try {
    for (const pair of document.cookie.split('; ')) {
      const at = pair.indexOf('=')
      if (at < 0) continue
      try {
        const name = decode(pair.slice(0, at))
        const value = decode(pair.slice(at + 1))
        jar.set(name, jar.has(name) && jar.get(name) !== value ? undefined : value)
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
  get: (name) => readCookies().get(name),
  names(area) {
    try {
      return area ? Object.keys(window[area]) : [...readCookies().keys()]
    } catch {
      return []
    }
  },
})
