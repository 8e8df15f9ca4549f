/** What may limit the markup the gate and the `data-consent-action` controls act on. */
export interface TrustOptions {
  /**
   * A CSS selector: only elements matching it, or inside an element matching it, count. Set it
   * when visitors' content (comments, profiles, CMS fields) can reach the page, so that markup
   * they wrote can neither be activated nor record a decision. An invalid selector trusts
   * nothing.
   */
  trustedMarkup?: string | undefined
}

/**
 * Whether `el` lies in markup the site trusts (everywhere when no `trustedMarkup` is set).
 * @internal
 */
export function isTrusted(el: Element, { trustedMarkup }: TrustOptions): boolean {
  if (!trustedMarkup) return true
  try {
    return !!el.closest(trustedMarkup)
  } catch {
    return false
  }
}
