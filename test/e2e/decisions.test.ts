import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, hasCookie, settle, stateOf, useDemo, type Visitor } from './harness'

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-DEMO12345'
const HOTJAR = 'https://static.hotjar.com/c/hotjar-3512345.js?sv=6'
const FBEVENTS = 'https://connect.facebook.net/en_US/fbevents.js'
const YOUTUBE = 'https://www.youtube-nocookie.com/embed/'

describe('a decision on the page', () => {
  const demo = useDemo()

  /** Opens the home page as a new visitor and waits until it is quiet, undecided. */
  async function undecided(): Promise<{ visitor: Visitor; page: Page }> {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    return { visitor, page }
  }

  const hosts = (visitor: Visitor) => [...new Set(visitor.gatedRequests().map((r) => r.host))]

  const youtubeSrc = (page: Page) =>
    page.evaluate(() =>
      document.querySelector('iframe[data-consent="youtube"]')!.getAttribute('src'),
    )

  it('runs every gated script and embed after acceptAll(), without a reload', async () => {
    const { visitor, page } = await undecided()
    const decided = visitor.now()
    await page.evaluate(() => {
      ;(window as { samePage?: boolean }).samePage = true
      window.Consentry!.acceptAll()
    })

    for (const url of [GTAG, HOTJAR, FBEVENTS, YOUTUBE]) await visitor.waitForRequest(url, decided)
    await page.waitForFunction(
      () =>
        ['_ga', '_ga_DEMO12345', '_hjSessionUser_3512345', '_hjSession_3512345', '_fbp'].every(
          (name) => document.cookie.split('; ').some((pair) => pair.startsWith(name + '=')),
        ),
      undefined,
      { timeout: 5000 },
    )
    expect(await youtubeSrc(page)).toBe(`${YOUTUBE}M7lc1UVf-VE`)
    expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true)
    expect(visitor.gatedRequests().every((r) => r.time >= decided)).toBe(true)

    const cookies = await page.evaluate(() => document.cookie)
    expect(cookies).toMatch(/(^|; )_ga=GA1\.1\.\d+\.\d+(;|$)/)
    expect(cookies).toMatch(/(^|; )_ga_DEMO12345=GS1\.1\.\d+\.1\.0\.\d+\.0\.0\.0(;|$)/)
    expect(cookies).toMatch(/(^|; )_fbp=fb\.1\.\d+\.\d+(;|$)/)

    // The gated scripts kept document order: gtag.js is inserted before the inline snippet that
    // configures it, and gtag.js ran the snippet's commands in the order they were queued.
    const google = await page.evaluate(() => ({
      scripts: Array.from(document.querySelectorAll('script[data-consent="google-analytics"]')).map(
        (s) => [(s as HTMLScriptElement).src || 'inline', s.getAttribute('data-consent-state')],
      ),
      dataLayer: window.dataLayer!.map((entry) => Array.from(entry)[0]),
      standIn: window.__gtagStandIn,
    }))
    expect(google.scripts).toEqual([
      [GTAG, 'active'],
      ['inline', 'active'],
    ])
    const snippet = (name: unknown) => name == 'js' || name == 'config'
    expect(google.dataLayer.filter(snippet)).toEqual(['js', 'config'])
    expect(google.standIn!.commands.filter(([name]) => snippet(name))).toEqual([
      ['js', 'Date'],
      ['config', 'G-DEMO12345'],
    ])

    const vendors = await page.evaluate(() => ({
      hotjar: window.__hotjarStandIn?.site,
      meta: window.__fbqStandIn?.calls,
    }))
    // The core's Meta adapter catches the pixel as its snippet defines it: consent comes first.
    expect(vendors).toEqual({
      hotjar: 3512345,
      meta: [
        ['consent', 'grant'],
        ['init', '1234567890123456'],
        ['track', 'PageView'],
      ],
    })

    const state = await stateOf(page)
    expect(state).toMatchObject({ decided: true, method: 'accept-all' })
    expect(Object.values(state.categories)).not.toContain(false)
    expect(Object.values(state.services)).not.toContain(false)
    await expect
      .poll(() => page.locator('[data-panel="status"]').textContent())
      .toContain('Decided: accept-all')
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it('runs only the analytics services after save({ categories: ["analytics"] })', async () => {
    const { visitor, page } = await undecided()
    const decided = visitor.now()
    await page.evaluate(() => window.Consentry!.save({ categories: ['analytics'] }))

    await visitor.waitForRequest(GTAG, decided)
    await visitor.waitForRequest(HOTJAR, decided)
    await page.waitForFunction(() => /(^|; )_hjSession_3512345=/.test(document.cookie))
    await settle(page)

    expect(hosts(visitor).sort()).toEqual(['static.hotjar.com', 'www.googletagmanager.com'])
    expect(await hasCookie(page, '_ga')).toBe(true)
    expect(await hasCookie(page, '_fbp')).toBe(false)
    expect(await youtubeSrc(page)).toBeNull()
    expect(await page.evaluate(() => typeof window.fbq)).toBe('undefined')
    expect(await stateOf(page)).toMatchObject({
      decided: true,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false, media: false },
      services: { 'google-analytics': true, hotjar: true, 'meta-pixel': false, youtube: false },
    })
    expect(visitor.pageErrors()).toEqual([])
  })

  it('[prefs.granular] [vendor.gating-only] loads only the YouTube embed after save({ services: ["youtube"] })', async () => {
    const { visitor, page } = await undecided()
    const decided = visitor.now()
    await page.evaluate(() => window.Consentry!.save({ services: ['youtube'] }))

    await visitor.waitForRequest(YOUTUBE, decided)
    await settle(page)

    expect(hosts(visitor)).toEqual(['www.youtube-nocookie.com'])
    expect(await youtubeSrc(page)).toBe(`${YOUTUBE}M7lc1UVf-VE`)
    expect(
      await page.frameLocator('iframe[data-consent="youtube"]').locator('body').textContent(),
    ).toContain('YouTube embed (e2e stand-in)')
    const granted = await page.evaluate(() =>
      ['youtube', 'media', 'analytics', 'google-analytics'].map((name) =>
        window.Consentry!.isGranted(name),
      ),
    )
    expect(granted).toEqual([true, false, false, false])
    expect(
      await page.evaluate(() => [typeof window.gtag, typeof window.hj, typeof window.fbq]),
    ).toEqual(['undefined', 'undefined', 'undefined'])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('grants everything when the visitor clicks a data-consent-action="accept-all" control', async () => {
    const { visitor, page } = await undecided()
    const decided = visitor.now()
    // The demo's own control in its sidebar, not the banner's button of the same name.
    await page.locator('#consent-panel').getByRole('button', { name: 'Accept all' }).click()

    for (const url of [GTAG, HOTJAR, FBEVENTS, YOUTUBE]) await visitor.waitForRequest(url, decided)
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'accept-all' })
    expect(await page.evaluate(() => window.Consentry!.isGranted('marketing'))).toBe(true)
    expect(visitor.gatedRequests().every((r) => r.time >= decided)).toBe(true)
    expect(visitor.pageErrors()).toEqual([])
  })
})
