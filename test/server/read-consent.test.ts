import { describe, expect, it } from 'vitest'
import { createConsent, type ConsentConfig } from 'consentry'
import { presets } from 'consentry/presets'
import { ConfigError, readConsent } from 'consentry/server'
import { fakeJar, siteConfig } from '../helpers'

const DAY = 86400_000

/**
 * The cookie value the browser's own writer stores for a decision, taken from a fake jar. (It
 * may name the cookie `__Host-consentry` on https: the value is what counts here.)
 */
function storedValue(
  decide: (consent: ReturnType<typeof createConsent>) => void,
  config: ConsentConfig = siteConfig(),
): string {
  const name = config.cookie?.name || 'consentry'
  let stored: string | undefined
  const jar = fakeJar({
    set: (key, value) => void (key.endsWith(name) && (stored = value)),
  })
  const consent = createConsent(config, { document: null, jar, presets })
  decide(consent)
  consent.destroy()
  return stored!
}

// That it needs no DOM is tested in plain Node on the packed package (test/package/).
describe('readConsent', () => {
  it('reads what the browser stored for a granular choice, as the browser does', () => {
    const value = storedValue((c) =>
      c.save({ categories: ['analytics'], services: { hotjar: false } }),
    )
    const state = readConsent(`theme=dark; consentry=${value}; other=1`, siteConfig())
    expect(state).toMatchObject({
      decided: true,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false, media: false },
      services: { 'google-analytics': true, hotjar: false, 'meta-pixel': false, youtube: false },
    })
  })

  it('grants only required categories without a cookie header', () => {
    for (const header of [undefined, null, '', 'unrelated=1']) {
      const state = readConsent(header, siteConfig())
      expect(state.decided).toBe(false)
      expect(state.categories).toEqual({
        necessary: true,
        analytics: false,
        marketing: false,
        media: false,
      })
    }
  })

  it('grants nothing optional for an edited value', () => {
    const value = storedValue((c) => c.rejectAll())
    // Granting marketing by hand breaks the checksum.
    const edited = value.replace('~en~~', '~en~marketing~')
    expect(edited).not.toBe(value)
    const state = readConsent(`consentry=${edited}`, siteConfig())
    expect(state.decided).toBe(false)
    expect(state.categories.marketing).toBe(false)
  })

  it('grants nothing optional for a choice made on an older revision of the config', () => {
    const value = storedValue((c) => c.acceptAll())
    const state = readConsent(`consentry=${value}`, { ...siteConfig(), revision: 2 })
    expect(state.decided).toBe(false)
    expect(state.categories.analytics).toBe(false)
  })

  it('grants nothing optional once the choice has expired', () => {
    const value = storedValue((c) => c.acceptAll())
    const config = { ...siteConfig(), expiry: { consent: '30 days' } }
    expect(readConsent(`consentry=${value}`, config, { now: Date.now() + 29 * DAY }).decided).toBe(
      true,
    )
    const late = readConsent(`consentry=${value}`, config, { now: Date.now() + 31 * DAY })
    expect(late.decided).toBe(false)
    expect(late.services['google-analytics']).toBe(false)
  })

  it('reads the __Host- cookie on https, and only the plain one when told the page is http', () => {
    const accepted = storedValue((c) => c.acceptAll())
    const rejected = storedValue((c) => c.rejectAll())
    const header = `consentry=${rejected}; __Host-consentry=${accepted}`
    expect(readConsent(header, siteConfig()).categories.marketing).toBe(true)
    expect(readConsent(header, siteConfig(), { secure: true }).categories.marketing).toBe(true)
    expect(readConsent(header, siteConfig(), { secure: false }).categories.marketing).toBe(false)
    expect(readConsent(`consentry=${accepted}`, siteConfig(), { secure: true }).decided).toBe(false)
  })

  it('reads a cookie under the configured name and ignores the __Host- prefix with a domain', () => {
    const config = { ...siteConfig(), cookie: { name: 'site_consent', domain: 'example.com' } }
    const value = storedValue((c) => c.acceptAll(), config)
    expect(readConsent(`__Host-site_consent=${value}`, config).decided).toBe(false)
    expect(readConsent(`site_consent=${value}`, config, { secure: true }).decided).toBe(true)
  })

  it('opts the visitor out of marketing under Global Privacy Control, as the browser does', () => {
    const value = storedValue((c) => c.acceptAll())
    const state = readConsent(`consentry=${value}`, siteConfig(), { gpc: true })
    expect(state.categories.analytics).toBe(true)
    expect(state.categories.marketing).toBe(false)
  })

  it('expands presets from the catalogue it is given', () => {
    const config: ConsentConfig = {
      revision: 1,
      categories: { necessary: { required: true }, analytics: {} },
      services: { hotjar: { preset: 'hotjar' } },
    } as unknown as ConsentConfig
    const value = storedValue((c) => c.acceptAll(), config)
    expect(readConsent(`consentry=${value}`, config, { presets }).services.hotjar).toBe(true)
  })

  it('throws a ConfigError listing the problems of an invalid config', () => {
    const bad = { revision: 1, categories: { analytics: { title: 3 } } } as unknown as ConsentConfig
    expect(() => readConsent('', bad)).toThrow(ConfigError)
  })
})
