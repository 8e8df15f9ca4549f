import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, hasCookie, settle, stateOf, useDemo, type Visitor } from './harness'

const HONORED = 'Opt-out request honored'
const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const preferencesOf = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' })
const floatingOf = (page: Page) =>
  page.getByRole('button', { name: 'Cookie settings', exact: true })

/** Serves the demo's pages without their footer's "Cookie settings" control, as many sites are. */
const withoutPageControl = (visitor: Visitor) =>
  visitor.context.route(
    (url) => url.hostname == '127.0.0.1' && !url.pathname.startsWith('/consentry/'),
    async (route) => {
      if (route.request().resourceType() != 'document') return route.fallback()
      const response = await route.fetch()
      const body = (await response.text()).replaceAll(
        'data-consent-action="preferences"',
        'data-removed',
      )
      await route.fulfill({ response, body })
    },
  )

/** The script-tag files requested at or after `since`, by name. */
const chunksSince = (visitor: Visitor, since: number) =>
  visitor.requests
    .filter((r) => r.time >= since && r.path.startsWith('/consentry/consentry'))
    .map((r) => r.path.replace('/consentry/', ''))

describe('the way back to the preferences', () => {
  const demo = useDemo()

  it('[withdraw.as-easy] gives a page without its own control a floating button, from a small chunk, and withdraws in one click more than consent took', async () => {
    const visitor = await demo.visitor()
    await withoutPageControl(visitor)
    const page = await visitor.open('/')
    await consentryReady(page)
    expect(await page.locator('[data-consent-action="preferences"]').count()).toBe(0)
    let clicks = 0
    const click = async (target: Locator) => {
      clicks++
      await target.click()
    }

    await click(bannerOf(page).getByRole('button', { name: 'Accept all' }))
    const accepting = clicks
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    // The first view, once decided, already has its way back.
    await floatingOf(page).waitFor()

    const reloaded = visitor.now()
    await page.reload()
    await floatingOf(page).waitFor()
    await settle(page)
    // A returning view fetches the button alone, not the UI.
    expect(chunksSince(visitor, reloaded)).toContain('consentry-floating.js')
    expect(chunksSince(visitor, reloaded)).not.toContain('consentry-ui.js')

    clicks = 0
    await click(floatingOf(page))
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    await click(dialog.getByRole('button', { name: 'Reject all' }))
    const withdrawing = clicks
    await page.waitForFunction(() => window.Consentry!.getState().method == 'reject-all')
    // Consent took one click; withdrawing takes that one plus the one that opens the preferences.
    expect({ accepting, withdrawing }).toEqual({ accepting: 1, withdrawing: 2 })
    expect(withdrawing).toBeLessThanOrEqual(accepting + 1)
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it("[withdraw.as-easy] leaves the way back to the page's own control, and shows the floating button once that control is removed", async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await bannerOf(page).getByRole('button', { name: 'Reject all' }).click()
    // The choice is stored once consentry-write.js has arrived: a reload before that would be
    // an undecided visitor's next view (seen on a fast machine).
    await expect.poll(() => hasCookie(page, /^(__Host-)?consentry$/)).toBe(true)
    await page.reload()
    await consentryReady(page)
    await settle(page)
    expect(await floatingOf(page).count()).toBe(0)
    // A single-page app re-renders its footer without the link.
    await page.evaluate(() =>
      document.querySelectorAll('[data-consent-action="preferences"]').forEach((el) => el.remove()),
    )
    await floatingOf(page).waitFor()
    await floatingOf(page).click()
    await preferencesOf(page).waitFor()
  })

  it('[gpc.never-grants] says "Opt-out request honored" on the floating button where GPC answered everything, with no banner', async () => {
    const visitor = await demo.visitor()
    await visitor.context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        configurable: true,
        get: () => true,
      }),
    )
    await visitor.context.setExtraHTTPHeaders({ 'Sec-GPC': '1' })
    const page = await visitor.open('/?regime=opt-out')
    await consentryReady(page)
    expect(await stateOf(page)).toMatchObject({ gpc: true, decided: true, method: 'gpc' })
    const floating = page.getByRole('button', { name: `Cookie settings: ${HONORED}`, exact: true })
    await floating.waitFor()
    expect(await floating.innerText()).toBe(HONORED)
    expect(await bannerOf(page).count()).toBe(0)
    await floating.click()
    expect(await preferencesOf(page).innerText()).toContain(HONORED)
    // Opted out of sale and sharing: Meta never loads (analytics runs, as the opt-out regime allows).
    const hosts = visitor.gatedRequests().map((request) => request.host)
    expect(
      hosts.filter((host) => host.endsWith('facebook.net') || host.endsWith('facebook.com')),
    ).toEqual([])
  })
})
