import { describe, expect, it, vi } from 'vitest'
import {
  googleAnalyticsDisable,
  googleConsentMode,
  matomo,
  metaPixel,
  microsoftClarity,
  microsoftUet,
  tiktokPixel,
} from 'consentry'
import { siteConfig, start } from '../helpers'
import { allSignals, microtasks, page, signalConfig } from './page'

/** Stand-ins for vendors' loaded scripts: each records the calls it receives. */
const loadedVendors = () => {
  const calls: unknown[][] = []
  page.fbq = (...args: unknown[]) => void calls.push(['fbq', ...args])
  return calls
}

/** Clarity's queued calls, checked to be `arguments` objects as its snippet queues them. */
const clarityQueue = () =>
  (page.clarity?.q || []).map((entry) => {
    expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]')
    return Array.from(entry)
  })

const GA_DISABLE = 'ga-disable-G-TEST1'

/** Everything the vendors were told, by vendor. */
const told = (fbq: unknown[][]) => ({
  fbq,
  uetq: page.uetq,
  clarity: clarityQueue(),
  _paq: page._paq,
  ttq: page.ttq && Array.from(page.ttq),
  gaDisabled: page[GA_DISABLE],
})

const DEFAULTS = {
  uetq: ['consent', 'default', { ad_storage: 'denied' }],
  clarity: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]],
  _paq: [['requireConsent']],
  ttq: [['holdConsent']],
}

describe('vendor calls on a first visit', () => {
  it('[vendor.meta] [vendor.uet] [vendor.clarity] [vendor.matomo] [vendor.tiktok] [vendor.ga4-disable] tells each vendor that nothing is granted yet, before its own script', () => {
    const fbq = loadedVendors()
    start(signalConfig(), { plugins: allSignals() })
    expect(told(fbq)).toEqual({
      fbq: [['fbq', 'consent', 'revoke']],
      ...DEFAULTS,
      gaDisabled: true,
    })
  })

  it('does nothing for a vendor no service names', () => {
    const fbq = loadedVendors()
    start(siteConfig(), { plugins: allSignals() })
    expect(told(fbq)).toEqual({
      fbq: [],
      uetq: undefined,
      clarity: [],
      _paq: undefined,
      ttq: undefined,
      gaDisabled: undefined,
    })
  })
})

describe('vendor calls on a decision', () => {
  it('[vendor.meta] [vendor.uet] [vendor.clarity] [vendor.matomo] [vendor.tiktok] grants every vendor after "Accept all"', () => {
    const fbq = loadedVendors()
    start(signalConfig(), { plugins: allSignals() }).acceptAll()
    expect(told(fbq)).toEqual({
      fbq: [
        ['fbq', 'consent', 'revoke'],
        ['fbq', 'consent', 'grant'],
      ],
      uetq: [...DEFAULTS.uetq, 'consent', 'update', { ad_storage: 'granted' }],
      clarity: [
        ...DEFAULTS.clarity,
        ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
      ],
      _paq: [['requireConsent'], ['setConsentGiven']],
      ttq: [['holdConsent'], ['grantConsent']],
      gaDisabled: false,
    })
  })

  it('adds nothing after "Reject all" on a first visit: every vendor was already told no', () => {
    const fbq = loadedVendors()
    start(signalConfig(), { plugins: allSignals() }).rejectAll()
    expect(told(fbq)).toEqual({
      fbq: [['fbq', 'consent', 'revoke']],
      ...DEFAULTS,
      gaDisabled: true,
    })
  })

  it('tells only the analytics vendors when only analytics is chosen', () => {
    const fbq = loadedVendors()
    start(signalConfig(), { plugins: allSignals() }).save({ categories: ['analytics'] })
    expect(told(fbq)).toEqual({
      fbq: [['fbq', 'consent', 'revoke']],
      uetq: DEFAULTS.uetq,
      clarity: [
        ...DEFAULTS.clarity,
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ],
      _paq: [['requireConsent'], ['setConsentGiven']],
      ttq: DEFAULTS.ttq,
      gaDisabled: false,
    })
  })

  it('tells one vendor chosen alone and no other', () => {
    const fbq = loadedVendors()
    start(signalConfig(), { plugins: allSignals() }).save({ services: ['tiktok-pixel'] })
    expect(told(fbq)).toEqual({
      fbq: [['fbq', 'consent', 'revoke']],
      ...DEFAULTS,
      ttq: [['holdConsent'], ['grantConsent']],
      gaDisabled: true,
    })
  })

  it('[vendor.meta] [vendor.uet] [vendor.clarity] [vendor.matomo] [vendor.tiktok] revokes every vendor on a withdrawal on the same page', () => {
    const fbq = loadedVendors()
    const consent = start(signalConfig(), { plugins: allSignals() })
    consent.acceptAll()
    consent.rejectAll()
    expect(told(fbq)).toEqual({
      fbq: [
        ['fbq', 'consent', 'revoke'],
        ['fbq', 'consent', 'grant'],
        ['fbq', 'consent', 'revoke'],
      ],
      uetq: [
        ...DEFAULTS.uetq,
        ...['consent', 'update', { ad_storage: 'granted' }],
        ...['consent', 'update', { ad_storage: 'denied' }],
      ],
      clarity: [
        ...DEFAULTS.clarity,
        ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
        ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ],
      _paq: [['requireConsent'], ['setConsentGiven'], ['forgetConsentGiven']],
      ttq: [['holdConsent'], ['grantConsent'], ['revokeConsent']],
      gaDisabled: true,
    })
  })

  it('tells a vendor again only when what it is told changes', () => {
    const fbq = loadedVendors()
    const consent = start(signalConfig(), { plugins: allSignals() })
    consent.save({ categories: ['marketing'] })
    consent.save({ categories: ['marketing', 'media'] })
    consent.save({ categories: ['marketing'], services: { 'tiktok-pixel': false } })
    expect(fbq).toEqual([
      ['fbq', 'consent', 'revoke'],
      ['fbq', 'consent', 'grant'],
    ])
    expect(page.uetq).toEqual([...DEFAULTS.uetq, 'consent', 'update', { ad_storage: 'granted' }])
    expect(page.ttq && Array.from(page.ttq)).toEqual([
      ['holdConsent'],
      ['grantConsent'],
      ['revokeConsent'],
    ])
    expect(clarityQueue()).toEqual(DEFAULTS.clarity)
  })
})

describe('vendor calls for a returning visitor', () => {
  it('[vendor.meta] [vendor.uet] [vendor.clarity] [vendor.matomo] [vendor.tiktok] repeats the stored grant on every page, right after the defaults', () => {
    let consent = start(signalConfig(), { plugins: allSignals() })
    consent.acceptAll()
    for (let view = 0; view < 2; view++) {
      // The previous page view ends before the next one's globals exist.
      consent.destroy()
      for (const name of ['fbq', 'uetq', 'clarity', '_paq', 'ttq', GA_DISABLE]) delete page[name]
      const fbq = loadedVendors()
      consent = start(signalConfig(), { plugins: allSignals() })
      expect(told(fbq)).toEqual({
        fbq: [['fbq', 'consent', 'grant']],
        uetq: [...DEFAULTS.uetq, 'consent', 'update', { ad_storage: 'granted' }],
        clarity: [['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]],
        _paq: [['requireConsent'], ['setConsentGiven']],
        ttq: [['holdConsent'], ['grantConsent']],
        gaDisabled: false,
      })
    }
  })

  it('sends no update for a stored refusal, only the defaults', () => {
    const previous = start(signalConfig(), { plugins: allSignals() })
    previous.rejectAll()
    previous.destroy()
    for (const name of ['fbq', 'uetq', 'clarity', '_paq', 'ttq', GA_DISABLE]) delete page[name]
    const fbq = loadedVendors()
    start(signalConfig(), { plugins: allSignals() })
    expect(told(fbq)).toEqual({
      fbq: [['fbq', 'consent', 'revoke']],
      ...DEFAULTS,
      gaDisabled: true,
    })
  })
})

describe('Meta Pixel', () => {
  it("[vendor.meta] tells Meta's snippet, loaded after the manager, before its fbq('init')", () => {
    const consent = start(signalConfig(), { plugins: [metaPixel()] })
    expect(page.fbq).toBeUndefined()
    // What Meta's snippet does: it bails out if fbq exists, else assigns its queueing stand-in,
    // sets it up, and then calls it.
    const snippet = () => {
      if (page.fbq) return
      const queue: unknown[][] = []
      page.fbq = Object.assign((...args: unknown[]) => void queue.push(args), { queue })
      page.fbq('init', '123')
      page.fbq('track', 'PageView')
      return queue
    }
    const queue = snippet()!
    expect(queue).toEqual([
      ['consent', 'revoke'],
      ['init', '123'],
      ['track', 'PageView'],
    ])
    consent.acceptAll()
    expect(queue.at(-1)).toEqual(['consent', 'grant'])
    expect(queue).toHaveLength(4)
  })

  it('tells a late snippet the choice made before it arrived', () => {
    const consent = start(signalConfig(), { plugins: [metaPixel()] })
    consent.save({ categories: ['marketing'] })
    const calls: unknown[][] = []
    page.fbq = (...args: unknown[]) => void calls.push(args)
    expect(calls).toEqual([])
    page.fbq('init', '123')
    expect(calls).toEqual([
      ['consent', 'grant'],
      ['init', '123'],
    ])
  })

  it('calls no fbq it would have to invent: nothing is defined on window', () => {
    start(signalConfig(), { plugins: [metaPixel()] }).acceptAll()
    expect(page.fbq).toBeUndefined()
    expect(typeof page.fbq).toBe('undefined')
  })

  it('tells a snippet arriving after destroy() nothing', async () => {
    const consent = start(signalConfig(), { plugins: [metaPixel()] })
    consent.destroy()
    expect(Object.getOwnPropertyDescriptor(window, 'fbq')).toBeUndefined()
    const calls: unknown[][] = []
    page.fbq = (...args: unknown[]) => void calls.push(args)
    await microtasks()
    expect(calls).toEqual([])
    expect(page.fbq).toBeTypeOf('function')
  })
})

describe('Microsoft UET', () => {
  it('[vendor.uet] queues the default on the array Microsoft’s snippet keeps, in its flat form', () => {
    page.uetq = ['earlier']
    start(signalConfig(), { plugins: [microsoftUet()] })
    expect(page.uetq).toEqual(['earlier', 'consent', 'default', { ad_storage: 'denied' }])
  })

  it('[vendor.uet] pushes on a loaded UET object through its own push', () => {
    const push = vi.fn()
    page.uetq = { push } as never
    start(signalConfig(), { plugins: [microsoftUet()] }).acceptAll()
    expect(push.mock.calls).toEqual([
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'granted' }],
    ])
  })
})

describe('Microsoft Clarity', () => {
  it("[vendor.clarity] defines Clarity's own stub: a function queueing arguments objects on .q", () => {
    start(signalConfig(), { plugins: [microsoftClarity()] })
    expect(page.clarity).toBeTypeOf('function')
    page.clarity!('set', 'key', 'value')
    expect(clarityQueue()).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['set', 'key', 'value'],
    ])
  })

  it('[vendor.clarity] calls a loaded Clarity directly with consentv2, never the retired consent', () => {
    const calls: unknown[][] = []
    page.clarity = (...args: unknown[]) => void calls.push(args)
    start(signalConfig(), { plugins: [microsoftClarity()] }).save({
      categories: ['analytics', 'marketing'],
    })
    expect(calls).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
    ])
    expect(calls.map(([method]) => method)).not.toContain('consent')
  })

  it('[vendor.clarity] grants ad_Storage only with an ad key granted as well', () => {
    const calls: unknown[][] = []
    page.clarity = (...args: unknown[]) => void calls.push(args)
    const consent = start(signalConfig(), { plugins: [microsoftClarity()] })
    consent.save({ services: ['microsoft-clarity'] })
    consent.save({ services: ['microsoft-clarity'], categories: ['marketing'] })
    expect(calls.slice(1)).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
    ])
  })
})

describe('Matomo', () => {
  it('[vendor.matomo] requires consent before anything the page queued after it', () => {
    page._paq = [['setSiteId', '1']]
    start(signalConfig(), { plugins: [matomo()] })
    page._paq!.push(['trackPageView'])
    expect(page._paq).toEqual([['setSiteId', '1'], ['requireConsent'], ['trackPageView']])
  })
})

describe('TikTok Pixel', () => {
  it("[vendor.tiktok] queues holdConsent as a [method] entry on the array TikTok's stand-in keeps", () => {
    start(signalConfig(), { plugins: [tiktokPixel()] })
    expect(Array.isArray(page.ttq)).toBe(true)
    expect(Array.from(page.ttq!)).toEqual([['holdConsent']])
  })

  it("[vendor.tiktok] calls ttq's methods once its snippet has defined them", () => {
    // TikTok's snippet: an array with a method per name that queues [name, ...args].
    const ttq = [] as unknown as unknown[] & Record<string, unknown>
    for (const method of ['holdConsent', 'grantConsent', 'revokeConsent', 'page'])
      ttq[method] = vi.fn(function (this: unknown[], ...args: unknown[]) {
        this.push([method, ...args])
      })
    page.ttq = ttq
    const consent = start(signalConfig(), { plugins: [tiktokPixel()] })
    consent.acceptAll()
    consent.rejectAll()
    expect(ttq.holdConsent).toHaveBeenCalledTimes(1)
    expect(ttq.grantConsent).toHaveBeenCalledTimes(1)
    expect(ttq.revokeConsent).toHaveBeenCalledTimes(1)
    expect(Array.from(ttq)).toEqual([['holdConsent'], ['grantConsent'], ['revokeConsent']])
  })
})

describe('GA4 without Consent Mode', () => {
  it('[vendor.ga4-disable] sets ga-disable-<ID> for every measurement id while analytics is denied', () => {
    const config = signalConfig()
    config.services!['google-analytics']!.ids = ['G-TEST1', 'G-TEST2']
    const consent = start(config, { plugins: [googleAnalyticsDisable()] })
    expect([page[GA_DISABLE], page['ga-disable-G-TEST2']]).toEqual([true, true])
    consent.save({ categories: ['analytics'] })
    expect([page[GA_DISABLE], page['ga-disable-G-TEST2']]).toEqual([false, false])
    consent.rejectAll()
    expect([page[GA_DISABLE], page['ga-disable-G-TEST2']]).toEqual([true, true])
    delete page['ga-disable-G-TEST2']
  })

  it('leaves GA alone in advanced Consent Mode, where it must run to send cookieless pings', () => {
    start(signalConfig({ googleConsentMode: { mode: 'advanced' } }), {
      plugins: [googleConsentMode(), googleAnalyticsDisable()],
    }).rejectAll()
    expect(GA_DISABLE in page).toBe(false)
  })
})

describe('vendors after destroy()', () => {
  it('tells no vendor anything after destroy()', () => {
    const fbq = loadedVendors()
    const consent = start(signalConfig(), { plugins: allSignals() })
    const before = JSON.stringify(told(fbq))
    consent.destroy()
    consent.acceptAll()
    expect(JSON.stringify(told(fbq))).toBe(before)
  })
})
