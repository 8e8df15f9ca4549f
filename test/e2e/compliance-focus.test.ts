import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, focusedElement, screenshot, uiSettled, useDemo } from './harness'

/** Opens every collapsed list of services or cookies in the preferences. */
async function expandAll(dialog: Locator) {
  const closed = dialog.locator('button[aria-expanded="false"]')
  while (await closed.count()) await closed.first().click()
}

/** What the focused element's ring looks like, measured in the page. */
interface Ring {
  what: string
  style: string
  /** The outline's colour against what is behind it, as WCAG computes contrast. */
  contrast: number
  colours: string
}

/**
 * Measures the focused element's focus ring: its computed outline colour against the colour
 * behind the outline. With a non-negative `outline-offset` the ring is drawn outside the
 * element, so what is behind it is the ancestors' background (through the shadow root to the
 * page), semi-transparent layers composited over the ones below, and white at the bottom.
 */
const focusRing = (page: Page): Promise<Ring> =>
  page.evaluate(() => {
    let el = document.activeElement!
    while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    const style = getComputedStyle(el)
    const rgba = (colour: string) => {
      const parts = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(colour)
      if (!parts) throw new Error(`cannot read the colour ${colour}`)
      return [+parts[1]!, +parts[2]!, +parts[3]!, parts[4] == null ? 1 : +parts[4]]
    }
    const parentOf = (node: Element) =>
      node.parentElement || ((node.getRootNode() as ShadowRoot).host as Element | undefined)
    const layers: number[][] = []
    let behind: Element | undefined =
      parseFloat(style.outlineOffset) < 0 ? el : parentOf(el) || undefined
    while (behind && (layers.at(-1)?.[3] ?? 0) < 1) {
      const colour = rgba(getComputedStyle(behind).backgroundColor)
      if (colour[3]! > 0) layers.push(colour)
      behind = parentOf(behind) || undefined
    }
    const background = layers.reduceRight(
      (under, [r, g, b, a]) => [
        r! * a! + under[0]! * (1 - a!),
        g! * a! + under[1]! * (1 - a!),
        b! * a! + under[2]! * (1 - a!),
      ],
      [255, 255, 255],
    )
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) =>
        (c /= 255) <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!)
    }
    const ring = rgba(style.outlineColor)
    const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a)
    return {
      what: `${el.localName} "${(el.getAttribute('aria-label') || el.textContent || '').trim()}"`,
      style: style.outlineStyle,
      contrast: (light! + 0.05) / (dark! + 0.05),
      colours: `${style.outlineColor} on rgb(${background.map(Math.round).join(', ')})`,
    }
  })

/** Whether the focused element was focused before in this page, marking it as seen. */
const focusedBefore = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    let el = document.activeElement!
    while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    const mark = el as Element & { focusedBefore?: boolean }
    const before = !!mark.focusedBefore
    mark.focusedBefore = true
    return before
  })

/** Tabs until focus is inside the UI, then measures each stop until focus leaves or comes round. */
async function ringsInside(page: Page, inside: RegExp, limit = 30): Promise<Ring[]> {
  const rings: Ring[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (!inside.test((await focusedElement(page)) || '')) {
      if (rings.length) break
      continue
    }
    if (await focusedBefore(page)) break
    rings.push(await focusRing(page))
  }
  return rings
}

describe('focus', () => {
  const demo = useDemo()

  for (const theme of ['light', 'dark'])
    it(`[a11y.controls] draws a focus ring of at least 3:1 against its background on every control of the banner and the preferences, ${theme} theme`, async () => {
      const visitor = await demo.visitor()
      const page = await visitor.open(`/?theme=${theme}`)
      await consentryReady(page)
      const banner = page.getByRole('region', { name: 'Cookie consent' })
      await banner.waitFor()
      await uiSettled(page)
      const inBanner = await ringsInside(
        page,
        /^(a "Privacy policy"|button "(Accept all|Reject all|Customize)")$/,
      )
      expect(inBanner.map((ring) => ring.what)).toEqual([
        'a "Privacy policy"',
        'button "Accept all"',
        'button "Reject all"',
        'button "Customize"',
      ])

      // Focus has left the banner; back to "Customize", opened by keyboard.
      await banner.getByRole('button', { name: 'Customize' }).focus()
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Cookie preferences' })
      await dialog.waitFor()
      await expandAll(dialog)
      await uiSettled(page)
      const inDialog = await ringsInside(page, / in dialog "Cookie preferences"$/, 80)
      // More than the 12 stops of the closed lists: the services' controls are in.
      expect(inDialog.length).toBeGreaterThan(15)

      const rings = [...inBanner, ...inDialog]
      expect(rings.filter((ring) => ring.style == 'none')).toEqual([])
      // A ratio is between 1 and 21; NaN (a colour misread) would pass the check below.
      expect(rings.filter((ring) => !(ring.contrast >= 1 && ring.contrast <= 21))).toEqual([])
      const faint = rings.filter((ring) => ring.contrast < 3)
      expect(
        faint,
        faint.map((r) => `${r.what}: ${r.contrast.toFixed(2)}:1, ${r.colours}`).join('\n'),
      ).toEqual([])
      // Some 40 key presses, each measured: more than the suite's usual 30 s on a busy machine.
    }, 60_000)

  /**
   * Tabs through the page while the banner shows and returns each stop outside the banner that
   * the banner hides entirely: no point of the element's visible part is the element when asked
   * with `elementFromPoint` (the banner answers as its `<consentry-ui>` host).
   */
  async function hiddenStops(page: Page) {
    const stops: { what: string; hidden: boolean; inBanner: boolean }[] = []
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate(() => {
        let el = document.activeElement
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
        if (!el || el == document.body) return undefined
        // Asked of the element's own root, so that an element in a shadow root (an embed's
        // placeholder) is found as itself, and the banner, from outside, as its host.
        const root = el.getRootNode() as Document | ShadowRoot
        const rect = el.getBoundingClientRect()
        const points: [number, number][] = []
        for (let x = 0.1; x < 1; x += 0.2)
          for (let y = 0.1; y < 1; y += 0.2)
            points.push([rect.left + rect.width * x, rect.top + rect.height * y])
        const onScreen = points.filter(
          ([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight,
        )
        const seen = onScreen.filter(([x, y]) => {
          const top = root.elementFromPoint(x, y)
          return !!top && (top == el || el.contains(top))
        })
        const name = (el.getAttribute('aria-label') || el.textContent || '')
          .trim()
          .replace(/\s+/g, ' ')
        return {
          what: `${el.localName} "${name.slice(0, 40)}" at y ${Math.round(rect.top)}`,
          inBanner: !!el.closest('[part~=banner]'),
          hidden: seen.length == 0,
        }
      })
      if (!stop) continue
      stops.push(stop)
      if (stop.what.startsWith('a "Cookie settings"')) break
    }
    return stops
  }

  // The bar and bar-top layouts: test/e2e/accessibility.test.ts.
  const LAYOUTS = ['layout=box', 'layout=box&position=top-left']
  for (const query of LAYOUTS)
    it(`[a11y.banner-role] never hides the focused element entirely behind the banner (WCAG 2.4.11), ${query}`, async () => {
      const visitor = await demo.visitor()
      const page = await visitor.open(`/?${query}`)
      await consentryReady(page)
      await page.getByRole('region', { name: 'Cookie consent' }).waitFor()
      await uiSettled(page)
      const stops = await hiddenStops(page)
      const inPage = stops.filter((stop) => !stop.inBanner)
      // It went through the page down to the footer's last link.
      expect(inPage.length).toBeGreaterThan(10)
      expect(inPage.at(-1)!.what).toMatch(/^a "Cookie settings"/)
      const hidden = inPage.filter((stop) => stop.hidden)
      if (hidden.length) await screenshot(page, `focus-hidden-${query.replace(/\W+/g, '-')}`)
      expect(hidden.map((stop) => stop.what)).toEqual([])
    })

  it('[a11y.banner-role] keeps focus inside the modal banner, where nothing can hide it (WCAG 2.4.11)', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/?layout=modal')
    await consentryReady(page)
    await page.getByRole('dialog', { name: 'We value your privacy' }).waitFor()
    await uiSettled(page)
    const stops = await hiddenStops(page)
    expect(stops.length).toBe(40)
    expect(stops.filter((stop) => !stop.inBanner || stop.hidden)).toEqual([])
  })
})
