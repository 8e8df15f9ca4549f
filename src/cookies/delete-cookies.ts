import type { CookieJar, StorageArea } from '../types'

/** A declared cookie or storage key, compiled, with the category or service that owns it. */
export interface CookieRule {
  match: RegExp
  /** Category id or service id. */
  owner: string
  /** Where it lives; `undefined` for a cookie. */
  storage?: StorageArea | undefined
  domain?: string | undefined
  path?: string | undefined
}

/**
 * Every domain a script on `host` may have set a cookie on: host-only first, then parents. On an
 * IP address the "parents" are not domains; the browser ignores such writes, so no special case.
 */
const domainsFor = (host: string, declared?: string): (string | undefined)[] => {
  const labels = host.split('.')
  return [
    undefined,
    ...labels.slice(0, -1).map((_, i) => labels.slice(i).join('.')),
    ...(declared ? [declared] : []),
  ]
}

/**
 * Every path a cookie visible here may have been set on. A cookie set without a Path takes the
 * directory of the page that set it (RFC 6265 §5.1.4), so try each prefix of the current path,
 * with and without its trailing slash.
 */
const pathsFor = (path: string, declared?: string): string[] => {
  const out = new Set(['/', ...(declared ? [declared] : [])])
  let prefix = ''
  for (const segment of path.split('/').filter(Boolean)) {
    prefix += '/' + segment
    out.add(prefix).add(prefix + '/')
  }
  return [...out]
}

/**
 * Deletes the cookies and storage keys that `rules` declare and that are present now. Patterns
 * are matched against the names actually there; a cookie can only be deleted with the domain
 * and path it was set with, which script cannot read, so every plausible pair is tried.
 *
 * @param kept names it says yes to are never touched (the consent cookie, necessary cookies),
 *   even when a rule matches them too.
 */
export function deleteCookies(
  jar: CookieJar,
  rules: CookieRule[],
  kept: (name: string) => boolean,
): void {
  const { host, path } = jar.location()
  // Read once per area, not once per rule: a config may declare thousands of patterns.
  const present: Partial<Record<string, string[]>> = {}
  for (const rule of rules)
    for (const name of (present[rule.storage || 'cookie'] ||= jar.names(rule.storage)))
      if (rule.match.test(name) && !kept(name))
        // Storage keys have no domain or path: one pass.
        for (const domain of rule.storage ? [undefined] : domainsFor(host, rule.domain))
          for (const p of rule.storage ? [undefined] : pathsFor(path, rule.path))
            jar.remove(name, { domain, path: p }, rule.storage)
}
