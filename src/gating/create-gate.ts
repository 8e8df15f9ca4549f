import { activateElement, activateTemplate } from './activate-element'
import { isTrusted, type TrustOptions } from './admit'
import { createScriptQueue } from './script-queue'

const SELECTOR = '[data-consent]:not([data-consent-state])'

/** What else limits the gate (both default to nothing). */
export interface GateOptions extends TrustOptions {
  /**
   * The CSP nonce of Consentry's own script (`document.currentScript.nonce` of consentry.js).
   * When set, only inert scripts carrying this nonce run: the live copy is inserted by
   * Consentry's script, which a `'strict-dynamic'` policy trusts, so without this check an
   * injected inert script would run where a plain injected script is blocked.
   */
  nonce?: string | undefined
  /**
   * Gives other consent tools' markup the `data-consent` name the gate reads, before each scan
   * (see `foreign-markup.ts`). While it answers `false` (what reads that markup is still on its
   * way), the gate activates nothing; the next `apply()` scans the whole page again.
   */
  normalize?: ((node: ParentNode) => boolean | void) | undefined
}

/**
 * Keeps `[data-consent]` markup inert until its name is granted, and brings it to life when it
 * is: now, on `apply()` after a decision, and for elements added later (a MutationObserver).
 * Scripts keep document order (see {@link createScriptQueue}).
 *
 * Refused, reported through `onError` and marked `data-consent-state="refused"`: an element
 * outside `trustedMarkup`, a script without the required nonce, and deferred URLs that are not
 * `http:`, `https:` or relative, or on an element and attribute that may not have them.
 * @internal
 */
export function createGate(
  root: Document,
  isGranted: (name: string) => boolean,
  onError: (name: string, element: Element) => void,
  options: GateOptions = {},
) {
  const queued = new WeakSet<Element>()
  const waiting = new Set<Element>()
  const scripts = createScriptQueue(onError)
  // Nothing runs while other tools' markup waits to be read; nothing is scanned after destroy().
  let held = false
  let stopped = false

  const refuse = (el: Element, name: string) => {
    el.setAttribute('data-consent-state', 'refused')
    onError(name, el)
  }

  // While the page is parsed, an element is whole only once the parser has moved past it.
  // Earlier, an inline script would run half its text, a template would be copied half-filled,
  // and Chromium ignores an iframe src set as the parser inserts the iframe.
  const parsed = (el: Element) => {
    if (root.readyState != 'loading') return true
    for (let node: Node | null = el; node; node = node.parentNode) if (node.nextSibling) return true
  }

  const activateNow = (el: Element, name: string) => {
    if (!activateElement(el)) onError(name, el)
  }

  const activate = (el: Element) => {
    const name = el.getAttribute('data-consent') || ''
    if (held || queued.has(el) || !isGranted(name)) return
    if (!parsed(el)) return void waiting.add(el)
    waiting.delete(el)
    queued.add(el)
    if (!isTrusted(el, options)) return refuse(el, name)
    if (el.localName == 'template') return activateTemplate(el as HTMLTemplateElement, name)
    if (el.localName == 'script') {
      const script = el as HTMLScriptElement
      if (options.nonce && script.nonce != options.nonce) return refuse(el, name)
      return scripts.add(script, name)
    }
    // Chromium ignores an iframe src set as the parser inserts it: let the parser finish first.
    if (root.readyState == 'loading') setTimeout(activateNow, 0, el, name)
    else activateNow(el, name)
  }

  const scan = (node: ParentNode) => {
    held = options.normalize?.(node) === false
    if (held) return
    // Templates first: their content joins the document and is then scanned in order.
    const all = () => node.querySelectorAll(SELECTOR)
    for (const el of all()) if (el.localName == 'template') activate(el)
    if (node instanceof Element && node.matches(SELECTOR)) activate(node)
    for (const el of all()) activate(el)
  }

  const retry = () => waiting.forEach(activate)
  const observer = new MutationObserver((records) => {
    retry()
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType == 1 && node.isConnected) scan(node as Element)
  })
  observer.observe(root, { childList: true, subtree: true })
  root.addEventListener('DOMContentLoaded', retry)
  scan(root)

  return {
    /** Activates whatever has become granted. */
    apply: () => void (stopped || scan(root)),
    destroy() {
      stopped = true
      scripts.stop()
      observer.disconnect()
      root.removeEventListener('DOMContentLoaded', retry)
    },
  }
}
