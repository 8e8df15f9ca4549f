/**
 * The name the consent cookie is written and read under. On https with no configured `domain`
 * (and the whole site as its path) it is `__Host-<name>`: browsers then accept it only when set
 * Secure, with `Path=/` and no `Domain`, by this very host, so a sibling subdomain (or a page of
 * this host over plain http) can neither forge nor shadow it. A configured `domain` shares the
 * cookie with every subdomain of it, which can then also write it: the plain name is kept, and
 * so is the weakness (README, "The consent cookie").
 * @param cookie the config's `cookie` (`name` already defaulted).
 * @param secure whether the page is served over https.
 */
export function consentCookieName(
  cookie: { name: string; domain?: string | undefined; path?: string | undefined },
  secure: boolean,
): string {
  const wholeSite = !cookie.path || cookie.path == '/'
  return secure && !cookie.domain && wholeSite ? '__Host-' + cookie.name : cookie.name
}
