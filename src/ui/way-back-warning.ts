import type { Consent } from '../types'

/**
 * A control of the page's own that opens the preferences ("Cookie settings" in a footer).
 * @internal
 */
export const PAGE_CONTROL = '[data-consent-action="preferences"]'

/**
 * What is watched for a page control added or removed later: elements, and the attribute (an
 * `attributeFilter` watches attributes without `attributes: true`).
 * @internal
 */
export const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributeFilter: ['data-consent-action'],
}

let warned = false

/**
 * With `ui.floatingButton: false`, a page with no `data-consent-action="preferences"` control of
 * its own leaves its visitors no way to withdraw: a console warning says so, once.
 * @returns whether the floating button is off.
 * @internal
 */
export function warnWithoutWayBack(consent: Consent, doc: Document): boolean {
  const off = consent.config.ui?.floatingButton === false
  if (off && !warned && !doc.querySelector(PAGE_CONTROL)) {
    warned = true
    console.warn(
      'Consentry: no floating button and no data-consent-action="preferences" control: visitors cannot withdraw.',
    )
  }
  return off
}
