import { describe, expect, it } from 'vitest'
import { checkConfig, cookiePattern, parseDuration } from 'consentry'
import { expandPresets, presets } from 'consentry/presets'
import type { Preset } from 'consentry'

const catalogue: Record<string, Preset> = presets
const entries = Object.entries(catalogue)
const allCookies = entries.flatMap(([id, preset]) =>
  preset.cookies.map((cookie) => ({ id, ...cookie })),
)

// The seven keys of Google Consent Mode v2, as REQUIREMENTS.md lists them.
const CONSENT_MODE_KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]

// Presets the growth to a hundred added for the scanner: the most common trackers and embeds,
// and the session cookies of common frameworks, load balancers and shop systems.
const WIDELY_USED = [
  'google-doubleclick',
  'google-adsense',
  'google-fonts',
  'adobe-analytics',
  'yandex-metrica',
  'criteo',
  'facebook-social-plugins',
  'x-embed',
  'zendesk',
  'klaviyo',
  'paypal',
  'woocommerce',
  'magento',
  'drupal',
  'joomla',
  'laravel',
  'django',
  'aspnet',
  'aspnet-core',
  'java-session',
  'aws-elb',
]

const REQUIRED = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'hotjar',
  'meta-pixel',
  'microsoft-clarity',
  'microsoft-uet',
  'matomo',
  'hubspot',
  'tiktok-pixel',
  'linkedin-insight',
  'pinterest-tag',
  'x-pixel',
  'mailchimp',
  'intercom',
  'youtube',
  'vimeo',
  'google-maps',
  'google-recaptcha',
  'stripe',
  'cloudflare',
  'wordpress',
  'wordpress-comments',
  'php-session',
  'shopify',
  'segment',
  'mixpanel',
  'amplitude',
  'plausible',
  'crisp',
]

/** The preset's cookie declared under exactly `name`. */
const cookie = (id: string, name: string) => catalogue[id]?.cookies.find((c) => c.name == name)

const DAY = 86400

// A config with one category per preset category, the necessary one required.
const CATEGORIES = {
  necessary: { required: true },
  preferences: {},
  analytics: {},
  marketing: {},
  media: {},
}

/** `checkConfig`'s issues for a config whose services name the given presets, once expanded. */
const issuesOfExpanded = (ids: string[]) => {
  const services = Object.fromEntries(ids.map((id) => [id, { preset: id }]))
  const { config, unknown } = expandPresets(
    { revision: 1, categories: CATEGORIES, services },
    catalogue,
  )
  return [...unknown, ...checkConfig(config)]
}

describe('the preset catalogue', () => {
  it('holds at least a hundred presets, among them every one the brief names', () => {
    expect(entries.length).toBeGreaterThanOrEqual(100)
    expect(REQUIRED.filter((id) => !(id in catalogue))).toEqual([])
    expect(WIDELY_USED.filter((id) => !(id in catalogue))).toEqual([])
  })

  it('gives every preset a name of its own', () => {
    const names = entries.map(([, preset]) => preset.name)
    expect(names.filter((name, i) => names.indexOf(name) != i)).toEqual([])
  })

  it('expands each preset, alone, into a config that checkConfig accepts', () => {
    for (const [id] of entries) expect(issuesOfExpanded([id]), id).toEqual([])
  })

  it('expands all presets together into one config that checkConfig accepts', () => {
    expect(issuesOfExpanded(entries.map(([id]) => id))).toEqual([])
  })

  it('writes each purpose, of the service and of its cookies, as one short sentence', () => {
    const purposes = entries.flatMap(([id, preset]) => [
      [id, preset.purpose],
      ...preset.cookies.map((c) => [`${id}: ${c.name}`, c.purpose ?? ''] as const),
    ])
    for (const [where, purpose] of purposes) {
      expect(purpose, where).toMatch(/^[A-Z][^]*\.$/)
      expect(purpose.length, where).toBeLessThanOrEqual(100)
      expect(purpose.slice(0, -1), where).not.toMatch(/[.!?] [A-Z]/)
    }
  })

  it("claims no exact cookie name of another preset with a pattern, so a scanner's match is unambiguous", () => {
    const exactNames = allCookies.filter(({ name }) => !/[<*/[{]/.test(name))
    expect(exactNames.length).toBeGreaterThan(200)
    const claims = allCookies.flatMap(({ id, name: pattern }) => {
      const ownNames = catalogue[id]!.cookies.map((c) => c.name)
      return exactNames
        .filter((c) => c.id != id && !ownNames.includes(c.name))
        .filter((c) => cookiePattern(pattern).test(c.name))
        .map((c) => `${id}: ${pattern} claims ${c.id}: ${c.name}`)
    })
    expect(claims).toEqual([])
  })

  it('gives a cookie declared by several presets the same lifetime in each', () => {
    const lifetimes = new Map<string, Set<number>>()
    for (const { name, duration } of allCookies)
      lifetimes.set(name, (lifetimes.get(name) ?? new Set()).add(parseDuration(duration)!))
    const disagreeing = [...lifetimes].filter(([, seconds]) => seconds.size > 1)
    expect(disagreeing.map(([name]) => name)).toEqual([])
  })

  it('uses kebab-case ids that a service id accepts', () => {
    for (const [id] of entries) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('fills every required field of every preset', () => {
    for (const [id, preset] of entries) {
      for (const field of ['name', 'provider', 'purpose', 'privacyPolicyUrl'] as const)
        expect(preset[field].trim(), `${id}.${field}`).not.toBe('')
      expect(['necessary', 'preferences', 'analytics', 'marketing', 'media']).toContain(
        preset.category,
      )
      expect(Array.isArray(preset.cookies), id).toBe(true)
      expect(Array.isArray(preset.hosts), id).toBe(true)
      expect(preset.sources.length, `${id} cites no source`).toBeGreaterThan(0)
    }
  })

  it('writes every cookie name as a safe pattern that compiles', () => {
    for (const { id, name } of allCookies) {
      // checkConfig turns down a name that is not a safe pattern, as it would in a site's config.
      const config = { revision: 1, categories: { necessary: { required: true } } }
      const cookies = [{ name, category: 'necessary' }]
      expect(checkConfig({ ...config, cookies }), `${id}: ${name}`).toEqual([])
      expect(() => cookiePattern(name), `${id}: ${name}`).not.toThrow()
    }
  })

  it('writes every lifetime so that parseDuration reads it', () => {
    for (const { id, name, duration } of allCookies)
      expect(parseDuration(duration), `${id}: ${name} lasts ${duration}`).toBeTypeOf('number')
  })

  it('declares each cookie name once per preset', () => {
    for (const [id, preset] of entries) {
      const names = preset.cookies.map((c) => c.name)
      expect(new Set(names).size, id).toBe(names.length)
    }
  })

  it('links only https privacy policies and sources', () => {
    for (const [id, preset] of entries)
      for (const url of [preset.privacyPolicyUrl, ...preset.sources])
        expect(new URL(url).protocol, `${id}: ${url}`).toBe('https:')
  })

  it('uses only the seven Consent Mode keys, and only for Google services', () => {
    for (const [id, preset] of entries) {
      for (const key of preset.consentMode ?? []) expect(CONSENT_MODE_KEYS, id).toContain(key)
      if (preset.consentMode) expect(preset.provider, id).toMatch(/^Google /)
    }
    expect(catalogue['google-analytics']!.consentMode).toEqual(['analytics_storage'])
    expect(catalogue['google-ads']!.consentMode).toEqual([
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
    ])
  })

  it('[vendor.gating-only] names only the vendor adapters that exist, on the services they belong to', () => {
    const vendors = Object.fromEntries(
      entries.filter(([, preset]) => preset.vendor).map(([id, preset]) => [id, preset.vendor]),
    )
    expect(vendors).toEqual({
      'google-analytics': 'ga',
      'meta-pixel': 'meta',
      'microsoft-clarity': 'clarity',
      'microsoft-uet': 'uet',
      matomo: 'matomo',
      'tiktok-pixel': 'tiktok',
    })
  })

  it('lists hosts as bare host names', () => {
    const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/
    for (const [id, preset] of entries)
      for (const host of preset.hosts) expect(host, `${id}: ${host}`).toMatch(HOST)
    expect(catalogue.youtube!.hosts).toContain('www.youtube-nocookie.com')
  })

  it('lists each host once per preset', () => {
    for (const [id, preset] of entries)
      expect(new Set(preset.hosts).size, id).toBe(preset.hosts.length)
  })

  it('gives every third-party service a host to recognise it by', () => {
    // Only the site's own software, and what runs in front of it (a CDN, a load balancer), has
    // none: its cookies come from the site's own host.
    for (const [id, preset] of entries)
      if (!preset.hosts.length)
        expect(
          preset.provider.startsWith('This website') || preset.category == 'necessary',
          id,
        ).toBe(true)
  })

  it('gives Tag Manager no cookies and does not file it under analytics', () => {
    expect(catalogue['google-tag-manager']!.cookies).toEqual([])
    expect(catalogue['google-tag-manager']!.category).not.toBe('analytics')
  })

  it('says that Plausible sets no cookies', () => {
    expect(catalogue.plausible!.cookies).toEqual([])
  })

  it('suggests the categories REQUIREMENTS.md gives', () => {
    for (const id of ['stripe', 'cloudflare', 'wordpress', 'php-session'])
      expect(catalogue[id]!.category, id).toBe('necessary')
    const SESSIONS = ['java-session', 'aspnet', 'aspnet-core', 'django', 'laravel', 'drupal']
    for (const id of [...SESSIONS, 'joomla', 'magento', 'woocommerce', 'aws-elb', 'f5-big-ip'])
      expect(catalogue[id]!.category, id).toBe('necessary')
    expect(catalogue['woocommerce-order-attribution']!.category).toBe('analytics')
    expect(catalogue['google-fonts']!.category).toBe('media')
    expect(catalogue['wordpress-comments']!.category).toBe('preferences')
    expect(catalogue.youtube!.category).toBe('media')
  })
})

describe('the cookies REQUIREMENTS.md lists', () => {
  // [preset, cookie name as declared, lifetime in seconds]
  const TABLE: [string, string, number][] = [
    ['google-analytics', '_ga', 2 * 31557600],
    ['google-analytics', '_ga_<container>', 2 * 31557600],
    ['google-analytics', '_gid', DAY],
    ['google-analytics', '_gat', 60],
    ['google-ads', '_gcl_au', 90 * DAY],
    ['google-ads', '_gcl_aw', 90 * DAY],
    ['google-ads', '_gcl_gb', 90 * DAY],
    ['google-ads', '_gcl_dc', 90 * DAY],
    ['hotjar', '_hjSessionUser_<site>', 31557600],
    ['hotjar', '_hjSession_<site>', 30 * 60],
    ['hotjar', '_hjid', 31557600],
    ['hotjar', '_hjFirstSeen', 30 * 60],
    ['hotjar', '_hjIncludedInSessionSample_<site>', 30 * 60],
    ['hotjar', '_hjAbsoluteSessionInProgress', 30 * 60],
    ['meta-pixel', '_fbp', 90 * DAY],
    ['meta-pixel', '_fbc', 90 * DAY],
    ['microsoft-clarity', '_clck', 31557600],
    ['microsoft-clarity', '_clsk', DAY],
    ['matomo', '_pk_id.<site>.<hash>', 13 * 2629800],
    ['matomo', '_pk_ses.<site>.<hash>', 30 * 60],
    ['matomo', '_pk_ref.<site>.<hash>', 6 * 2629800],
    ['hubspot', '__hstc', 6 * 2629800],
    ['hubspot', 'hubspotutk', 6 * 2629800],
    ['hubspot', '__hssc', 30 * 60],
    ['hubspot', '__hssrc', 0],
    ['tiktok-pixel', '_ttp', 13 * 2629800],
    ['wordpress', 'wordpress_logged_in_<hash>', 14 * DAY],
    ['wordpress', 'wordpress_sec_<hash>', 14 * DAY],
    ['wordpress', 'wordpress_<hash>', 14 * DAY],
    ['wordpress', 'wordpress_test_cookie', 0],
    ['wordpress', 'wp-settings-<uid>', 31557600],
    ['wordpress', 'wp-settings-time-<uid>', 31557600],
    ['php-session', 'PHPSESSID', 0],
    ['stripe', '__stripe_mid', 31557600],
    ['stripe', '__stripe_sid', 30 * 60],
    ['cloudflare', '__cf_bm', 30 * 60],
    ['cloudflare', 'cf_clearance', 30 * 60],
  ]

  it.each(TABLE)('[cookies.presets] %s declares %s with its lifetime', (id, name, seconds) => {
    const found = cookie(id, name)
    expect(found, `${id} lacks ${name}`).toBeDefined()
    expect(parseDuration(found!.duration)).toBe(seconds)
  })

  it('[cookies.presets] declares the UET cookies, whose lifetimes REQUIREMENTS.md leaves to Microsoft', () => {
    for (const name of ['_uetsid', '_uetvid', '_uetmsclkid'])
      expect(cookie('microsoft-uet', name), name).toBeDefined()
  })

  it('[cookies.presets] keeps the WordPress comment cookies at about 347 days', () => {
    for (const name of [
      'comment_author_<hash>',
      'comment_author_email_<hash>',
      'comment_author_url_<hash>',
    ]) {
      const days = parseDuration(cookie('wordpress-comments', name)!.duration)! / DAY
      expect(days, name).toBeGreaterThan(346)
      expect(days, name).toBeLessThan(348)
    }
  })
})
