import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  consentryReady,
  focusedElement,
  GATED_COOKIE,
  layoutShift,
  recordLayoutShifts,
  screenshot,
  settle,
  stateOf,
  uiSettled,
  useDemo,
  type Visitor,
} from './harness'

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-DEMO12345'
const HOTJAR = 'https://static.hotjar.com/c/hotjar-3512345.js?sv=6'
const FBEVENTS = 'https://connect.facebook.net/en_US/fbevents.js'
const YOUTUBE = 'https://www.youtube-nocookie.com/embed/'
const UI_CHUNK = '/consentry/consentry-ui.js'
const LANG_CHUNK = /^\/consentry\/consentry-lang-/
const text = (content: string | null) => (content || '').trim()

/** The banner of the bar and box layouts: a region named by its label. */
const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })

/** What a button looks like, to compare the banner's buttons. */
const looks = (button: Locator) =>
  button.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return {
      tag: el.localName,
      width: Math.round(box.width * 100) / 100,
      height: Math.round(box.height * 100) / 100,
      fontSize: style.fontSize,
      fontWeight: style.fontWeight,
      background: style.backgroundColor,
      color: style.color,
      border: style.border,
      borderRadius: style.borderRadius,
      padding: style.padding,
    }
  })

const paths = (visitor: Visitor, since = 0) =>
  visitor.requests.filter((r) => r.time >= since).map((r) => r.path)

describe('the banner', () => {
  const demo = useDemo()

  /** A new visitor on `path`, once the banner shows and the page is quiet, with nothing gated. */
  async function firstVisit(path = '/') {
    const visitor = await demo.visitor()
    const page = await visitor.open(path)
    await consentryReady(page)
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    return { visitor, page }
  }

  it('[banner.equal-buttons] shows "Accept all" and "Reject all" as identical buttons, next to "Customize", on a first visit', async () => {
    const { visitor, page } = await firstVisit()
    const banner = bannerOf(page)
    await banner.waitFor()
    await uiSettled(page)

    expect(await banner.getByRole('heading').textContent()).toBe('We value your privacy')
    expect(await banner.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      '/privacy-policy/',
    )
    const button = (name: string) => looks(banner.getByRole('button', { name, exact: true }))
    const [accept, reject, customize] = await Promise.all([
      button('Accept all'),
      button('Reject all'),
      button('Customize'),
    ])
    // Same kind, size and visual weight (EDPB taskforce, CNIL): nothing tells the visitor
    // which one to press.
    expect(reject).toEqual(accept)
    expect(accept).toMatchObject({ tag: 'button', fontWeight: '600' })
    expect(accept.height).toBeGreaterThanOrEqual(44)
    // "Customize" is the way into the preferences: a real button of the same height, type and
    // border as the two choices (the rules ask for no more).
    expect(customize).toMatchObject({
      tag: 'button',
      height: accept.height,
      fontSize: accept.fontSize,
      fontWeight: accept.fontWeight,
      border: accept.border,
    })

    // Rendering the banner needed nothing but Consentry's own files: no web font, no third
    // party, and no translation for a visitor who reads English.
    expect(visitor.requests.filter((r) => !r.host.startsWith('127.0.0.1'))).toEqual([])
    expect(paths(visitor)).toContain(UI_CHUNK)
    // The preferences center is fetched only for a visitor who opens it.
    expect(paths(visitor)).not.toContain('/consentry/consentry-preferences.js')
    expect(paths(visitor).filter((path) => LANG_CHUNK.test(path))).toEqual([])
    expect((await stateOf(page)).decided).toBe(false)
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it('[perf.close-first] closes on "Accept all" before any tracker is requested, then runs them all and they set their cookies', async () => {
    const { visitor, page } = await firstVisit()
    const banner = bannerOf(page)
    await banner.waitFor()
    // Notes, in the page's clock, when the banner leaves the page.
    await page.evaluate(() => {
      const root = document.querySelector('consentry-ui')!.shadowRoot!
      new MutationObserver((_, observer) => {
        if (root.querySelector('[role=region]')) return
        ;(window as { bannerGone?: number }).bannerGone = performance.now()
        observer.disconnect()
      }).observe(root, { childList: true, subtree: true })
    })

    const decided = visitor.now()
    await banner.getByRole('button', { name: 'Accept all' }).click()
    await banner.waitFor({ state: 'detached' })

    for (const url of [GTAG, HOTJAR, FBEVENTS, YOUTUBE]) await visitor.waitForRequest(url, decided)
    await page.waitForFunction(
      () =>
        ['_ga', '_ga_DEMO12345', '_hjSessionUser_3512345', '_hjSession_3512345', '_fbp'].every(
          (name) => document.cookie.split('; ').some((pair) => pair.startsWith(name + '=')),
        ),
      undefined,
      { timeout: 5000 },
    )
    expect(visitor.gatedRequests().every((r) => r.time >= decided)).toBe(true)

    // The banner closed first; the trackers were requested afterwards (web.dev: keep the
    // interaction responsive).
    const order = await page.evaluate(() => ({
      bannerGone: (window as { bannerGone?: number }).bannerGone,
      trackers: performance
        .getEntriesByType('resource')
        .filter((entry) =>
          /^https:\/\/(www\.googletagmanager\.com|static\.hotjar\.com|connect\.facebook\.net)\//.test(
            entry.name,
          ),
        )
        .map((entry) => entry.startTime),
    }))
    expect(order.trackers).toHaveLength(3)
    expect(order.bannerGone).toBeDefined()
    for (const start of order.trackers) expect(start).toBeGreaterThan(order.bannerGone!)

    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'accept-all' })
    expect(
      await page.getByRole('status').filter({ hasText: 'Your choices have been saved.' }).count(),
    ).toBe(1)
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it('closes on "Reject all", contacts no gated host and stores a reject-all choice', async () => {
    const { visitor, page } = await firstVisit()
    const banner = bannerOf(page)
    await banner.getByRole('button', { name: 'Reject all' }).click()
    await banner.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    await settle(page)

    expect(visitor.gatedRequests()).toEqual([])
    const state = await stateOf(page)
    expect(state).toMatchObject({ decided: true, method: 'reject-all' })
    expect(state.categories).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
      media: false,
    })
    expect(Object.values(state.services)).not.toContain(true)
    const cookies = (await visitor.cookies()).map((c) => c.name)
    expect(cookies).toContain('consentry')
    expect(cookies.filter((name) => GATED_COOKIE.test(name))).toEqual([])

    // Decided: the next page asks nothing.
    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    await settle(page)
    expect(await bannerOf(page).count()).toBe(0)
    expect(visitor.gatedRequests(reloaded)).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('closes when the visitor decides with one of the page’s own controls', async () => {
    const { visitor, page } = await firstVisit()
    await bannerOf(page).waitFor()
    const decided = visitor.now()
    await page.locator('#consent-panel').getByRole('button', { name: 'Reject all' }).click()
    await bannerOf(page).waitFor({ state: 'detached' })
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'reject-all' })
    await settle(page)
    expect(visitor.gatedRequests(decided)).toEqual([])
  })

  it('[banner.no-inferred-consent] closes on × without consent, and asks again on the next page', async () => {
    const { visitor, page } = await firstVisit('/?closeButton=true')
    const banner = bannerOf(page)
    await banner.getByRole('button', { name: 'Close' }).click()
    await banner.waitFor({ state: 'detached' })
    await settle(page)

    expect(visitor.gatedRequests()).toEqual([])
    expect((await stateOf(page)).decided).toBe(false)
    expect((await visitor.cookies()).map((c) => c.name)).not.toContain('consentry')

    await page.reload()
    await bannerOf(page).waitFor()
    expect(visitor.gatedRequests()).toEqual([])
  })

  it('[banner.no-inferred-consent] counts × as "Reject all" when the config says closeAction: "reject"', async () => {
    const { visitor, page } = await firstVisit('/?closeButton=true&closeAction=reject')
    const banner = bannerOf(page)
    await banner.getByRole('button', { name: 'Close' }).click()
    await banner.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    await settle(page)
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'reject-all' })
    expect(visitor.gatedRequests()).toEqual([])
  })

  it('[a11y.banner-role] shows the modal layout as a labelled modal dialog that takes focus', async () => {
    const { visitor, page } = await firstVisit('/?layout=modal')
    const dialog = page.getByRole('dialog', { name: 'We value your privacy' })
    await dialog.waitFor()
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    expect(await focusedElement(page)).toBe('dialog "We value your privacy"')
    expect(await bannerOf(page).count()).toBe(0)
    for (const name of ['Accept all', 'Reject all', 'Customize'])
      expect(await dialog.getByRole('button', { name, exact: true }).count()).toBe(1)

    await dialog.getByRole('button', { name: 'Reject all' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'reject-all' })
  })

  it('speaks Arabic, right to left, loading the Arabic texts and no other language', async () => {
    const { visitor, page } = await firstVisit('/?lang=ar')
    const banner = page.getByRole('region', { name: 'الموافقة على ملفات تعريف الارتباط' })
    await banner.waitFor()
    await uiSettled(page)

    expect(await banner.getByRole('heading').textContent()).toBe('نحترم خصوصيتك')
    const buttons = banner.getByRole('button')
    expect(await buttons.allTextContents()).toEqual(['قبول الكل', 'رفض الكل', 'تخصيص'])
    expect(paths(visitor).filter((path) => LANG_CHUNK.test(path))).toEqual([
      '/consentry/consentry-lang-ar.js',
    ])

    const layout = await banner.evaluate((el) => ({
      dir: (el.getRootNode() as ShadowRoot).host.getAttribute('dir'),
      lang: (el.getRootNode() as ShadowRoot).host.getAttribute('lang'),
      direction: getComputedStyle(el).direction,
    }))
    expect(layout).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl' })
    // Read from the right: "Accept all" is the rightmost button, "Customize" the leftmost.
    const xs = await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x))
    expect(xs[0]).toBeGreaterThan(xs[1]!)
    expect(xs[1]).toBeGreaterThan(xs[2]!)
    await screenshot(page, 'banner-bar-ar')

    expect(visitor.gatedRequests()).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it("lays out the site's English descriptions left to right inside the Arabic preferences", async () => {
    const { page } = await firstVisit('/?lang=ar')
    await page.getByRole('button', { name: 'تخصيص' }).click()
    const description = page.getByText('Count visits and see how readers use the site', {
      exact: false,
    })
    await description.waitFor()
    // Where the last letter and the closing full stop are drawn: in a left-to-right paragraph
    // the full stop follows the "f" of "of"; in a right-to-left one it is drawn before "more".
    const [letter, stop] = await description.evaluate((p) => {
      const text = p.firstChild as Text
      const at = (offset: number) => {
        const range = document.createRange()
        range.setStart(text, offset)
        range.setEnd(text, offset + 1)
        return range.getBoundingClientRect().x
      }
      return [at(text.length - 2), at(text.length - 1)]
    })
    expect(text(await description.textContent())).toMatch(/of\.$/)
    expect(stop).toBeGreaterThan(letter!)
  })

  it('[perf.no-shift] shifts nothing on the page when it appears, in every layout', async () => {
    const visitor = await demo.visitor()
    await recordLayoutShifts(visitor.context)
    for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
      const page = await visitor.open(`/?layout=${layout}`)
      await page
        .getByRole(layout == 'modal' ? 'dialog' : 'region', {
          name: layout == 'modal' ? 'We value your privacy' : 'Cookie consent',
        })
        .waitFor()
      await settle(page)
      // The demo's sidebar rewrites its consent panel whenever Consentry's state or the page
      // changes, and its text reflows on its own schedule: that is the demo, not the banner.
      const { score, shifts } = await layoutShift(page, /(^| > )aside\.sidebar( |$)/)
      expect({ layout, score, shifts }).toEqual({ layout, score: 0, shifts: [] })
      await page.close()
    }
    expect(visitor.gatedRequests()).toEqual([])
  })

  it('puts each layout where it belongs (screenshots in test-results/screenshots/)', async () => {
    const visitor = await demo.visitor()
    const viewport = { width: 1280, height: 900 }
    for (const layout of ['bar', 'bar-top', 'box', 'modal']) {
      const page = await visitor.open(`/?layout=${layout}`)
      const banner =
        layout == 'modal'
          ? page.getByRole('dialog', { name: 'We value your privacy' })
          : bannerOf(page)
      await banner.waitFor()
      await uiSettled(page)
      const box = (await banner.boundingBox())!
      const right = box.x + box.width
      const bottom = box.y + box.height
      if (layout == 'bar') expect([box.x, right, bottom]).toEqual([0, viewport.width, 900])
      if (layout == 'bar-top') expect([box.x, right, box.y]).toEqual([0, viewport.width, 0])
      if (layout == 'box') {
        expect([viewport.width - right, viewport.height - bottom]).toEqual([16, 16])
        expect(box.width).toBeLessThanOrEqual(26 * 16)
      }
      if (layout == 'modal') {
        // Centred over a dimmed page.
        expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThanOrEqual(1)
        expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThanOrEqual(1)
      }
      await screenshot(page, `banner-${layout}`)
      await page.close()
    }
    expect(visitor.gatedRequests()).toEqual([])
  })

  it('downloads no UI code for a returning visitor who accepted everything', async () => {
    const { visitor, page } = await firstVisit()
    await bannerOf(page).getByRole('button', { name: 'Accept all' }).click()
    await visitor.waitForRequest(GTAG)
    await page.waitForFunction(() => /(^|; )_ga=/.test(document.cookie))

    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    await settle(page)
    expect(paths(visitor, reloaded)).toContain('/consentry/consentry.js')
    expect(paths(visitor, reloaded).filter((path) => path.startsWith('/consentry/'))).toEqual([
      '/consentry/consentry.js',
    ])
    expect(await page.locator('consentry-ui').count()).toBe(0)
    expect(visitor.gatedRequests(reloaded).map((r) => r.host)).toContain('www.googletagmanager.com')
    expect(visitor.pageErrors()).toEqual([])
  })
})
