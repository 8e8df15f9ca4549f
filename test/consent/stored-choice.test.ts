import { describe, expect, it, vi } from 'vitest'
import type { ConsentConfig } from 'consentry'
import { cookies, fakeJar, setCookie, siteConfig, start } from '../helpers'

const MONTH = 2629800_000

describe('the stored choice', () => {
  it('[banner.nothing-preticked] starts undecided with only required categories granted', () => {
    const consent = start()
    expect(consent.getState()).toEqual({
      decided: false,
      method: undefined,
      categories: { necessary: true, analytics: false, marketing: false, media: false },
      services: { 'google-analytics': false, hotjar: false, 'meta-pixel': false, youtube: false },
      gpc: false,
      gpcBlocked: [],
      regime: 'opt-in',
    })
    expect(consent.getRecord()).toBeUndefined()
    expect(cookies().consentry).toBeUndefined()
  })

  it('[store.record-fields] writes a compact record on a decision and reads it back on the next page view', () => {
    start().save({ categories: ['analytics'], services: { hotjar: false, youtube: true } })
    const raw = cookies().consentry!
    expect(raw).toMatch(/^1~[\w-]{36}~/)

    const next = start()
    expect(next.getState()).toMatchObject({
      decided: true,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false, media: false },
      services: { 'google-analytics': true, hotjar: false, 'meta-pixel': false, youtube: true },
    })
    const record = next.getRecord()!
    expect(record.consentId).toMatch(
      /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/,
    )
    expect(record).toMatchObject({ revision: 1, method: 'custom', language: 'en' })
    expect(record.firstDecision).toBe(record.lastDecision)
  })

  it('[store.record-fields] keeps the consent id and first decision time across later decisions', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    const consent = start()
    consent.acceptAll()
    const first = consent.getRecord()!
    vi.setSystemTime(new Date('2026-02-01T00:00:00Z'))
    consent.rejectAll()
    const second = consent.getRecord()!
    expect(second.consentId).toBe(first.consentId)
    expect(second.firstDecision).toBe(first.firstDecision)
    expect(second.lastDecision - first.lastDecision).toBe(31 * 86400_000)
    expect(second.method).toBe('reject-all')
  })

  it('[store.cookie-attributes] stays under 1 KB with 50 services all chosen one by one', () => {
    const config = siteConfig()
    for (let i = 0; i < 50; i++) config.services![`service-number-${i}`] = { category: 'marketing' }
    const ids = Object.keys(config.services!)
    start(config).save({ services: ids.filter((_, i) => i % 2) })
    expect(encodeURIComponent(document.cookie).length).toBeLessThan(1024)
    expect(start(config).getState().services['service-number-49']).toBe(true)
    expect(start(config).getState().services['service-number-48']).toBe(false)
  })

  it('fails closed rather than outgrow a cookie: 500 services chosen one by one', () => {
    const config = siteConfig()
    const id = (i: number) => `a-rather-long-service-id-${i}`
    for (let i = 0; i < 250; i++) config.services![id(i)] = { category: 'analytics' }
    for (let i = 250; i < 500; i++) config.services![id(i)] = { category: 'marketing' }
    // Analytics granted with every one of its services refused; marketing refused with every one
    // of its services granted: 500 services against their category, some 15 kB of ids.
    const services = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [id(i), i >= 250]))
    const first = start(config)
    first.save({ categories: ['analytics'], services })
    const stored = cookies().consentry!
    expect(encodeURIComponent(stored).length).toBeLessThan(4000)
    // What was kept: less than chosen, never more.
    const next = start(config).getState()
    expect(next.decided).toBe(true)
    for (let i = 0; i < 500; i++) if (!services[id(i)]) expect(next.services[id(i)]).toBe(false)
    expect(first.getRecord()!.services.filter((s) => s.startsWith('a-rather'))).toEqual(
      Object.keys(next.services).filter((s) => s.startsWith('a-rather') && next.services[s]),
    )
  })

  it('keeps every choice of 300 services with ids of 10 characters', () => {
    const config = siteConfig()
    const id = (i: number) => `svc-${String(i).padStart(6, '0')}`
    for (let i = 0; i < 300; i++) config.services![id(i)] = { category: 'analytics' }
    const services = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [id(i), false]))
    start(config).save({ categories: ['analytics'], services })
    expect(encodeURIComponent(cookies().consentry!).length).toBeLessThan(4000)
    const next = start(config).getState()
    expect(next.categories.analytics).toBe(true)
    expect(Object.keys(services).every((s) => next.services[s] === false)).toBe(true)
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'hello'],
    ['another library’s JSON', encodeURIComponent('{"categories":["analytics","marketing"]}')],
    [
      'cookieconsent-style',
      encodeURIComponent('{"categories":["necessary","analytics"],"revision":0}'),
    ],
  ])('counts a %s record as no choice', (_, value) => {
    if (value !== undefined) setCookie('consentry', value)
    const consent = start()
    expect(consent.getState().decided).toBe(false)
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('[store.tampered-no-choice] counts a tampered, truncated or extended record as no choice', () => {
    start().rejectAll()
    const raw = cookies().consentry!
    const tampered = [
      raw.replace('~r~', '~a~'),
      raw.replace(/~en~~/, '~en~analytics.marketing~'),
      raw.slice(0, -1),
      raw.slice(0, raw.length / 2),
      raw + '~x',
      raw + 'x',
    ]
    for (const value of tampered) {
      setCookie('consentry', value)
      const consent = start()
      expect(consent.getState().decided, value).toBe(false)
      expect(consent.isGranted('analytics')).toBe(false)
    }
  })

  it('[store.revision] asks again when the config revision changed', () => {
    start().acceptAll()
    const config: ConsentConfig = { ...siteConfig(), revision: 2 }
    expect(start(config).getState().decided).toBe(false)
    expect(start(config).isGranted('marketing')).toBe(false)
  })

  it('[store.expiry] lets a refusal expire after 6 months and a consent after 13 by default', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    start().rejectAll()
    vi.setSystemTime(Date.now() + 6 * MONTH - 60_000)
    expect(start().getState().decided).toBe(true)
    vi.setSystemTime(Date.now() + 120_000)
    expect(start().getState().decided).toBe(false)

    start().acceptAll()
    vi.setSystemTime(Date.now() + 13 * MONTH - 60_000)
    expect(start().isGranted('marketing')).toBe(true)
    vi.setSystemTime(Date.now() + 120_000)
    expect(start().isGranted('marketing')).toBe(false)
  })

  it('[store.expiry] honours configured lifetimes', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    const config: ConsentConfig = {
      ...siteConfig(),
      expiry: { consent: '30 days', refusal: '1 day' },
    }
    start(config).acceptAll()
    vi.setSystemTime(Date.now() + 31 * 86400_000)
    expect(start(config).getState().decided).toBe(false)
  })

  it('[store.expiry] does not let a record dated in the future extend a consent', () => {
    vi.useFakeTimers({ now: new Date('2027-06-01T00:00:00Z') })
    start().acceptAll()
    // The clock is set back by a year: the record now looks a year in the future.
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'))
    expect(start().getState().decided).toBe(false)
  })

  it('keeps a choice when the clock is corrected back a little, not when a record is far ahead', () => {
    vi.useFakeTimers({ now: new Date('2027-06-01T12:00:00Z') })
    start().acceptAll()
    vi.setSystemTime(Date.now() - 30 * 60_000)
    expect(start().isGranted('marketing')).toBe(true)
    vi.setSystemTime(Date.now() - 60 * 60_000)
    expect(start().getState().decided).toBe(false)
  })

  it('[store.expiry] lets a consent given under a clock running a year late last only what is left of 13 months', () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T00:00:00Z') })
    start().acceptAll()
    // The clock is corrected a year forward: the consent is a year old, with a month to go.
    vi.setSystemTime(new Date('2027-06-01T00:00:00Z'))
    expect(start().isGranted('marketing')).toBe(true)
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z').getTime() + 13 * MONTH + 60_000)
    expect(start().isGranted('marketing')).toBe(false)
  })

  it('[store.cookie-attributes] writes the cookie first-party with SameSite=Lax on / and the configured name', () => {
    const set = vi.spyOn(document, 'cookie', 'set')
    const config: ConsentConfig = { ...siteConfig(), cookie: { name: 'my_consent' } }
    start(config).acceptAll()
    const written = set.mock.calls.map(([value]) => value).find((v) => v.startsWith('my_consent='))!
    expect(written).toMatch(/; path=\/(;|$)/)
    expect(written).toMatch(/; sameSite=Lax/i)
    expect(written).toMatch(/; expires=/)
    expect(written).not.toMatch(/secure/i) // jsdom serves http://localhost
    expect(written).not.toMatch(/domain=/i)
  })

  it('[store.cookie-attributes] writes the configured domain and path, for sharing consent across subdomains', () => {
    const set = vi.spyOn(document, 'cookie', 'set')
    const config: ConsentConfig = {
      ...siteConfig(),
      cookie: { domain: 'localhost', path: '/shop' },
    }
    start(config).acceptAll()
    const written = set.mock.calls.map(([value]) => value).find((v) => v.startsWith('consentry='))!
    expect(written).toMatch(/; domain=localhost/)
    expect(written).toMatch(/; path=\/shop/)
  })

  it('[store.cookie-attributes] sets Secure, and the __Host- prefix with no domain, when the page is served over https', () => {
    const jarSet = vi.fn()
    const consent = start(siteConfig(), { jar: fakeJar({ set: jarSet }) })
    consent.acceptAll()
    expect(jarSet).toHaveBeenCalledWith(
      '__Host-consentry',
      expect.any(String),
      expect.objectContaining({ secure: true }),
    )
  })
})
