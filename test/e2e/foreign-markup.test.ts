import { describe, expect, it } from 'vitest'
import { acceptAll, requestsTo, serveAutoblockPages } from './autoblock-fixtures'
import type { Page } from 'playwright-core'
import { consentryReady, settle, useDemo, type Visitor } from './harness'

const HOSTS = ['www.googletagmanager.com', 'static.hotjar.com', 'www.youtube-nocookie.com']

// What ran on the page (inline snippets in `ran`, vendor stand-ins in `loaded`) and iframe URLs.
const seen = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    ran: (window as unknown as { ran: string[] }).ran,
    loaded: (window as unknown as { loaded?: string[] }).loaded || [],
    iframes: Array.from(document.querySelectorAll('iframe')).map((f) => f.getAttribute('src')),
  }))

// The script-tag files this visitor requested, by name.
const chunksOf = (visitor: Visitor) =>
  visitor.requests
    .filter((r) => r.path.startsWith('/consentry/consentry'))
    .map((r) => r.path.replace('/consentry/', ''))

// The page is parsed and a few tasks have passed: whatever could run without the held chunk has
// had its chance. (Its `load` event waits for that chunk.)
const parsedAndIdle = (page: Page) =>
  page.evaluate(async () => {
    if (document.readyState == 'loading')
      await new Promise((done) => addEventListener('DOMContentLoaded', done))
    for (let i = 0; i < 10; i++) await new Promise((done) => setTimeout(done, 0))
  })

const origin = (page: Page) => new URL(page.url()).origin

/** Holds this visitor's requests for consentry-foreign.js until the returned function is called. */
const holdForeignChunk = async (visitor: Visitor) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await visitor.context.route(/\/consentry-foreign\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

// What cookiebot.html has run and loaded once everything is granted.
const COOKIEBOT_ACCEPTED = {
  ran: ['first-party', 'statistics', 'both'],
  loaded: ['gtag'],
  iframes: ['https://www.youtube-nocookie.com/embed/abc123'],
}

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
    await expect.poll(() => seen(page)).toEqual(COOKIEBOT_ACCEPTED)
    expect(visitor.pageErrors()).toEqual([])
  })

  it('reads that markup with consentry-foreign.js, and runs nothing gated on a returning visit until it has arrived', async () => {
    const { visitor, page } = await open('cookiebot.html')
    expect(chunksOf(visitor)).toContain('consentry-foreign.js')
    await acceptAll(page)
    // Everything the first view runs and loads, its embed included (activated a task after the
    // scripts), and a quiet network: else its embed's request can land after the reload mark.
    await expect.poll(() => seen(page)).toEqual(COOKIEBOT_ACCEPTED)
    await settle(page)

    // The chunk is held back on the next view: the visitor has agreed, yet nothing gated runs.
    const release = await holdForeignChunk(visitor)
    const reloaded = visitor.now()
    await page.reload({ waitUntil: 'domcontentloaded' })
    await consentryReady(page)
    await visitor.waitForRequest(`${origin(page)}/consentry/consentry-foreign.js`, reloaded)
    await parsedAndIdle(page)
    expect(requestsTo(visitor, HOSTS, reloaded)).toEqual([])
    expect(await seen(page)).toEqual({ ran: ['first-party'], loaded: [], iframes: [null] })

    release()
    await expect.poll(() => seen(page)).toEqual(COOKIEBOT_ACCEPTED)
    expect(visitor.pageErrors()).toEqual([])
  })

  it("keeps a page's own gated scripts and Cookiebot's in document order: from the first Cookiebot script on, nothing runs before consentry-foreign.js has arrived", async () => {
    const { visitor, page } = await open('mixed-markup.html')
    // The page's own inline script runs as it is parsed, whenever the gated ones run.
    const gatedRan = () => seen(page).then(({ ran }) => ran.filter((name) => name != 'first-party'))
    await acceptAll(page)
    await expect.poll(gatedRan).toEqual(['own-before', 'cookiebot', 'own-after'])

    const release = await holdForeignChunk(visitor)
    const reloaded = visitor.now()
    await page.reload({ waitUntil: 'domcontentloaded' })
    await consentryReady(page)
    await visitor.waitForRequest(`${origin(page)}/consentry/consentry-foreign.js`, reloaded)
    await parsedAndIdle(page)
    // What comes before the first Cookiebot script may run: that is its place in the order.
    expect(await gatedRan()).toEqual(['own-before'])

    release()
    await expect.poll(gatedRan).toEqual(['own-before', 'cookiebot', 'own-after'])
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
