import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  axe,
  consentryReady,
  focusedElement,
  screenshot,
  settle,
  stateOf,
  uiSettled,
  useDemo,
  type AxeFindings,
} from './harness'

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const preferencesOf = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' })

/**
 * What axe finds on the demo page itself, with or without Consentry: its home page has no
 * `<h1>` (the site title is a span, as in many WordPress themes), and its skip link sits
 * outside every landmark. Not the UI's to fix; anything else outside the UI fails the test.
 */
const DEMO_OWN = [/^page-has-heading-one .* at \["html"\]/, /^region .* at \["\.skip-link"\]/]

/** Asserts that axe found nothing in the UI, and nothing in the page beyond the demo's own. */
function expectClean(found: AxeFindings) {
  expect(found.ui).toEqual([])
  expect(found.page.filter((line) => !DEMO_OWN.some((known) => known.test(line)))).toEqual([])
}

/** The focused element's outline, looking through shadow roots. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    const style = getComputedStyle(el!)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })

/** Opens every collapsed list of services or cookies in the preferences. */
async function expandAll(dialog: Locator) {
  const closed = dialog.locator('button[aria-expanded="false"]')
  while (await closed.count()) await closed.first().click()
}

describe('accessibility', () => {
  const demo = useDemo()

  async function firstVisit(path = '/') {
    const visitor = await demo.visitor()
    const page = await visitor.open(path)
    await consentryReady(page)
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    return { visitor, page }
  }

  it('[a11y.preferences-dialog] [a11y.controls] [banner.no-inferred-consent] lets a keyboard-only visitor reach the banner, work the preferences, leave them with Escape, and decide', async () => {
    const { visitor, page } = await firstVisit()
    await bannerOf(page).waitFor()
    expect(await focusedElement(page)).toBeNull()

    // Tab alone reaches the banner's buttons (today they come first: the banner is the
    // first thing in <body>), each with a visible focus ring.
    const stops: (string | null)[] = []
    while (stops.at(-1) != 'button "Accept all"' && stops.length < 40) {
      await page.keyboard.press('Tab')
      stops.push(await focusedElement(page))
    }
    const expectRing = async () => {
      const ring = await focusRing(page)
      expect(ring.style).not.toBe('none')
      expect(ring.width).toBeGreaterThanOrEqual(2)
    }
    await expectRing()
    for (const name of ['Reject all', 'Customize']) {
      await page.keyboard.press('Tab')
      stops.push(await focusedElement(page))
      expect(stops.at(-1)).toBe(`button "${name}"`)
      await expectRing()
    }
    expect(stops).toEqual([
      'a "Privacy policy"',
      'button "Accept all"',
      'button "Reject all"',
      'button "Customize"',
    ])

    await page.keyboard.press('Enter')
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    expect(await focusedElement(page)).toBe('dialog "Cookie preferences"')

    // Tab goes round the dialog's controls and never leaves it.
    const inside = / in dialog "Cookie preferences"$/
    const round: string[] = []
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab')
      const now = (await focusedElement(page))!
      expect(now).toMatch(inside)
      if (now == round[0]) break
      round.push(now)
    }
    expect(round.map((stop) => stop.replace(inside, ''))).toEqual([
      'button "Close"',
      'a "Privacy policy"',
      'button "Cookies"',
      'switch "Analytics"',
      'button "Show services"',
      'switch "Marketing"',
      'button "Show services"',
      'switch "Media"',
      'button "Show services"',
      'button "Accept all"',
      'button "Reject all"',
      'button "Save choices"',
    ])
    // ...and Shift+Tab goes round the other way.
    expect(await focusedElement(page)).toMatch(/^button "Close"/)
    await page.keyboard.press('Shift+Tab')
    expect(await focusedElement(page)).toMatch(/^button "Save choices"/)
    await page.keyboard.press('Shift+Tab')
    expect(await focusedElement(page)).toMatch(/^button "Reject all"/)

    // Space works a switch.
    const analytics = dialog.getByRole('switch', { name: 'Analytics', exact: true })
    await analytics.focus()
    await page.keyboard.press('Space')
    expect(await analytics.getAttribute('aria-checked')).toBe('true')
    await page.keyboard.press('Space')
    expect(await analytics.getAttribute('aria-checked')).toBe('false')
    await page.keyboard.press('Space')
    expect(await analytics.getAttribute('aria-checked')).toBe('true')

    // Escape closes without granting, even what was switched on, and focus goes back to
    // "Customize".
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await focusedElement(page)).toBe('button "Customize"')
    await settle(page)
    expect((await stateOf(page)).decided).toBe(false)
    expect(await page.evaluate(() => window.Consentry!.isGranted('analytics'))).toBe(false)
    expect(visitor.gatedRequests()).toEqual([])
    expect(await bannerOf(page).isVisible()).toBe(true)

    // And the keyboard decides.
    await page.keyboard.press('Shift+Tab')
    expect(await focusedElement(page)).toBe('button "Reject all"')
    await page.keyboard.press('Enter')
    await bannerOf(page).waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    await settle(page)
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'reject-all' })
    expect(visitor.gatedRequests()).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })

  for (const layout of ['bar', 'bar-top'])
    it(`[a11y.banner-role] never hides the focused element behind the ${layout} banner while the visitor tabs through the page`, async () => {
      const { page } = await firstVisit(`/?layout=${layout}`)
      await bannerOf(page).waitFor()
      await uiSettled(page)
      const seen: string[] = []
      const hidden: string[] = []
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab')
        const where = await page.evaluate(() => {
          let el = document.activeElement
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
          if (!el || el == document.body) return undefined
          const banner = document
            .querySelector('consentry-ui')!
            .shadowRoot!.querySelector('[role=region]')!
          const rect = el.getBoundingClientRect()
          const bar = banner.getBoundingClientRect()
          // How much of the element is in the viewport and not under the banner.
          const top = Math.max(rect.top, bar.top <= 0 ? bar.bottom : 0)
          const bottom = Math.min(rect.bottom, bar.top <= 0 ? innerHeight : bar.top)
          const name = (el.getAttribute('aria-label') || el.textContent || '')
            .trim()
            .replace(/\s+/g, ' ')
          return {
            what: `${el.localName} "${name}" at y ${Math.round(rect.top)}–${Math.round(rect.bottom)}, banner ${Math.round(bar.top)}–${Math.round(bar.bottom)}, scrolled ${Math.round(scrollY)}`,
            inBanner: banner.contains(el),
            visible: bottom - top > 0,
          }
        })
        if (!where || where.inBanner) continue
        seen.push(where.what)
        if (!where.visible) {
          // The evidence, for people: test-results/screenshots/focus-hidden-<layout>.png
          if (!hidden.length) await screenshot(page, `focus-hidden-${layout}`)
          hidden.push(where.what)
        }
        // The footer's "Cookie settings" is the page's last stop.
        if (where.what.startsWith('a "Cookie settings"')) break
      }
      // It went through the page, down to the footer.
      expect(seen.length).toBeGreaterThan(10)
      expect(seen.some((stop) => stop.startsWith('a "Cookie settings"'))).toBe(true)
      expect(hidden).toEqual([])
    })

  it('[a11y.controls] gives every button and switch a target of at least 24 by 24 pixels', async () => {
    const { page } = await firstVisit('/?floatingButton=true')
    const sizes = (scope: Locator) =>
      scope.locator('button').evaluateAll((buttons) =>
        buttons.map((b) => {
          const { width, height } = b.getBoundingClientRect()
          return { name: b.getAttribute('aria-label') || b.textContent, width, height }
        }),
      )
    const small = (found: { width: number; height: number }[]) =>
      found.filter((b) => b.width < 24 || b.height < 24)

    const banner = bannerOf(page)
    await banner.waitFor()
    expect((await sizes(banner)).length).toBe(3)
    expect(small(await sizes(banner))).toEqual([])

    await banner.getByRole('button', { name: 'Customize' }).click()
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    await expandAll(dialog)
    const inDialog = await sizes(dialog)
    expect(inDialog.length).toBeGreaterThan(15)
    expect(small(inDialog)).toEqual([])

    await dialog.getByRole('button', { name: 'Reject all' }).click()
    const floating = page.getByRole('button', { name: 'Cookie settings', exact: true })
    await floating.waitFor()
    const box = (await floating.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24)
  })

  it('[a11y.reduced-motion] turns the entrance animation off for visitors who prefer reduced motion', async () => {
    const { page } = await firstVisit()
    const animation = (target: Locator) =>
      target.evaluate((el) => getComputedStyle(el).animationName)
    expect(await animation(bannerOf(page))).not.toBe('none')

    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.reload()
    await bannerOf(page).waitFor()
    expect(await animation(bannerOf(page))).toBe('none')
    await bannerOf(page).getByRole('button', { name: 'Customize' }).click()
    expect(await animation(preferencesOf(page))).toBe('none')
  })

  describe('axe-core', () => {
    for (const theme of ['light', 'dark'])
      it(`[a11y.axe] [banner.reject-contrast] finds nothing wrong with the banner in the ${theme} theme`, async () => {
        const { visitor, page } = await firstVisit(`/?theme=${theme}`)
        await bannerOf(page).waitFor()
        expectClean(await axe(page))
        expect(visitor.gatedRequests()).toEqual([])
      })

    it('[a11y.axe] finds nothing wrong with the modal banner', async () => {
      const { visitor, page } = await firstVisit('/?layout=modal')
      await page.getByRole('dialog', { name: 'We value your privacy' }).waitFor()
      expectClean(await axe(page))
      expect(visitor.gatedRequests()).toEqual([])
    })

    for (const theme of ['light', 'dark'])
      it(`[a11y.axe] finds nothing wrong with the preferences, every list open, in the ${theme} theme`, async () => {
        const { visitor, page } = await firstVisit(`/?theme=${theme}`)
        await bannerOf(page).getByRole('button', { name: 'Customize' }).click()
        const dialog = preferencesOf(page)
        await dialog.waitFor()
        await expandAll(dialog)
        expect(await dialog.getByRole('table').count()).toBeGreaterThan(3)
        expectClean(await axe(page))
        expect(visitor.gatedRequests()).toEqual([])
      })

    it('[a11y.axe] finds nothing wrong with an embed placeholder and the floating button', async () => {
      const { visitor, page } = await firstVisit('/?floatingButton=true')
      await bannerOf(page).getByRole('button', { name: 'Reject all' }).click()
      await page.getByRole('button', { name: 'Cookie settings', exact: true }).waitFor()
      await page.getByRole('group', { name: 'Content from YouTube' }).waitFor()
      await settle(page)
      expectClean(await axe(page))
      expect(visitor.gatedRequests()).toEqual([])
    })
  })
})
