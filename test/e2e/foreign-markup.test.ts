import { describe, expect, it } from 'vitest'
import { acceptAll, requestsTo, serveAutoblockPages } from './autoblock-fixtures'
import { consentryReady, settle, useDemo } from './harness'

const HOSTS = ['www.googletagmanager.com', 'static.hotjar.com', 'www.youtube-nocookie.com']

// What ran on the page (inline snippets in `ran`, vendor stand-ins in `loaded`) and iframe URLs.
const seen = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    ran: (window as unknown as { ran: string[] }).ran,
    loaded: (window as unknown as { loaded?: string[] }).loaded || [],
    iframes: Array.from(document.querySelectorAll('iframe')).map((f) => f.getAttribute('src')),
  }))

describe("another tool's markup, unmodified", () => {
  const demo = useDemo()

  const open = async (file: string) => {
    const visitor = await demo.visitor()
    await serveAutoblockPages(visitor)
    const page = await visitor.open(`/autoblock/${file}`)
    await consentryReady(page)
    await settle(page)
    return { visitor, page }
  }

  it('gates Cookiebot markup by the mapped categories, and runs it all after "Accept all"', async () => {
    const { visitor, page } = await open('cookiebot.html')
    expect(requestsTo(visitor, HOSTS)).toEqual([])
    expect(await seen(page)).toEqual({ ran: ['first-party'], loaded: [], iframes: [null] })

    await acceptAll(page)
    // Gated scripts run one task apart, and what they insert loads after them.
    await expect
      .poll(() => seen(page))
      .toEqual({
        ran: ['first-party', 'statistics', 'both'],
        loaded: ['gtag'],
        iframes: ['https://www.youtube-nocookie.com/embed/abc123'],
      })
    expect(visitor.pageErrors()).toEqual([])
  })

  it('gates CookieConsent v3 markup by category and aliased service, and keeps "!category" inert', async () => {
    const { visitor, page } = await open('cookieconsent.html')
    expect(requestsTo(visitor, HOSTS)).toEqual([])
    expect(await seen(page)).toEqual({ ran: ['first-party'], loaded: [], iframes: [] })

    await acceptAll(page)
    await expect
      .poll(() => seen(page))
      .toEqual({
        ran: ['first-party', 'analytics', 'hotjar', 'marketing'],
        loaded: [expect.any(String), expect.any(String)],
        iframes: [],
      })
    expect((await seen(page)).loaded.sort()).toEqual(['gtag', 'hotjar'])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('gates Klaro and Orejime markup by aliased service names, data-src included', async () => {
    const { visitor, page } = await open('klaro.html')
    expect(requestsTo(visitor, HOSTS)).toEqual([])
    expect(await seen(page)).toEqual({ ran: ['first-party'], loaded: [], iframes: [null] })

    await acceptAll(page)
    // The external script comes first in the document, so it runs before the inline ones.
    await expect
      .poll(() => seen(page))
      .toEqual({
        ran: ['first-party', 'klaro', 'orejime'],
        loaded: ['gtag'],
        iframes: ['https://www.youtube-nocookie.com/embed/abc123'],
      })
    expect(visitor.pageErrors()).toEqual([])
  })
})
