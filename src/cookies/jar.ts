import Cookies from 'js-cookie'
import { createCookieReader } from './read-cookies'
import type { CookieJar } from '../types'

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
  return {
    ...createCookieReader(),
    set: (name, value, attributes) => void attempt(() => Cookies.set(name, value, attributes)),
    remove: (name, attributes, area) =>
      attempt(() => (area ? window[area].removeItem(name) : Cookies.remove(name, attributes))),
    // Server-side rendering has no `location`: nothing is written there anyway.
    location: () =>
      typeof location == 'object'
        ? {
            host: location.hostname,
            path: location.pathname,
            secure: location.protocol == 'https:',
          }
        : { host: '', path: '/', secure: false },
  }
}
