import { activateElement, activateTemplate } from './activate-element'
import { liveScript } from './activate-script'

const SELECTOR = '[data-consent]:not([data-consent-state])'

/**
 * Keeps `[data-consent]` markup inert until its name is granted, and brings it to life when it
 * is: now, on `apply()` after a decision, and for elements added later (a MutationObserver).
 *
 * Scripts keep document order: external ones without `async` are inserted with `async = false`,
 * which browsers download in parallel and run in insertion order; an inline script waits until
 * every earlier one has loaded, as it would have in the parsed page.
 * @internal
 */
export function createGate(
  root: Document,
  isGranted: (name: string) => boolean,
  onError: (name: string, element: Element) => void,
  normalize?: (node: ParentNode) => void,
) {
  const queued = new WeakSet<Element>()
  const waiting = new Set<Element>()
  // `chain` orders insertions; `loads` settles when every ordered external script inserted so
  // far has loaded (or failed).
  let chain: Promise<unknown> = Promise.resolve()
  let loads: Promise<unknown> = chain
  let stopped = false

  const runScript = (inert: HTMLScriptElement, name: string) => {
    const live = liveScript(inert)
    const loaded = new Promise<void>((done) => {
      live.addEventListener('load', () => done())
      live.addEventListener('error', () => {
        onError(name, live)
        done()
      })
    })
    inert.replaceWith(live)
    return loaded
  }

  // While the page is parsed, an element is whole only once the parser has moved past it.
  // Earlier, an inline script would run half its text, a template would be copied half-filled,
  // and Chromium ignores an iframe src set as the parser inserts the iframe.
  const parsed = (el: Element) => {
    if (root.readyState != 'loading') return true
    for (let node: Node | null = el; node; node = node.parentNode) if (node.nextSibling) return true
  }

  const activate = (el: Element) => {
    const name = el.getAttribute('data-consent') || ''
    if (queued.has(el) || !isGranted(name)) return
    if (!parsed(el)) return void waiting.add(el)
    waiting.delete(el)
    queued.add(el)
    if (el.localName == 'template') return activateTemplate(el as HTMLTemplateElement, name)
    // Chromium ignores an iframe src set while the parser is still inserting it, even a
    // microtask later: let the parser finish its task first.
    if (el.localName != 'script')
      return root.readyState == 'loading'
        ? void setTimeout(activateElement, 0, el)
        : activateElement(el)
    const script = el as HTMLScriptElement
    const external = script.hasAttribute('src')
    if (external && script.hasAttribute('async')) return void runScript(script, name)
    // External scripts go in at once and run in insertion order (`async = false`); an inline
    // script first waits for all of them, as it would have in the parsed page.
    // Each script waits for a new task, so a page (or a click that just granted everything)
    // stays responsive between services instead of running every snippet in one long task.
    chain = chain
      .then(() => external || loads)
      .then(() => new Promise((next) => setTimeout(next)))
      .then(() => {
        if (stopped || !script.isConnected) return
        const loaded = runScript(script, name)
        if (external) loads = Promise.all([loads, loaded])
      })
  }

  const scan = (node: ParentNode) => {
    normalize?.(node)
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
    apply: () => scan(root),
    destroy() {
      stopped = true
      observer.disconnect()
      root.removeEventListener('DOMContentLoaded', retry)
    },
  }
}
