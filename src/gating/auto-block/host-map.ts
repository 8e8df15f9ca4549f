/** What auto-blocking reads from the config (src/config/schema.ts). @internal */
export interface AutoBlockConfig {
  categories: Record<string, { required?: boolean | undefined }>
  services?:
    | Record<
        string,
        { category?: string | undefined; hosts?: string[] | undefined; preset?: unknown }
      >
    | undefined
  autoBlock?: boolean | { undeclared?: 'warn' | 'block' | undefined } | undefined
}

/**
 * What a URL's host means for auto-blocking: `undefined` to leave it alone (first-party, not
 * http(s), or a necessary service's), a service id to block it until that service is granted, or
 * `''` for a third-party host no service declares.
 * @internal
 */
export type HostOwner = (url: string) => string | undefined

/**
 * Builds the host lookup from each service's `hosts` (a compiled config, or presets filled in).
 * An entry is an exact host or `*.example.com` (any subdomain of example.com). A host several
 * services declare belongs to the first of them in the config. Hosts of services in a required
 * category are declared but never blocked.
 * @internal
 */
export function createHostMap(config: AutoBlockConfig, base: URL): HostOwner {
  // [host, owner] in config order; a `*.` entry is kept as its suffix, `.example.com`.
  const entries: [string, string | undefined][] = []
  for (const [id, service] of Object.entries(config.services || {})) {
    const owner = config.categories[service.category!]?.required ? undefined : id
    for (const host of service.hosts || [])
      entries.push([host.toLowerCase().replace(/^\*/, ''), owner])
  }
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url, base)
    } catch {
      return
    }
    const host = parsed.hostname
    if (!/^https?:$/.test(parsed.protocol) || host == base.hostname) return
    const entry = entries.find(([name]) => (name[0] == '.' ? host.endsWith(name) : host == name))
    return entry ? entry[1] : ''
  }
}
