import { describe, expect, it } from 'vitest'
import { expandPresets, presets } from 'consentry/presets'
import type { Preset } from 'consentry'

const catalogue: Record<string, Preset> = presets
const categories = { necessary: { required: true }, analytics: {}, marketing: {} }

// What a test reads back from an expanded service.
interface Service {
  name?: string
  category?: string
  vendor?: string
  cookies: { name: string; duration: string | number }[]
  hosts: string[]
  consentMode: string[]
}

const expand = (services: Record<string, unknown>) =>
  expandPresets(
    { revision: 1, categories, services: services as Record<string, Service> },
    catalogue,
  )

describe('expandPresets', () => {
  it("fills a service with its preset's fields, except the sources", () => {
    const { config, unknown } = expand({ ga: { preset: 'google-analytics' } })
    const ga = catalogue['google-analytics']!
    expect(config.services!.ga).toEqual({
      preset: 'google-analytics',
      name: ga.name,
      provider: ga.provider,
      category: 'analytics',
      purpose: ga.purpose,
      privacyPolicyUrl: ga.privacyPolicyUrl,
      cookies: ga.cookies,
      hosts: ga.hosts,
      consentMode: ['analytics_storage'],
      vendor: 'ga',
    })
    expect(config.services!.ga).not.toHaveProperty('sources')
    expect(unknown).toEqual([])
  })

  it('leaves out fields the preset does not have', () => {
    const { config } = expand({ gtm: { preset: 'google-tag-manager' } })
    expect(config.services!.gtm).not.toHaveProperty('vendor')
    expect(config.services!.gtm).not.toHaveProperty('consentMode')
  })

  it('keeps every field the site wrote, field by field', () => {
    const { config } = expand({
      ga: {
        preset: 'google-analytics',
        name: 'Site statistics',
        purpose: { en: 'Counts visits', de: 'Zählt Besuche' },
        hosts: ['stats.example.com'],
        consentMode: [],
      },
    })
    expect(config.services!.ga).toMatchObject({
      name: 'Site statistics',
      purpose: { en: 'Counts visits', de: 'Zählt Besuche' },
      hosts: ['stats.example.com'],
      consentMode: [],
      provider: 'Google Ireland Limited',
      vendor: 'ga',
    })
  })

  it("replaces the preset's cookies with the site's rather than merging them", () => {
    const own = [{ name: '_ga', duration: '13 months' }]
    const { config } = expand({ ga: { preset: 'google-analytics', cookies: own } })
    expect(config.services!.ga!.cookies).toEqual(own)
  })

  it("keeps the site's empty cookie list: an empty list is still a list the site wrote", () => {
    const { config } = expand({ hj: { preset: 'hotjar', cookies: [] } })
    expect(config.services!.hj!.cookies).toEqual([])
  })

  it("uses the site's category, and the preset's only when the site gives none", () => {
    const { config } = expand({
      clarity: { preset: 'microsoft-clarity', category: 'marketing' },
      hotjar: { preset: 'hotjar' },
    })
    expect(config.services!.clarity!.category).toBe('marketing')
    expect(config.services!.hotjar!.category).toBe('analytics')
  })

  it('reports presets the catalogue lacks by path and leaves those services as written', () => {
    const { config, unknown } = expand({
      ga: { preset: 'google-analytic', category: 'analytics' },
      fb: { preset: 'meta-pixel' },
      'odd id': { preset: 'nope' },
    })
    expect(unknown).toEqual(['services.ga.preset', 'services["odd id"].preset'])
    expect(config.services!.ga).toEqual({ preset: 'google-analytic', category: 'analytics' })
    expect(config.services!.fb!.vendor).toBe('meta')
  })

  it('does not take names inherited by every object for presets', () => {
    const { config, unknown } = expand({
      a: { preset: 'toString' },
      b: { preset: 'constructor' },
      c: { preset: '__proto__' },
    })
    expect(unknown).toEqual(['services.a.preset', 'services.b.preset', 'services.c.preset'])
    expect(config.services!.a).toEqual({ preset: 'toString' })
  })

  it('does not modify the config it is given', () => {
    const input = {
      revision: 1,
      categories,
      services: { ga: { preset: 'google-analytics' }, own: { category: 'necessary' } },
    }
    const before = structuredClone(input)
    const { config } = expandPresets(input, catalogue)
    expect(input).toEqual(before)
    expect(config).not.toBe(input)
    expect(config.services).not.toBe(input.services)
    expect(config.services!.own).toEqual({ category: 'necessary' })
  })

  it('hands out copies, so editing the result never edits the catalogue', () => {
    const { config } = expand({ ga: { preset: 'google-analytics' } })
    const ga = config.services!.ga!
    ga.cookies[0]!.duration = '1 day'
    ga.cookies.push({ name: 'mine', duration: 'session' })
    ga.hosts.push('evil.example')
    ga.consentMode.push('ad_storage')
    expect(catalogue['google-analytics']!.cookies[0]!.duration).toBe('2 years')
    expect(catalogue['google-analytics']!.cookies.map((c) => c.name)).not.toContain('mine')
    expect(catalogue['google-analytics']!.hosts).not.toContain('evil.example')
    expect(catalogue['google-analytics']!.consentMode).toEqual(['analytics_storage'])
  })

  it('keeps other top-level fields as they are', () => {
    const input = { revision: 3, categories, services: {}, privacyPolicyUrl: '/privacy' }
    expect(expandPresets(input, catalogue).config).toEqual(input)
  })

  it('keeps a service id "__proto__" as an ordinary service', () => {
    const services = JSON.parse('{"__proto__": {"preset": "hotjar"}}')
    const { config } = expandPresets({ services }, catalogue)
    expect(Object.keys(config.services!)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(config.services)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(config.services, '__proto__')!.value.name).toBe('Hotjar')
  })

  it('survives odd input without throwing, leaving what it cannot read alone', () => {
    const odd = {
      a: null,
      b: 'hotjar',
      c: ['hotjar'],
      d: { preset: 42 },
      e: { preset: null },
      f: { preset: ['hotjar'] },
      g: 7,
    }
    const { config, unknown } = expand(odd)
    expect(config.services).toEqual(odd)
    expect(unknown).toEqual([])
    for (const input of [undefined, null, 42, 'x', [], {}, { services: null }, { services: [] }])
      expect(() => expandPresets(input as never, catalogue)).not.toThrow()
    expect(expandPresets({ services: 'x' } as never, catalogue).config).toEqual({ services: 'x' })
  })

  it('ignores a catalogue entry that is not an object', () => {
    const broken = { ...catalogue, odd: 'not a preset' } as unknown as Record<string, Preset>
    const { unknown } = expandPresets({ services: { s: { preset: 'odd' } } }, broken)
    expect(unknown).toEqual(['services.s.preset'])
  })
})
