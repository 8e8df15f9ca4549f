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
export interface CookieJar extends CookieReader {
  /** The page's host name, path and whether it is served over https. */
  location(): { host: string; path: string; secure: boolean }
  set(name: string, value: string, attributes: CookieAttributes): void
  /** Deletes a cookie (attributes name the variant), or a key of a web storage area. */
  remove(name: string, attributes: CookieAttributes, area?: StorageArea): void
}

/** The reading half of a {@link CookieJar}. */
export interface CookieReader {
  /**
   * The value of a cookie, or `undefined`: also when the page sees the name twice with two
   * different values (two cookies of one name for two paths or domains), since which one is genuine cannot be told.
   */
  get(name: string): string | undefined
  /** The names of every cookie the page can see, or the keys of a web storage area. */
  names(area?: StorageArea): string[]
}
