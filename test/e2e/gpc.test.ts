import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  axe,
  consentryReady,
  hasCookie,
  screenshot,
  settle,
  stateOf,
  useDemo,
  type AxeFindings,
  type Visitor,
} from './harness'

const HONORED = 'Opt-out request honored'
const DO_NOT_SELL = 'Do not sell or share my personal information'
const CONFIG = /(<script type="application\/json" id="consentry-config">)([\s\S]*?)(<\/script>)/

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const preferencesOf = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' })

/** What axe finds on the demo page itself (see accessibility.test.ts): not the UI's to fix. */
const DEMO_OWN = [/^page-has-heading-one .* at \["html"\]/, /^region .* at \["\.skip-link"\]/]
function expectClean(found: AxeFindings) {
  expect(found.ui).toEqual([])
  expect(found.page.filter((line) => !DEMO_OWN.some((known) => known.test(line)))).toEqual([])
}

/** The text an element is described by, through aria-describedby in its own (shadow) root. */
const descriptionOf = (element: Locator) =>
  element.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot
    return (el.getAttribute('aria-describedby') || '')
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent || '')
      .join(' ')
      .trim()
  })

/** What a button looks like, to compare the notice's two decision buttons. */
const looks = (button: Locator) =>
  button.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
      fontSize: style.fontSize,
      fontWeight: style.fontWeight,
      background: style.backgroundColor,
      color: style.color,
      border: style.border,
      padding: style.padding,
    }
  })

/** Makes this visitor's browser send Global Privacy Control, as Brave or a GPC extension does. */
const sendGPC = (visitor: Visitor) =>
  visitor.context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      configurable: true,
      get: () => true,
    }),
  )

/**
 * Serves `/?regime=opt-out` with `"regime": "opt-out"` added to the demo's inline config (the
 * demo server takes only `ui` options from the query).
 */
const serveOptOut = (visitor: Visitor) =>
  visitor.context.route(
    (url) => url.pathname == '/' && url.searchParams.get('regime') == 'opt-out',
    async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      const body = html.replace(
        CONFIG,
        (_, open: string, json: string, close: string) =>
          open + JSON.stringify({ ...JSON.parse(json), regime: 'opt-out' }) + close,
      )
      expect(body).toContain('"regime":"opt-out"')
      await route.fulfill({ response, body })
    },
  )

describe('Global Privacy Control', () => {
  const demo = useDemo()

  it('[gpc.opt-out] [gpc.never-grants] is honored in sight: the banner says so, and marketing is locked off in the preferences', async () => {
    const visitor = await demo.visitor()
    await sendGPC(visitor)
    const page = await visitor.open('/')
    await consentryReady(page)
    expect(await stateOf(page)).toMatchObject({ gpc: true, decided: false, regime: 'opt-in' })

    const banner = bannerOf(page)
    await banner.waitFor()
    expect(await banner.getByText(HONORED).isVisible()).toBe(true)
    await screenshot(page, 'gpc-banner')

    await banner.getByRole('button', { name: 'Customize' }).click()
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    const marketing = dialog.getByRole('switch', { name: 'Marketing' })
    expect(await marketing.getAttribute('aria-checked')).toBe('false')
    expect(await marketing.isDisabled()).toBe(true)
    expect(await descriptionOf(marketing)).toBe(HONORED)
    // A real click on the locked switch changes nothing.
    await marketing.click({ force: true })
    expect(await marketing.getAttribute('aria-checked')).toBe('false')

    const row = dialog.getByRole('heading', { name: 'Marketing' }).locator('xpath=ancestor::li[1]')
    await row.getByRole('button', { name: 'Show services' }).click()
    const pixel = dialog.getByRole('switch', { name: 'Meta Pixel' })
    expect(await pixel.isDisabled()).toBe(true)
    expect(await descriptionOf(pixel)).toBe(HONORED)
    const analytics = dialog.getByRole('switch', { name: 'Analytics', exact: true })
    expect(await analytics.isDisabled()).toBe(false)
    expect(await analytics.getAttribute('aria-describedby')).toBeNull()

    expectClean(await axe(page))
    await row.scrollIntoViewIfNeeded()
    await screenshot(page, 'gpc-preferences')

    // "Accept all" grants everything else; Meta is never contacted.
    await dialog.getByRole('button', { name: 'Accept all' }).click()
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    await settle(page)
    expect(await stateOf(page)).toMatchObject({ method: 'accept-all', gpc: true })
    expect(await page.evaluate(() => window.Consentry!.isGranted('marketing'))).toBe(false)
    expect(visitor.gatedRequests().map((r) => r.host)).toContain('www.googletagmanager.com')
    expect(visitor.gatedRequests().filter((r) => r.host.endsWith('facebook.net'))).toEqual([])
    expect(await hasCookie(page, '_fbp')).toBe(false)
    expect(visitor.pageErrors()).toEqual([])
  })
})

describe('the opt-out regime', () => {
  const demo = useDemo()

  async function noticeVisit(path = '/?regime=opt-out') {
    const visitor = await demo.visitor()
    await serveOptOut(visitor)
    const page = await visitor.open(path)
    await consentryReady(page)
    // The region is named in the visitor's language: find it by its part.
    const notice = page.locator('[part="banner"]')
    await notice.waitFor()
    await settle(page)
    return { visitor, page, notice }
  }

  it('shows a notice whose "Do not sell or share" weighs as much as "OK"', async () => {
    const { page, notice } = await noticeVisit()
    expect(await stateOf(page)).toMatchObject({ regime: 'opt-out', decided: false })
    expect(await notice.textContent()).toContain(
      'You can opt out of the sale or sharing of your personal information at any time.',
    )
    const buttons = notice.getByRole('button')
    expect(await buttons.allTextContents()).toEqual(['OK', DO_NOT_SELL, 'Customize'])
    const ok = await looks(notice.getByRole('button', { name: 'OK' }))
    const doNotSell = await looks(notice.getByRole('button', { name: DO_NOT_SELL }))
    expect(doNotSell).toEqual(ok)
    expect(ok.height).toBeGreaterThanOrEqual(24)
    expectClean(await axe(page))
    await screenshot(page, 'notice-bar')
  })

  it('fits the notice in the box layout, its two decision buttons alike', async () => {
    const { page, notice } = await noticeVisit('/?regime=opt-out&layout=box')
    const ok = await looks(notice.getByRole('button', { name: 'OK' }))
    expect(await looks(notice.getByRole('button', { name: DO_NOT_SELL }))).toEqual(ok)
    expectClean(await axe(page))
    await screenshot(page, 'notice-box')
  })

  // German's long compounds ("personenbezogenen") are wider than half a phone-sized box: they
  // must not widen their button.
  it('keeps the two decision buttons alike in German on a phone', async () => {
    const { page, notice } = await noticeVisit('/?regime=opt-out&layout=box&lang=de')
    await page.setViewportSize({ width: 360, height: 740 })
    const buttons = notice.locator('[part~="accept"], [part~="reject"]')
    expect(await buttons.allTextContents()).toEqual([
      'OK',
      'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
    ])
    const [ok, doNotSell] = [await looks(buttons.nth(0)), await looks(buttons.nth(1))]
    expect(doNotSell).toEqual(ok)
    // Nothing sticks out of its button.
    expect(
      await buttons.evaluateAll((all) => all.map((el) => el.scrollWidth <= el.clientWidth)),
    ).toEqual([true, true])
    await screenshot(page, 'notice-box-de-phone')
  })

  it('opts out in one click, stops what ran by default, and can be reopened', async () => {
    const { visitor, page, notice } = await noticeVisit()
    // Opt-out: what is optional runs before any decision.
    expect(visitor.gatedRequests().length).toBeGreaterThan(0)
    await notice.getByRole('button', { name: DO_NOT_SELL }).click()
    await notice.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    expect(await stateOf(page)).toMatchObject({ method: 'reject-all' })
    for (const id of ['analytics', 'marketing', 'media'])
      expect(await page.evaluate((name) => window.Consentry!.isGranted(name), id)).toBe(false)
    expect(await hasCookie(page, '_fbp')).toBe(false)

    // The page's "Cookie settings" still opens the preferences, with everything off.
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    expect(
      await dialog.getByRole('switch', { name: 'Marketing' }).getAttribute('aria-checked'),
    ).toBe('false')
    expect(visitor.pageErrors()).toEqual([])
  })

  it('stores the defaults on "OK"', async () => {
    const { page, notice } = await noticeVisit()
    await notice.getByRole('button', { name: 'OK' }).click()
    await notice.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    expect(await stateOf(page)).toMatchObject({ method: 'accept-all', decided: true })
    expect(await page.evaluate(() => window.Consentry!.isGranted('marketing'))).toBe(true)
  })
})
