import { describe, expect, it } from 'vitest'
import { googleConsentMode, type ConsentConfig, type ProofRecord } from 'consentry'
import { start } from '../helpers'
import {
  AD,
  DEFAULT,
  allSignals,
  dataLayer,
  gtagCommands,
  keys,
  page,
  recordingUI,
  signalConfig,
} from './page'

const setBrowserGPC = (value: unknown) =>
  Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true })

/** A config whose only optional category is one GPC opts out of. */
const marketingOnly = (extra: Partial<ConsentConfig> = {}): ConsentConfig => {
  const config = signalConfig(extra)
  delete config.categories.analytics
  delete config.categories.media
  config.services = { 'meta-pixel': config.services!['meta-pixel']! }
  return config
}

describe('Global Privacy Control', () => {
  it.each([
    ['the host (options.gpc)', () => ({ options: { gpc: true }, config: {} })],
    ['the browser (navigator.globalPrivacyControl)', () => (setBrowserGPC(true), {})],
    ['the config (gpc: true)', () => ({ config: { gpc: true } })],
  ])('keeps marketing denied after "Accept all" when %s says so', (_, signal) => {
    const { options = {}, config = {} } = signal() as {
      options?: { gpc?: boolean }
      config?: Partial<ConsentConfig>
    }
    const consent = start(signalConfig(config), { ...options, plugins: [googleConsentMode()] })
    expect(consent.getState().gpc).toBe(true)
    consent.acceptAll()
    expect(consent.getState().categories).toEqual({
      necessary: true,
      analytics: true,
      marketing: false,
      media: true,
    })
    expect(consent.isGranted('meta-pixel')).toBe(false)
    expect(gtagCommands()).toEqual([DEFAULT, ['consent', 'update', keys('analytics_storage')]])
  })

  it('[gpc.dnt-ignored] is off without a signal, and Do Not Track is ignored', () => {
    Object.defineProperty(navigator, 'doNotTrack', { value: '1', configurable: true })
    try {
      const consent = start(signalConfig())
      expect(consent.getState().gpc).toBe(false)
      consent.acceptAll()
      expect(consent.isGranted('marketing')).toBe(true)
    } finally {
      delete (navigator as { doNotTrack?: string }).doNotTrack
    }
  })

  it('counts only a browser value of exactly true', () => {
    setBrowserGPC('true')
    expect(start(signalConfig()).getState().gpc).toBe(false)
  })

  it('[gpc.never-grants] grants nothing itself: an undecided visitor under GPC has nothing optional', () => {
    const consent = start(signalConfig(), { gpc: true, plugins: allSignals() })
    expect(consent.getState().decided).toBe(false)
    expect(consent.getState().categories).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
      media: false,
    })
    expect(gtagCommands()).toEqual([DEFAULT])
  })

  it('[gpc.opt-out] denies marketing chosen by category or by service', () => {
    const consent = start(signalConfig(), { gpc: true })
    consent.save({ categories: ['marketing'], services: ['meta-pixel', 'tiktok-pixel'] })
    expect(consent.getState().categories.marketing).toBe(false)
    expect(consent.getState().services).toMatchObject({
      'meta-pixel': false,
      'tiktok-pixel': false,
      'microsoft-uet': false,
    })
    expect(consent.getRecord()!.categories).toEqual(['necessary'])
    expect(consent.getRecord()!.services).toEqual([])
  })

  it('[gpc.opt-out] overrides a stored "Accept all" made before the signal was on', () => {
    start(signalConfig(), { plugins: [googleConsentMode()] }).acceptAll()
    delete page.dataLayer
    setBrowserGPC(true)
    const consent = start(signalConfig(), { plugins: [googleConsentMode()] })
    expect(consent.isGranted('marketing')).toBe(false)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(gtagCommands()).toEqual([DEFAULT, ['consent', 'update', keys('analytics_storage')]])
  })

  it('[gpc.opt-out] opts out of a service that claims an ad key, wherever it is filed, and keeps the ad keys denied', () => {
    const config = signalConfig()
    config.services!.youtube!.consentMode = ['ad_personalization', 'personalization_storage']
    const consent = start(config, { gpc: true, plugins: [googleConsentMode()] })
    consent.acceptAll()
    expect(consent.isGranted('youtube')).toBe(false)
    expect(consent.isGranted('media')).toBe(true)
    expect(gtagCommands().at(-1)).toEqual(['consent', 'update', keys('analytics_storage')])
  })

  it('[gpc.opt-out] opts out of a pixel of a vendor that sells or shares data, filed under analytics', () => {
    const config = signalConfig()
    config.services!.pixel = { category: 'analytics', vendor: 'tiktok' }
    config.services!.own = { category: 'analytics', vendor: 'tiktok', gpc: false }
    const consent = start(config, { gpc: true })
    consent.acceptAll()
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('pixel')).toBe(false)
    // A site may say a service is no sale or sharing (its own gpc: false).
    expect(consent.isGranted('own')).toBe(true)
    expect(consent.getState().gpcBlocked).toContain('pixel')
  })

  it("follows a category's own gpc flag", () => {
    const config = signalConfig()
    config.categories.media!.gpc = true
    config.categories.marketing!.gpc = false
    const consent = start(config, { gpc: true, plugins: [googleConsentMode()] })
    consent.acceptAll()
    expect(consent.getState().categories).toMatchObject({ media: false, marketing: true })
    // GPC is an opt-out of targeted advertising: Google's ad keys stay denied regardless.
    expect(gtagCommands().at(-1)).toEqual(['consent', 'update', keys('analytics_storage')])
  })

  it('tells the ad vendors no and nothing else after "Accept all"', () => {
    const fbq: unknown[][] = []
    page.fbq = (...args: unknown[]) => void fbq.push(args)
    start(signalConfig(), { gpc: true, plugins: allSignals() }).acceptAll()
    expect(fbq).toEqual([['consent', 'revoke']])
    expect(page.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }])
    expect(Array.from(page.ttq!)).toEqual([['holdConsent']])
    expect(page.clarity!.q!.map((entry) => Array.from(entry))).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
    ])
  })

  it('stores method "gpc" without asking when nothing else is left to ask', () => {
    const ui = recordingUI()
    const records: ProofRecord[] = []
    const consent = start(marketingOnly(), {
      gpc: true,
      ui,
      onRecord: (record) => records.push(record),
      plugins: allSignals().slice(0, 2),
    })
    expect(consent.getState()).toMatchObject({ decided: true, method: 'gpc', gpc: true })
    expect(consent.getRecord()).toMatchObject({
      method: 'gpc',
      categories: ['necessary'],
      services: [],
    })
    expect(ui.shown).toEqual([])
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ method: 'gpc', gpc: true, categories: ['necessary'] })
    expect(dataLayer()).toEqual([
      DEFAULT,
      {
        event: 'consentry_default',
        consentry: { categories: ['necessary'], services: [], method: undefined },
        _clear: true,
      },
      ['consent', 'update', keys()],
      {
        event: 'consentry_update',
        consentry: { categories: ['necessary'], services: [], method: 'gpc' },
        _clear: true,
      },
    ])
  })

  it('asks again when other categories are left to ask, with nothing stored', () => {
    const ui = recordingUI()
    const consent = start(signalConfig(), { gpc: true, ui })
    expect(consent.getRecord()).toBeUndefined()
    expect(ui.shown).toEqual(['banner'])
  })

  it('does not ask a returning visitor whose GPC answer is stored', () => {
    start(marketingOnly(), { gpc: true })
    const ui = recordingUI()
    const records: ProofRecord[] = []
    const consent = start(marketingOnly(), { gpc: true, ui, onRecord: (r) => records.push(r) })
    expect(consent.getState().method).toBe('gpc')
    expect(ui.shown).toEqual([])
    expect(records).toEqual([])
  })
})

describe('regimes', () => {
  const usConfig = (regimes: Record<string, 'opt-in' | 'opt-out'>, region?: string) =>
    signalConfig({ regimes, ...(region && { region }) })

  it.each([
    ['config regime "opt-out"', signalConfig({ regime: 'opt-out' }), undefined, 'opt-out'],
    ['no regime at all', signalConfig(), 'US-CA', 'opt-in'],
    ['the host region in regimes', usConfig({ 'US-CA': 'opt-out' }), 'US-CA', 'opt-out'],
    ['a lower-case host region', usConfig({ 'US-CA': 'opt-out' }), 'us-ca', 'opt-out'],
    ['the country of a region', usConfig({ US: 'opt-out' }), 'US-NY', 'opt-out'],
    ['a country with only a state listed', usConfig({ 'US-CA': 'opt-out' }), 'US', 'opt-in'],
    ['a region not listed', usConfig({ 'US-CA': 'opt-out' }), 'FR', 'opt-in'],
    ['an unknown region', usConfig({ 'US-CA': 'opt-out' }), 'ZZ-999', 'opt-in'],
    [
      'a region named like a prototype member',
      usConfig({ US: 'opt-out' }),
      'constructor',
      'opt-in',
    ],
    ['the config region', usConfig({ 'US-CA': 'opt-out' }, 'US-CA'), undefined, 'opt-out'],
    ['the host region over the config', usConfig({ 'US-CA': 'opt-out' }, 'US-CA'), 'DE', 'opt-in'],
    [
      'a listed opt-in over the config regime',
      signalConfig({ regime: 'opt-out', regimes: { FR: 'opt-in' } }),
      'FR',
      'opt-in',
    ],
  ] as const)('chooses the regime by %s', (_, config, region, regime) => {
    const consent = start(config, { region })
    expect(consent.getState().regime).toBe(regime)
    expect(consent.isGranted('analytics')).toBe(regime == 'opt-out')
  })

  it('grants what is optional before a decision in opt-out, pushes it on start and still asks', () => {
    const ui = recordingUI()
    const consent = start(usConfig({ 'US-CA': 'opt-out' }), {
      region: 'US-CA',
      ui,
      plugins: allSignals().slice(0, 2),
    })
    expect(consent.getState()).toMatchObject({
      decided: false,
      regime: 'opt-out',
      categories: { necessary: true, analytics: true, marketing: true, media: true },
    })
    expect(ui.shown).toEqual(['banner'])
    expect(dataLayer()).toEqual([
      DEFAULT,
      ['consent', 'update', keys(...AD, 'analytics_storage')],
      {
        event: 'consentry_default',
        consentry: {
          categories: ['necessary', 'analytics', 'marketing', 'media'],
          services: Object.keys(signalConfig().services!),
          method: undefined,
        },
        _clear: true,
      },
    ])
  })

  it('tells the vendors the opt-out grant on start', () => {
    const fbq: unknown[][] = []
    page.fbq = (...args: unknown[]) => void fbq.push(args)
    start(signalConfig({ regime: 'opt-out' }), { plugins: allSignals() })
    expect(fbq).toEqual([['consent', 'grant']])
    expect(page.uetq).toEqual([
      ...['consent', 'default', { ad_storage: 'denied' }],
      ...['consent', 'update', { ad_storage: 'granted' }],
    ])
    expect(page._paq).toEqual([['requireConsent'], ['setConsentGiven']])
    expect(Array.from(page.ttq!)).toEqual([['holdConsent'], ['grantConsent']])
    expect(page['ga-disable-G-TEST1']).toBe(false)
  })

  it('withdraws on "Reject all" in opt-out and keeps the refusal on the next page', () => {
    const config = signalConfig({ regime: 'opt-out' })
    start(config, { plugins: [googleConsentMode()] }).rejectAll()
    expect(gtagCommands()).toEqual([
      DEFAULT,
      ['consent', 'update', keys(...AD, 'analytics_storage')],
      ['consent', 'update', keys()],
    ])
    delete page.dataLayer
    const ui = recordingUI()
    const next = start(config, { ui, plugins: [googleConsentMode()] })
    expect(next.isGranted('analytics')).toBe(false)
    expect(ui.shown).toEqual([])
    expect(gtagCommands()).toEqual([DEFAULT, ['consent', 'update', keys()]])
  })

  it('stores method "gpc" at once in opt-out, granting what GPC does not cover', () => {
    const ui = recordingUI()
    const consent = start(signalConfig({ regime: 'opt-out' }), {
      gpc: true,
      ui,
      plugins: [googleConsentMode()],
    })
    expect(consent.getState()).toMatchObject({
      decided: true,
      method: 'gpc',
      categories: { necessary: true, analytics: true, marketing: false, media: true },
    })
    expect(ui.shown).toEqual([])
    expect(gtagCommands()).toEqual([
      DEFAULT,
      ['consent', 'update', keys('analytics_storage')],
      ['consent', 'update', keys('analytics_storage')],
    ])
  })

  it('[gpc.never-grants] does not carry an opt-out GPC answer into an opt-in region as consent', () => {
    const config = usConfig({ 'US-CA': 'opt-out' })
    start(config, { region: 'US-CA', gpc: true })
    const ui = recordingUI()
    const eu = start(config, { region: 'FR', gpc: true, ui })
    expect(eu.getState().regime).toBe('opt-in')
    expect(eu.isGranted('analytics')).toBe(false)
    expect(ui.shown).toEqual(['banner'])
  })
})
