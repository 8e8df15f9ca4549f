import type { MeasuredButton } from './types'

/*
 * Runs in the page (page.evaluate): finds the banner's "Accept all" and "Reject all" buttons and
 * its switched-on optional choices, looking through open shadow roots, and measures the buttons
 * as rendered. Both functions are serialized into the page (see `measureScript`), so they may
 * use nothing from outside their bodies.
 */

/** What the page reports. */
export interface ButtonReport {
  accept?: MeasuredButton
  reject?: MeasuredButton
  preticked: string[]
}

/**
 * Measures one button as rendered: its size, the contrast of its text against the background
 * behind it (WCAG 2 relative luminance), and whether it is in the viewport.
 */
export function measureElement(element: Element): MeasuredButton {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) || ['0', '0', '0']).slice(0, 3).map((c) => {
      const v = Number(c) / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  // The first ancestor (through shadow hosts) with a background that is not transparent.
  const background = (element: Element) => {
    for (
      let at: Element | null = element;
      at;
      at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)
    ) {
      const color = getComputedStyle(at).backgroundColor
      if (!/rgba\(.*,\s*0\)$|transparent/.test(color)) return color
    }
    return 'rgb(255, 255, 255)'
  }
  const box = element.getBoundingClientRect()
  const [a, b] = [luminance(getComputedStyle(element).color), luminance(background(element))]
  return {
    text: (element.textContent || element.getAttribute('aria-label') || '')
      .trim()
      .replace(/\s+/g, ' '),
    width: Math.round(box.width),
    height: Math.round(box.height),
    contrast: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100,
    inViewport:
      box.bottom <= innerHeight && box.right <= innerWidth && box.top >= 0 && box.left >= 0,
  }
}

/** The source that runs {@link measureButtons} in a page, with its helper. */
export const measureScript = (root: string): string =>
  `(${measureButtons})(${JSON.stringify(root)}, ${measureElement})`

/** @param root a CSS selector of the banner's host element, or `''` to search the whole page */
export function measureButtons(
  root: string,
  measure: (element: Element) => MeasuredButton,
): ButtonReport {
  const ACCEPT = /^(accept|agree|allow|i agree|i accept|ok|okay|got it|yes)\b|accept all|allow all/i
  const REJECT =
    /reject|decline|deny|refuse|necessary only|only necessary|essential only|do not sell/i
  const CONSENT_AREA = /cookie|consent|gdpr|privacy|cmp|cc[-_]|banner/i

  const all: Element[] = []
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      all.push(element)
      if (element.shadowRoot) walk(element.shadowRoot)
    }
  }
  const start = root ? document.querySelector(root) : document
  if (start) walk((start as Element).shadowRoot || start)

  const visible = (element: Element) => {
    const box = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    return box.width > 0 && box.height > 0 && style.visibility != 'hidden' && style.opacity != '0'
  }
  // Inside something that looks like a consent UI, when searching the whole page.
  const inConsentArea = (element: Element) => {
    if (root) return true
    for (
      let at: Element | null = element;
      at;
      at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null
    )
      if (
        CONSENT_AREA.test(
          `${at.id} ${at.getAttribute('class') || ''} ${at.getAttribute('aria-label') || ''}`,
        ) ||
        at.getAttribute('role') == 'dialog'
      )
        return true
    return false
  }
  const label = (element: Element) =>
    (element.textContent || element.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ')

  const buttons = all.filter(
    (element) =>
      element.matches('button, a, [role=button], input[type=button], input[type=submit]') &&
      visible(element) &&
      inConsentArea(element),
  )
  const byPart = (part: string) =>
    buttons.find((element) => (element.getAttribute('part') || '').split(' ').includes(part))
  const accept =
    byPart('accept') ||
    buttons.find((element) => ACCEPT.test(label(element)) && !REJECT.test(label(element)))
  const reject = byPart('reject') || buttons.find((element) => REJECT.test(label(element)))
  const preticked = all
    .filter(
      (element) => inConsentArea(element) && !element.matches(':disabled, [aria-disabled=true]'),
    )
    .filter(
      (element) =>
        (element as HTMLInputElement).checked === true ||
        element.getAttribute('aria-checked') == 'true',
    )
    .map(
      (element) =>
        element.getAttribute('aria-label') ||
        label(element.closest('label') || element) ||
        element.id,
    )
  return {
    ...(accept && { accept: measure(accept) }),
    ...(reject && { reject: measure(reject) }),
    preticked,
  }
}
