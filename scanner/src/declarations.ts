import { cookiePattern } from '../../src/cookies/pattern'
import { expandPresets } from '../../src/config/expand-presets'
import { presets } from '../../src/services/presets'
import { hostIn, presetById } from './catalogue'

/*
 * What a site's Consentry config declares: which cookie names (and whether each is in a
 * required category) and which hosts. Used to check a Consentry site against itself, or any
 * site against `--config`.
 */

/** The declarations of one config. */
export interface Declarations {
  /** Whether the name matches a declared cookie; `necessary` when its category is required. */
  cookie(name: string): { declared: boolean; necessary: boolean }
  host(host: string): boolean
  /** Declared services and explicitly listed cookie names, for `declared-not-seen`. */
  listed: {
    kind: 'service' | 'cookie'
    id: string
    test(names: string[], hosts: string[]): boolean
  }[]
}

type Cookie = { name: string; category?: string; service?: string }
type Service = { category: string; cookies?: Cookie[]; hosts?: string[]; preset?: string }
type Config = {
  categories: Record<string, { required?: boolean; cookies?: Cookie[] }>
  services?: Record<string, Service>
  cookies?: Cookie[]
  cookie?: { name?: string }
}

/**
 * Reads a config's declarations. A service's hosts are its `hosts`, its preset's, or those of
 * the preset its id names (the demo's `"google-analytics"` service), plus `extraHosts` by
 * service id: the hosts of the page's own `data-consent` elements.
 */
export function declarationsOf(input: unknown): Declarations {
  const config = expandPresets(input as Config, presets).config
  const required = (category: string | undefined) =>
    !!category && !!config.categories[category]?.required
  const services = Object.entries(config.services || {})
  const cookies: { test: RegExp; necessary: boolean }[] = [
    { test: cookiePattern(config.cookie?.name || 'consentry'), necessary: true },
  ]
  const add = (list: Cookie[] | undefined, category: string | undefined) =>
    list?.forEach((cookie) => {
      const owner = cookie.service ? config.services?.[cookie.service]?.category : cookie.category
      const test = safePattern(cookie.name)
      if (test) cookies.push({ test, necessary: required(owner || category) })
    })
  for (const [id, category] of Object.entries(config.categories)) add(category.cookies, id)
  for (const [id, service] of services)
    add(service.cookies || presetById(id)?.cookies, service.category)
  add(config.cookies, undefined)

  const hostsOf = (id: string, service: Service) => service.hosts || presetById(id)?.hosts || []
  return {
    cookie(name) {
      const found = cookies.filter((cookie) => cookie.test.test(name))
      return { declared: found.length > 0, necessary: found.some((cookie) => cookie.necessary) }
    },
    host: (host) =>
      services.some(([id, service]) => hostsOf(id, service).some((h) => hostIn(host, h))),
    listed: [
      ...services.map(([id, service]) => ({
        kind: 'service' as const,
        id,
        test: (names: string[], hosts: string[]) =>
          hosts.some((host) => hostsOf(id, service).some((h) => hostIn(host, h))) ||
          (service.cookies || presetById(id)?.cookies || []).some((cookie) =>
            names.some((name) => safePattern(cookie.name)?.test(name)),
          ),
      })),
      ...[
        ...Object.values(config.categories).flatMap((c) => c.cookies || []),
        ...(config.cookies || []),
      ].map((cookie) => ({
        kind: 'cookie' as const,
        id: cookie.name,
        test: (names: string[]) => names.some((name) => safePattern(cookie.name)?.test(name)),
      })),
    ],
  }
}

function safePattern(name: string): RegExp | undefined {
  try {
    return cookiePattern(name)
  } catch {
    return undefined
  }
}
