import { PRESET_HOSTS } from './preset-hosts'

/** What auto-blocking reads from the config (src/config/schema.ts). @internal */
export interface AutoBlockConfig {
  categories: Record<string, { required?: boolean | undefined }>
  services?:
    | Record<
        string,
        { category: string; hosts?: string[] | undefined; preset?: string | undefined }
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
 * Builds the host lookup from the config: each service's `hosts`, else its preset's. An entry is
 * an exact host or `*.example.com` (any subdomain of example.com). A host several services
 * declare belongs to the first of them in the config. Hosts of services in a required category
 * are declared but never blocked.
 * @internal
 */
export function createHostMap(config: AutoBlockConfig, base: URL): HostOwner {
  const exact = new Map<string, string | undefined>()
  const suffixes: [string, string | undefined][] = []
  for (const [id, service] of Object.entries(config.services || {})) {
    const owner = config.categories[service.category]?.required ? undefined : id
    for (const host of service.hosts || PRESET_HOSTS[service.preset || id] || []) {
      const name = host.toLowerCase()
      if (name.startsWith('*.')) suffixes.push([name.slice(1), owner])
      else if (!exact.has(name)) exact.set(name, owner)
    }
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
    if (exact.has(host)) return exact.get(host)
    const suffix = suffixes.find(([end]) => host.endsWith(end))
    return suffix ? suffix[1] : ''
  }
}
