import { describe, expect, it, vi } from 'vitest'
import type { ConsentChange, ConsentConfig } from 'consentry'
import { cookies, fakeJar, otherTab, setCookie, siteConfig, start } from '../helpers'

describe('the consent API', () => {
  it('answers isGranted for categories, services and unknown names', () => {
    const consent = start()
    consent.save({ categories: ['analytics'], services: ['youtube'] })
    expect(consent.isGranted('necessary')).toBe(true)
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('google-analytics')).toBe(true)
    expect(consent.isGranted('media')).toBe(false)
    expect(consent.isGranted('youtube')).toBe(true)
    expect(consent.isGranted('meta-pixel')).toBe(false)
    expect(consent.isGranted('nope')).toBe(false)
    expect(consent.isGranted('toString')).toBe(false)
    expect(consent.isGranted('__proto__')).toBe(false)
  })

  it('takes choices as lists or maps and ignores names it does not know', () => {
    const consent = start()
    consent.save({
      categories: { analytics: true, marketing: false, bogus: true },
      services: { hotjar: false },
    })
    expect(consent.getState().categories).toEqual({
      necessary: true,
      analytics: true,
      marketing: false,
      media: false,
    })
    expect(consent.getState().services).toMatchObject({ 'google-analytics': true, hotjar: false })
    consent.save({})
    expect(consent.getState()).toMatchObject({ decided: true, method: 'custom' })
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('hands out state that no caller can change', () => {
    const consent = start()
    const state = consent.getState()
    expect(() => {
      ;(state.categories as Record<string, boolean>).marketing = true
    }).toThrow()
    expect(consent.isGranted('marketing')).toBe(false)
  })

  it('reports what changed to on("change") and the consentry:change DOM event', () => {
    const consent = start()
    const changes: ConsentChange[] = []
    const domChanges: ConsentChange[] = []
    const off = consent.on('change', (change) => changes.push(change))
    const onDom = (event: Event) => domChanges.push((event as CustomEvent<ConsentChange>).detail)
    window.addEventListener('consentry:change', onDom)

    consent.save({ categories: ['analytics'] })
    consent.save({ categories: ['marketing'] })
    off()
    consent.acceptAll()
    window.removeEventListener('consentry:change', onDom)

    expect(changes.map(({ granted, revoked, source }) => ({ granted, revoked, source }))).toEqual([
      { granted: ['analytics', 'google-analytics', 'hotjar'], revoked: [], source: 'decision' },
      {
        granted: ['marketing', 'meta-pixel'],
        revoked: ['analytics', 'google-analytics', 'hotjar'],
        source: 'decision',
      },
    ])
    expect(changes[1]!.state.categories.marketing).toBe(true)
    expect(domChanges).toHaveLength(3)
  })

  it('fires consentry:ready with the state, after createConsent has returned', async () => {
    const ready = vi.fn()
    window.addEventListener('consentry:ready', ready)
    start()
    expect(ready).not.toHaveBeenCalled()
    await Promise.resolve()
    window.removeEventListener('consentry:ready', ready)
    expect(ready.mock.calls[0]![0].detail).toMatchObject({ decided: false })
  })

  it('runs whenGranted callbacks now, or once on the first grant', () => {
    const consent = start()
    const necessary = vi.fn()
    const analytics = vi.fn()
    const cancelled = vi.fn()
    consent.whenGranted('necessary', necessary)
    consent.whenGranted('analytics', analytics)
    consent.whenGranted('marketing', cancelled)()
    expect(necessary).toHaveBeenCalledTimes(1)
    expect(analytics).not.toHaveBeenCalled()
    consent.save({ categories: ['analytics'] })
    consent.rejectAll()
    consent.acceptAll()
    expect(analytics).toHaveBeenCalledTimes(1)
    expect(cancelled).not.toHaveBeenCalled()
  })

  it('keeps going when a listener throws, and reports it', () => {
    const consent = start()
    const errors = vi.fn()
    const after = vi.fn()
    consent.on('error', errors)
    consent.on('change', () => {
      throw new Error('listener bug')
    })
    consent.on('change', after)
    consent.whenGranted('analytics', () => {
      throw new Error('callback bug')
    })
    expect(() => consent.acceptAll()).not.toThrow()
    expect(after).toHaveBeenCalled()
    expect(errors.mock.calls.map(([e]) => (e.error as Error).message)).toEqual([
      'listener bug',
      'callback bug',
    ])
  })

  it('forgets the choice on reset() and asks again', () => {
    const consent = start()
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const change = vi.fn()
    consent.acceptAll()
    setCookie('_ga', '1')
    consent.on('change', change)
    consent.reset()
    expect(cookies()).not.toHaveProperty('consentry')
    expect(cookies()).not.toHaveProperty('_ga')
    expect(consent.getState().decided).toBe(false)
    expect(consent.getRecord()).toBeUndefined()
    expect(change.mock.calls[0]![0]).toMatchObject({ source: 'reset', granted: [] })
    expect(info).toHaveBeenCalledWith(expect.stringContaining('the banner cannot be shown'))
    expect(start().getState().decided).toBe(false)
  })

  it('shows the banner through the UI it is given, only while undecided', () => {
    const show = vi.fn()
    const consent = start(siteConfig(), { ui: { show } })
    expect(show).toHaveBeenCalledWith('banner', consent)
    consent.acceptAll()
    start(siteConfig(), { ui: { show }, document: otherTab() })
    expect(show).toHaveBeenCalledTimes(1)
    consent.showPreferences()
    expect(show).toHaveBeenLastCalledWith('preferences', consent)
  })

  it('reloads after a withdrawal when reloadOnWithdraw is set, and not otherwise', () => {
    const reload = vi.fn()
    const config: ConsentConfig = { ...siteConfig(), reloadOnWithdraw: true }
    const consent = start(config, { reload })
    consent.rejectAll()
    consent.acceptAll()
    expect(reload).not.toHaveBeenCalled()
    consent.save({ categories: ['analytics', 'marketing', 'media'], services: { hotjar: false } })
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('ignores decisions after destroy()', () => {
    const consent = start()
    consent.destroy()
    consent.acceptAll()
    consent.reset()
    expect(cookies()).not.toHaveProperty('consentry')
  })

  it('tears each plugin down once, however often destroy() is called', () => {
    const teardown = vi.fn()
    const consent = start(siteConfig(), { plugins: [{ name: 'mine', setup: () => teardown }] })
    consent.destroy()
    consent.destroy()
    expect(teardown).toHaveBeenCalledTimes(1)
  })

  it('works without a document, as in server-side rendering', () => {
    const consent = start(siteConfig(), { document: null })
    consent.acceptAll()
    expect(consent.isGranted('marketing')).toBe(true)
  })
})

describe('other tabs', () => {
  it('pick up a decision within a second', async () => {
    const here = start()
    const there = start(siteConfig(), { document: otherTab() })
    here.acceptAll()
    await vi.waitFor(() => expect(there.isGranted('marketing')).toBe(true), { timeout: 1000 })
    const change = vi.fn()
    there.on('change', change)
    here.rejectAll()
    await vi.waitFor(() => expect(there.isGranted('marketing')).toBe(false), { timeout: 1000 })
    expect(change.mock.calls[0]![0]).toMatchObject({
      source: 'other-tab',
      revoked: expect.arrayContaining(['marketing']),
    })
  })

  it('take the new choice from the message when their cookie store lags behind', async () => {
    // Chromium's other renderers may not see a new cookie yet when the message arrives.
    const lagging = fakeJar({ get: () => undefined })
    const there = start(siteConfig(), { jar: lagging })
    start(siteConfig(), { document: otherTab() }).acceptAll()
    await vi.waitFor(() => expect(there.isGranted('marketing')).toBe(true), { timeout: 1000 })
    expect(there.getState().method).toBe('accept-all')
  })

  it('re-read the cookie when they become visible again', () => {
    const there = start()
    const decided = start(siteConfig(), { document: otherTab() })
    decided.destroy()
    decided.acceptAll() // destroyed: writes nothing
    start(siteConfig(), { document: null }).acceptAll() // another tab without a channel
    expect(there.isGranted('marketing')).toBe(false)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(there.isGranted('marketing')).toBe(true)
  })
})

describe('names that Object.prototype also has', () => {
  it('grant nothing, even when a site uses them as ids', () => {
    const consent = start({
      revision: 1,
      categories: { necessary: { required: true }, constructor: {} },
      services: { toString: { category: 'constructor' } },
    })
    consent.save({ categories: [] })
    expect(consent.isGranted('constructor')).toBe(false)
    expect(consent.isGranted('toString')).toBe(false)
    consent.save({ categories: ['constructor'], services: { toString: false } })
    expect(consent.isGranted('constructor')).toBe(true)
    expect(consent.isGranted('toString')).toBe(false)
  })
})
