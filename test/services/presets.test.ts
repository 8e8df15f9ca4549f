import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cookiePattern, parseDuration } from 'consentry'
import { isSafePattern } from '../../src/cookies/pattern'
import { presets } from '../../src/services/presets'
import type { Preset } from '../../src/services/preset-types'

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

/** Whether any cookie pattern of the preset matches a real cookie name. */
const matches = (id: string, name: string) =>
  catalogue[id]!.cookies.some((c) => cookiePattern(c.name).test(name))

const DAY = 86400

describe('the preset catalogue', () => {
  it('holds at least thirty presets, among them every one the brief names', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30)
    expect(REQUIRED.filter((id) => !(id in catalogue))).toEqual([])
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
      expect(isSafePattern(name), `${id}: ${name}`).toBe(true)
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

describe('preset cookie patterns against real cookie names', () => {
  it.each([
    ['google-analytics', '_ga'],
    ['google-analytics', '_ga_ABC123'],
    ['google-analytics', '_dc_gtm_UA-12345-1'],
    ['google-ads', '_gcl_au'],
    ['google-ads', '_gcl_gs'],
    ['hotjar', '_hjSessionUser_123456'],
    ['hotjar', '_hjSession_123456'],
    ['hotjar', '_hjIncludedInSessionSample_3512345'],
    ['microsoft-clarity', '_clck'],
    ['matomo', '_pk_id.1.1fff'],
    ['matomo', '_pk_ses.12.a1b2'],
    ['matomo', '_pk_ref.1.1fff'],
    ['wordpress', 'wordpress_logged_in_5f4dcc3b'],
    ['wordpress', 'wordpress_sec_5f4dcc3b'],
    ['wordpress', 'wp-settings-1'],
    ['wordpress', 'wp-settings-time-1'],
    ['wordpress-comments', 'comment_author_email_5f4dcc3b'],
    ['intercom', 'intercom-id-abc123'],
    ['mixpanel', 'mp_0123456789abcdef_mixpanel'],
    ['amplitude', 'AMP_a2dbce0e18'],
    ['amplitude', 'AMP_MKTG_a2dbce0e18'],
    ['crisp', 'crisp-client%2Fsession%2F7a70678f-84e0-4a02-84ce-d12b72194c26'],
  ])('%s matches %s', (id, name) => {
    expect(matches(id, name)).toBe(true)
  })

  it.each([
    ['google-analytics', '_gac_UA-1'],
    ['google-analytics', 'x_ga'],
    ['hotjar', '_hjSessionUser_'],
    ['matomo', '_pk_id'],
    ['wordpress', 'comment_author_5f4dcc3b'],
    ['php-session', 'PHPSESSID2'],
    ['stripe', '__stripe_mid_extra'],
  ])('%s does not claim %s', (id, name) => {
    expect(matches(id, name)).toBe(false)
  })
})

describe('docs/presets.md', () => {
  const doc = readFileSync(join(process.cwd(), 'docs/presets.md'), 'utf8')
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // One overview row: id, name, category, in table cells that Prettier pads with spaces.
  const row = (...cells: string[]) =>
    new RegExp(cells.map((c) => `\\|\\s*${literal(c)}\\s*`).join(''))

  it('documents every preset with its category and every cookie it declares', () => {
    for (const [id, preset] of entries) {
      expect(doc, id).toMatch(row(`\`${id}\``, preset.name, preset.category))
      for (const { name } of preset.cookies) expect(doc, `${id}: ${name}`).toContain(`\`${name}\``)
    }
  })
})
