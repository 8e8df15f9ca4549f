import Cookies from 'js-cookie'

/** Attributes for writing or deleting a cookie. */
export interface CookieAttributes {
  domain?: string | undefined
  path?: string | undefined
  /** Lifetime in days. */
  expires?: number | undefined
  sameSite?: 'Lax' | 'Strict' | 'None' | undefined
  secure?: boolean | undefined
}

/** Web storage areas a config may declare keys in. */
export type StorageArea = 'localStorage' | 'sessionStorage'

/**
 * Everything the consent core needs from the browser, in one replaceable adapter: cookies, web
 * storage keys, and where the page is. Tests and server-side rendering pass their own.
 */
export interface CookieJar {
  /** The value of a cookie, or `undefined`. */
  get(name: string): string | undefined
  /** The names of every cookie the page can see. */
  names(): string[]
  set(name: string, value: string, attributes: CookieAttributes): void
  remove(name: string, attributes: CookieAttributes): void
  /** Keys present in a web storage area. */
  keys(area: StorageArea): string[]
  removeKey(area: StorageArea, key: string): void
  /** The page's host name, path and whether it is served over https. */
  location(): { host: string; path: string; secure: boolean }
}

// Cookies and storage can throw (sandboxed iframes, disabled cookies, Safari private mode).
// Consent must keep working for the page's lifetime, so every access degrades to "nothing".
const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/** The browser's own cookies and storage, read and written with js-cookie. */
export function createBrowserJar(): CookieJar {
  const area = (name: StorageArea) => attempt(() => window[name])
  return {
    get: (name) => attempt(() => Cookies.get(name)),
    names: () => attempt(() => Object.keys(Cookies.get())) || [],
    set: (name, value, attributes) => void attempt(() => Cookies.set(name, value, attributes)),
    remove: (name, attributes) => attempt(() => Cookies.remove(name, attributes)),
    keys: (name) => attempt(() => Object.keys(area(name) || {})) || [],
    removeKey: (name, key) => attempt(() => area(name)?.removeItem(key)),
    location: () => ({
      host: location.hostname,
      path: location.pathname,
      secure: location.protocol == 'https:',
    }),
  }
}
