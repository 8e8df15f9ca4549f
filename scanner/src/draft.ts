import { cookiePattern } from '../../src/cookies/pattern'
import type { Preset, PresetCategory } from '../../src/types/presets'
import { presetForCookie } from './catalogue'
import { classifyHost } from './classify'
import type { SeenCookie, Visit } from './types'

/*
 * The draft config (`--out`): what the scan saw, matched to presets and put in categories, in a
 * form `checkConfig` accepts. What matched nothing goes to an "unclassified" category with where
 * it came from, for the site owner to move before publishing.
 */

const TITLES: Record<PresetCategory | 'unclassified', string> = {
  necessary: 'Strictly necessary',
  preferences: 'Preferences',
  analytics: 'Analytics',
  marketing: 'Marketing',
  media: 'Media',
  unclassified: 'Unclassified (review before publishing)',
}

type DraftCookie = { name: string; duration: string; purpose?: string; category?: string }
type DraftService = {
  preset?: string
  category: string
  name?: string
  purpose?: string
  hosts?: string[]
  cookies?: DraftCookie[]
}

/** A lifetime as people write it, from an observed expiry (seconds since the epoch, -1 session). */
export function durationOf(expires: number, now = Date.now() / 1000): string {
  if (expires < 0) return 'session'
  const seconds = Math.max(1, Math.round(expires - now))
  const units: [number, string][] = [
    [31557600, 'year'],
    [2629800, 'month'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ]
  for (const [size, unit] of units) {
    const amount = Math.round(seconds / size)
    // Whole units only where they are close to exact (2 years, not 1.6 years rounded up).
    if (seconds >= size * 0.95 && Math.abs(amount * size - seconds) <= size * 0.05)
      return `${amount} ${unit}${amount == 1 ? '' : 's'}`
  }
  const days = Math.round(seconds / 86400)
  return days >= 1 ? `${days} days` : `${Math.max(1, Math.round(seconds / 60))} minutes`
}

const slug = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 64)

/** Builds the draft config from every visit of the scan. */
export function draftConfig(visits: Visit[]): Record<string, unknown> {
  const services = new Map<string, DraftService>()
  const unknownCookies: DraftCookie[] = []
  const seen = new Map<string, SeenCookie>()
  for (const cookie of visits.flatMap((visit) => visit.cookies))
    if (!seen.has(cookie.name)) seen.set(cookie.name, cookie)

  const servicesFor = (id: string, preset: Preset) => {
    if (!services.has(id)) services.set(id, { preset: id, category: preset.category })
    return services.get(id)!
  }
  for (const cookie of seen.values()) {
    const match = presetForCookie(cookie.name)
    if (!match) {
      unknownCookies.push({
        name: cookie.name,
        duration: durationOf(cookie.expires),
        purpose: `Unknown: set on ${cookie.domain}${cookie.setBy ? ` by ${cookie.setBy}` : ''}`,
        category: 'unclassified',
      })
      continue
    }
    const service = servicesFor(match.id, match.preset)
    // The preset's list, with the lifetimes this site's cookies actually have.
    service.cookies ||= match.preset.cookies.map((c) => ({
      name: c.name,
      duration: String(c.duration),
    }))
    const entry = service.cookies.find((c) => cookiePattern(c.name).test(cookie.name))
    if (entry) entry.duration = durationOf(cookie.expires)
  }
  const hosts = new Set(
    visits.flatMap((v) => v.requests.filter((r) => r.thirdParty).map((r) => r.host)),
  )
  for (const host of hosts) {
    const { match } = classifyHost(host)
    if (match) servicesFor(match.id, match.preset)
    else
      services.set(slug(host), {
        category: 'unclassified',
        name: host,
        purpose: `Unknown: requests to ${host} were seen; classify or remove`,
        hosts: [host],
      })
  }

  const used = new Set<string>(['necessary', ...[...services.values()].map((s) => s.category)])
  if (unknownCookies.length) used.add('unclassified')
  const categories = Object.fromEntries(
    [...used].map((id) => [
      id,
      {
        ...(id == 'necessary' && { required: true }),
        title: TITLES[id as keyof typeof TITLES] || id,
      },
    ]),
  )
  return {
    revision: 1,
    categories,
    services: Object.fromEntries([...services].sort(([a], [b]) => a.localeCompare(b))),
    ...(unknownCookies.length && { cookies: unknownCookies }),
    googleConsentMode: [...hosts].some((h) => /google/.test(h)),
  }
}
