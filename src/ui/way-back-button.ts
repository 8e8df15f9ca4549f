import type { Consent } from '../types'
import { adoptStyles } from './adopt-styles'
import { HOST_CSS } from './styles'
import { themeOf } from './theme'

/** The floating button's words, in the language they are in. @internal */
export interface WayBackLabels {
  lang: string
  /** Its name: "Cookie settings". */
  reopen: string
  /** The Global Privacy Control badge: "Opt-out request honored". */
  gpcHonored: string
}

/** What {@link createWayBackButton} is given. @internal */
export interface WayBackButtonOptions {
  consent: Consent
  doc: Document
  /** Opens the preferences; focus goes back to `from` when they close. */
  open: (from: HTMLElement) => void
  /** Its words: the UI's own texts, or the chunk's table (see `wayBackLabels`). */
  labels: WayBackLabels
  /** The CSP nonce for the `<style>` fallback of browsers without constructable stylesheets. */
  nonce?: string | undefined
}

// Under the banner and the preferences (one less than their z-index), which cover it while open.
const CSS = `${HOST_CSS}button{position:fixed;z-index:2147483645;bottom:16px;left:16px;display:flex;align-items:center;gap:8px;min-width:48px;height:48px;padding:10px;border:2px solid var(--ui-background);border-radius:24px;background:var(--ui-accent);color:var(--ui-on-accent);font:inherit;font-weight:600;cursor:pointer}
.right{left:auto;right:16px}
svg{width:24px;flex:none}
span{padding-inline-end:6px}
:focus-visible{outline:2px solid var(--ui-focus);outline-offset:2px;box-shadow:0 0 0 2px var(--ui-background)}`

// A cookie, built node by node: markup would need a Trusted Types policy on pages that enforce them.
const ICON = 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5ZM7 9h3v3H7Zm6 5h3v3h-3Z'
const SVG = 'http://www.w3.org/2000/svg'

function icon(doc: Document) {
  const svg = doc.createElementNS(SVG, 'svg')
  const path = doc.createElementNS(SVG, 'path')
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('fill', 'currentColor')
  path.setAttribute('d', ICON)
  svg.append(path)
  return svg
}

/**
 * The floating button that reopens the preferences: plain DOM in its own shadow root, so that
 * the script tag can ship it alone (consentry-floating.js) instead of the whole UI. Where Global
 * Privacy Control is honoured it says so in words (CCPA regulations §7025(c)(6)), even on a page
 * that never needed a banner.
 * @returns `show(visible)`, and `remove()` that takes it off the page.
 * @internal
 */
export function createWayBackButton({ consent, doc, open, labels, nonce }: WayBackButtonOptions) {
  const { lang, reopen, gpcHonored } = labels
  const host = doc.createElement('consentry-ui')
  const shadow = host.attachShadow({ mode: 'open' })
  host.className = themeOf(consent.config.ui?.theme, doc)
  host.lang = lang
  if (/^(ar|he|fa|ur)$/.test(lang)) host.dir = 'rtl'
  const button = doc.createElement('button')
  button.className =
    'floating' + (consent.config.ui?.floatingButton == 'bottom-right' ? ' right' : '')
  button.setAttribute('part', 'floating-button')
  button.append(icon(doc))
  // The badge is visible text, and the name contains it (WCAG 2.5.3, label in name).
  if (consent.getState().gpc) {
    const badge = doc.createElement('span')
    badge.textContent = gpcHonored
    badge.setAttribute('part', 'floating-status')
    button.append(badge)
  }
  button.setAttribute('aria-label', consent.getState().gpc ? `${reopen}: ${gpcHonored}` : reopen)
  button.onclick = () => open(button)
  adoptStyles(shadow, CSS, nonce)
  shadow.append(button)
  return {
    show(visible: boolean) {
      if (visible && !host.isConnected) doc.body.append(host)
      else if (!visible) host.remove()
    },
    remove: () => host.remove(),
  }
}

/** A floating button on the page. @internal */
export type WayBackButton = ReturnType<typeof createWayBackButton>
