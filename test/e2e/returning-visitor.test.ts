import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, GATED_COOKIE, settle, stateOf, useDemo, type Visitor } from './harness'

const SCRIPT_HOSTS = ['connect.facebook.net', 'static.hotjar.com', 'www.googletagmanager.com']

/** Resolves once all three vendor libraries have run (and so set their cookies). */
const vendorsRan = (page: Page) =>
  page.waitForFunction(
    () =>
      !!(
        window.__gtagStandIn?.commands.some(([name]) => name == 'config') &&
        window.__hotjarStandIn &&
        window.__fbqStandIn
      ),
    undefined,
    { timeout: 5000 },
  )

const names = async (visitor: Visitor) => (await visitor.cookies()).map((c) => c.name).sort()
const gatedCookies = async (visitor: Visitor) =>
  (await visitor.cookies()).filter((c) => GATED_COOKIE.test(c.name))

describe('a returning visitor', () => {
  const demo = useDemo()

  /** A visitor who accepted everything on `path` and whose trackers have run. */
  async function accepted(path = '/') {
    const visitor = await demo.visitor()
    // Notes, for every page this visitor loads, whether Consentry was there by the time the
    // document was parsed.
    await visitor.context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        ;(window as { atParsed?: unknown }).atParsed = !!window.Consentry
      }),
    )
    const page = await visitor.open(path)
    await consentryReady(page)
    expect(visitor.gatedRequests()).toEqual([])
    await page.evaluate(() => window.Consentry!.acceptAll())
    await vendorsRan(page)
    // The decision's record goes to the demo's log when the page is idle, which on a busy machine
    // can come after the trackers ran. Let it leave first: else the next view sends it (fetching
    // consentry-write.js) among the requests a test counts, or this view's request lands there.
    await expect.poll(() => visitor.requests.some((r) => r.path == '/consent-log')).toBe(true)
    await expect
      .poll(() =>
        page.evaluate(() => JSON.parse(localStorage.getItem('consentry:outbox') || '[]').length),
      )
      .toBe(0)
    return { visitor, page }
  }

  it('runs the granted scripts on its own after a reload, without validating again', async () => {
    const { visitor, page } = await accepted()
    const reloaded = visitor.now()
    await page.reload()
    await vendorsRan(page)
    await settle(page)

    // The validated-config path: Consentry was set synchronously in <head>.
    expect(await page.evaluate(() => (window as { atParsed?: unknown }).atParsed)).toBe(true)
    const since = visitor.requests.filter((r) => r.time >= reloaded)
    expect(since.map((r) => r.path)).toContain('/consentry/consentry.js')
    expect(since.map((r) => r.path)).not.toContain('/consentry/consentry-check.js')
    // Nothing to ask and no floating button on this page: no UI code, in no language.
    expect(since.map((r) => r.path)).not.toContain('/consentry/consentry-ui.js')
    expect(since.filter((r) => r.path.startsWith('/consentry/consentry-lang-'))).toEqual([])
    // No other tool's markup, nothing to ask, nothing to delete: the core alone.
    expect(since.filter((r) => r.path.startsWith('/consentry/')).map((r) => r.path)).toEqual([
      '/consentry/consentry.js',
    ])
    const hosts = visitor.gatedRequests(reloaded).map((r) => r.host)
    expect(hosts).toEqual(expect.arrayContaining(SCRIPT_HOSTS))
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'accept-all' })
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  // On this path Consentry starts in <head> and meets the iframe as the parser inserts it;
  // Chromium ignores an iframe `src` set at that moment (the frame would stay on about:blank).
  it('[vendor.gating-only] loads a granted YouTube embed on a returning visit', async () => {
    const { visitor, page } = await accepted()
    const reloaded = visitor.now()
    await page.reload()
    await vendorsRan(page)
    await settle(page)
    expect(visitor.gatedRequests(reloaded).map((r) => r.host)).toContain('www.youtube-nocookie.com')
    // The frame really navigated (it is cross-origin now, so ask Playwright, not the page).
    expect(page.frames().map((frame) => frame.url())).toContain(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
    )
  })

  // A gated inline script or <template> must not be activated as soon as its start tag is
  // parsed: when the rest arrives in a later network packet, only the first part would run and
  // the template would be copied half empty.
  it('runs a gated script and template whole when the page arrives in pieces', async () => {
    const { page } = await accepted('/slow.html')
    await page.reload()
    expect(await page.evaluate(() => (window as { slowPage?: string[] }).slowPage)).toEqual([
      'first half',
      'second half',
    ])
    expect(await page.locator('#slow-second').count()).toBe(1)
  })

  it('[delete.keeps-necessary] deletes the trackers’ cookies on rejectAll() and keeps the necessary ones', async () => {
    const { visitor, page } = await accepted()
    await page.reload()
    await vendorsRan(page)
    expect((await gatedCookies(visitor)).map((c) => c.name).sort()).toEqual([
      '_fbp',
      '_ga',
      '_ga_DEMO12345',
      '_hjSessionUser_3512345',
      '_hjSession_3512345',
    ])

    await page.evaluate(() => window.Consentry!.rejectAll())

    // Deleting comes with consentry-write.js, fetched with the first decision.
    await expect.poll(() => gatedCookies(visitor)).toEqual([])
    const kept = await names(visitor)
    expect(kept).toContain('PHPSESSID')
    expect(kept).toContain('consentry')
    expect(kept.some((name) => name.startsWith('wordpress_logged_in_'))).toBe(true)

    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    await settle(page)
    expect(visitor.gatedRequests(reloaded)).toEqual([])
    expect(await gatedCookies(visitor)).toEqual([])
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'reject-all' })
    expect(visitor.pageErrors()).toEqual([])
  })

  it('[delete.every-domain-path] deletes tracker cookies that were set on a sub-path of the site', async () => {
    const { visitor, page } = await accepted('/blog/hello-world/')
    // Scripts on this page may set cookies on its directory: explicitly, or by leaving out Path.
    await page.evaluate(() => {
      document.cookie = '_ga=GA1.1.42.1700000000; path=/blog/hello-world; max-age=63072000'
      document.cookie = '_hjSessionUser_3512345=eyJpZCI6IjQyIn0=; path=/blog/; max-age=31536000'
      document.cookie = '_fbc=fb.1.1700000000000.AbCdEf; max-age=7776000'
    })
    const before = await gatedCookies(visitor)
    expect(before.map((c) => `${c.name} ${c.path}`)).toEqual(
      expect.arrayContaining([
        '_ga /',
        '_ga /blog/hello-world',
        '_hjSessionUser_3512345 /',
        '_hjSessionUser_3512345 /blog/',
        '_fbc /blog/hello-world',
      ]),
    )

    await page.evaluate(() => window.Consentry!.rejectAll())

    // Deleting comes with consentry-write.js, fetched with the first decision.
    await expect.poll(() => gatedCookies(visitor)).toEqual([])
    expect(await names(visitor)).toContain('PHPSESSID')
    expect(visitor.pageErrors()).toEqual([])
  })
})
