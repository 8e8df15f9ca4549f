import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  consentryReady,
  focusedElement,
  GATED_COOKIE,
  screenshot,
  settle,
  stateOf,
  useDemo,
  type Visitor,
} from './harness'

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-DEMO12345'
const HOTJAR = 'https://static.hotjar.com/c/hotjar-3512345.js?sv=6'

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const preferencesOf = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' })

/** A category's item in the preferences, found by its heading. */
const categoryIn = (dialog: Locator, title: string) =>
  dialog
    .getByRole('listitem')
    .filter({ has: dialog.page().getByRole('heading', { name: title, exact: true, level: 3 }) })

/** Every switch in the preferences: its label, whether it is on, whether it is locked. */
const switchesIn = (dialog: Locator) =>
  dialog
    .getByRole('switch')
    .evaluateAll((switches) =>
      switches.map((el) => [
        (el.getRootNode() as ShadowRoot).getElementById(el.getAttribute('aria-labelledby')!)!
          .textContent,
        el.getAttribute('aria-checked'),
        (el as HTMLButtonElement).disabled ? 'locked' : 'free',
      ]),
    )

/** The rows of a cookie table, cell by cell. */
const rowsIn = (scope: Locator) =>
  scope
    .getByRole('table')
    .first()
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => cell.textContent)),
    )

const hosts = (visitor: Visitor, since = 0) =>
  [...new Set(visitor.gatedRequests(since).map((r) => r.host))].sort()

const gatedCookies = async (visitor: Visitor) =>
  (await visitor.cookies()).map((c) => c.name).filter((name) => GATED_COOKIE.test(name))

describe('the preferences', () => {
  const demo = useDemo()

  /** A new visitor on `path` who pressed "Customize" in the banner, with nothing gated yet. */
  async function customizing(path = '/') {
    const visitor = await demo.visitor()
    const page = await visitor.open(path)
    await consentryReady(page)
    const customize = bannerOf(page).getByRole('button', { name: 'Customize' })
    await customize.waitFor()
    const pressed = visitor.now()
    await customize.click()
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    // Its code came on demand, when the visitor asked for it.
    await visitor.waitForRequest(
      new URL('/consentry/consentry-preferences.js', page.url()).href,
      pressed,
    )
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    return { visitor, page, dialog }
  }

  it('[banner.nothing-preticked] [banner.necessary-locked] [a11y.controls] starts with nothing optional ticked and necessary locked on, and saves Analytics alone with an announcement', async () => {
    const { visitor, page, dialog } = await customizing()
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    for (const button of await dialog.getByRole('button', { name: 'Show services' }).all())
      await button.click()

    // Nothing is pre-ticked, anywhere: not a category, not a service within one.
    expect(await switchesIn(dialog)).toEqual([
      ['Strictly necessary', 'true', 'locked'],
      ['Analytics', 'false', 'free'],
      ['Google Analytics 4', 'false', 'free'],
      ['Hotjar', 'false', 'free'],
      ['Marketing', 'false', 'free'],
      ['Meta Pixel', 'false', 'free'],
      ['Media', 'false', 'free'],
      ['YouTube', 'false', 'free'],
    ])
    // Necessary says it is always on, and why.
    const necessary = categoryIn(dialog, 'Strictly necessary')
    expect(await necessary.textContent()).toContain('Always on')
    expect(await necessary.textContent()).toContain('The site cannot work without them')

    // The live region is on the page before anything is said in it, so it is announced.
    const status = page.locator('consentry-ui [role=status]')
    expect(await status.textContent()).toBe('')

    await dialog.getByRole('switch', { name: 'Analytics', exact: true }).click()
    expect(await switchesIn(dialog)).toEqual([
      ['Strictly necessary', 'true', 'locked'],
      ['Analytics', 'true', 'free'],
      ['Google Analytics 4', 'true', 'free'],
      ['Hotjar', 'true', 'free'],
      ['Marketing', 'false', 'free'],
      ['Meta Pixel', 'false', 'free'],
      ['Media', 'false', 'free'],
      ['YouTube', 'false', 'free'],
    ])
    expect(visitor.gatedRequests()).toEqual([])

    const saved = visitor.now()
    await dialog.getByRole('button', { name: 'Save choices' }).click()
    expect(await status.textContent()).toBe('Your choices have been saved.')
    await dialog.waitFor({ state: 'detached' })
    await bannerOf(page).waitFor({ state: 'detached' })

    await visitor.waitForRequest(GTAG, saved)
    await visitor.waitForRequest(HOTJAR, saved)
    await page.waitForFunction(() => /(^|; )_hjSession_3512345=/.test(document.cookie))
    await settle(page)
    expect(hosts(visitor)).toEqual(['static.hotjar.com', 'www.googletagmanager.com'])
    expect(visitor.gatedRequests().every((r) => r.time >= saved)).toBe(true)
    expect(await stateOf(page)).toMatchObject({
      decided: true,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false, media: false },
      services: { 'google-analytics': true, hotjar: true, 'meta-pixel': false, youtube: false },
    })
    expect(await gatedCookies(visitor)).not.toContain('_fbp')
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it('[prefs.granular] lets a visitor allow one service of a category without the others', async () => {
    const { visitor, page, dialog } = await customizing()
    const analytics = categoryIn(dialog, 'Analytics')
    await analytics.getByRole('button', { name: 'Show services' }).click()
    await analytics.getByRole('switch', { name: 'Hotjar' }).click()
    expect(
      await analytics
        .getByRole('switch', { name: 'Analytics', exact: true })
        .getAttribute('aria-checked'),
    ).toBe('false')

    const saved = visitor.now()
    await dialog.getByRole('button', { name: 'Save choices' }).click()
    await visitor.waitForRequest(HOTJAR, saved)
    await settle(page)
    expect(hosts(visitor)).toEqual(['static.hotjar.com'])
    expect(await stateOf(page)).toMatchObject({
      method: 'custom',
      categories: { analytics: false },
      services: { 'google-analytics': false, hotjar: true, 'meta-pixel': false, youtube: false },
    })
  })

  it('[prefs.service-details] shows who provides each service, why, its cookies with their lifetimes in words, and its privacy policy', async () => {
    const { visitor, dialog } = await customizing()
    const analytics = categoryIn(dialog, 'Analytics')
    expect(await analytics.getByRole('list', { name: 'Services' }).count()).toBe(0)
    const more = analytics.getByRole('button', { name: 'Show services' })
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    await more.click()
    expect(await more.getAttribute('aria-expanded')).toBe('true')

    const ga = analytics
      .getByRole('list', { name: 'Services' })
      .getByRole('listitem')
      .filter({ has: dialog.page().getByRole('heading', { name: 'Google Analytics 4' }) })
    const text = await ga.textContent()
    expect(text).toContain('Provider: Google Ireland Limited')
    expect(text).toContain('Purpose: Visit statistics')
    const policy = ga.getByRole('link', { name: 'Privacy policy' })
    expect(await policy.getAttribute('href')).toBe('https://policies.google.com/privacy')
    expect(await rowsIn(ga)).toEqual([
      ['Name', 'Purpose', 'Lifetime', 'Set by'],
      ['_ga', 'Tells visitors apart', '2 years', 'This site'],
      ['_ga_<container-id>', 'Keeps the state of your visit', '2 years', 'This site'],
    ])
    const hotjar = analytics
      .getByRole('list', { name: 'Services' })
      .getByRole('listitem')
      .filter({ has: dialog.page().getByRole('heading', { name: 'Hotjar' }) })
    expect((await rowsIn(hotjar)).map((row) => row[2])).toEqual([
      'Lifetime',
      '1 year',
      '30 minutes',
    ])

    // Necessary has no services, only its own cookies.
    const necessary = categoryIn(dialog, 'Strictly necessary')
    await necessary.getByRole('button', { name: 'Cookies' }).click()
    expect((await rowsIn(necessary)).slice(0, 3)).toEqual([
      ['Name', 'Purpose', 'Lifetime', 'Set by'],
      ['PHPSESSID', 'Keeps your session on the server', 'Session', 'This site'],
      ['wordpress_logged_in_{hash}', 'Keeps you signed in to WordPress', '2 weeks', 'This site'],
    ])
    expect(visitor.gatedRequests()).toEqual([])
  })

  it('[withdraw.as-easy] lets a visitor withdraw from the floating button in no more clicks than accepting took, plus the one to open', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/?floatingButton=true')
    await consentryReady(page)
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    const floating = page.getByRole('button', { name: 'Cookie settings', exact: true })
    // Hidden while the banner asks.
    expect(await floating.isVisible()).toBe(false)

    let clicks = 0
    const click = async (target: Locator) => {
      clicks++
      await target.click()
    }

    // Accepting: 1 click ("Accept all" in the banner).
    const decided = visitor.now()
    await click(bannerOf(page).getByRole('button', { name: 'Accept all' }))
    const accepting = clicks
    await page.waitForFunction(
      () => !!(window.__gtagStandIn && window.__hotjarStandIn && window.__fbqStandIn),
      undefined,
      { timeout: 5000 },
    )
    expect(visitor.gatedRequests().every((r) => r.time >= decided)).toBe(true)

    await page.reload()
    await consentryReady(page)
    await page.waitForFunction(() => /(^|; )_fbp=/.test(document.cookie))
    expect(await gatedCookies(visitor)).toEqual(
      expect.arrayContaining(['_ga', '_ga_DEMO12345', '_hjSession_3512345', '_fbp']),
    )

    // Withdrawing: 2 clicks (the floating button, then "Reject all" in the preferences).
    clicks = 0
    await click(floating)
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    // The preferences show the choice in force, and the record that proves it.
    expect((await switchesIn(dialog)).map(([, on]) => on)).toEqual(['true', 'true', 'true', 'true'])
    expect(await dialog.textContent()).toMatch(/Your consent ID: [0-9a-f-]{36}/)
    const withdrawn = visitor.now()
    await click(dialog.getByRole('button', { name: 'Reject all' }))
    const withdrawing = clicks
    expect({ accepting, withdrawing }).toEqual({ accepting: 1, withdrawing: 2 })
    expect(withdrawing).toBeLessThanOrEqual(accepting + 1)

    await dialog.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().method == 'reject-all')
    await expect.poll(() => gatedCookies(visitor)).toEqual([])
    const kept = (await visitor.cookies()).map((c) => c.name)
    expect(kept).toContain('PHPSESSID')
    expect(kept).toContain('consentry')
    expect(kept.some((name) => /^wordpress_logged_in_[0-9a-f]{32}$/.test(name))).toBe(true)
    // Back on the page, focus is where the visitor left it.
    await floating.waitFor()
    expect(await focusedElement(page)).toBe('button "Cookie settings"')

    await settle(page)
    expect(visitor.gatedRequests(withdrawn)).toEqual([])
    const reloaded = visitor.now()
    await page.reload()
    await floating.waitFor()
    await settle(page)
    expect(visitor.gatedRequests(reloaded)).toEqual([])
    expect(await gatedCookies(visitor)).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })

  for (const theme of ['light', 'dark'])
    it(`fits the window in the ${theme} theme (screenshot in test-results/screenshots/)`, async () => {
      const { visitor, page, dialog } = await customizing(`/?theme=${theme}`)
      await categoryIn(dialog, 'Analytics').getByRole('button', { name: 'Show services' }).click()
      const box = (await dialog.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(1280)
      expect(box.y + box.height).toBeLessThanOrEqual(900)
      // Its buttons stay in view however long the list: the body scrolls, not the footer.
      const save = (await dialog.getByRole('button', { name: 'Save choices' }).boundingBox())!
      expect(save.y + save.height).toBeLessThanOrEqual(box.y + box.height)
      await screenshot(page, `preferences-${theme}`)
      expect(visitor.gatedRequests()).toEqual([])
    })
})
