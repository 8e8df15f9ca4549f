import { createHostMap, type AutoBlockConfig } from './host-map'
import { blockedScripts, fetchesThrough, neutralize, neutralizeTree } from './neutralize'

/** How auto-blocking decides, and where it reports. @internal */
export interface AutoBlockOptions {
  config: AutoBlockConfig
  /** Whether a service is granted now (nothing is, before the manager has started). */
  isGranted: (name: string) => boolean
  /** Called once per third-party host that no service declares. */
  onUndeclared: (host: string) => void
}

// Opening tags that fetch, in markup given to innerHTML, insertAdjacentHTML or document.write.
const FETCHING_TAG = /<(script|iframe|img|embed|link)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi

/**
 * Blocks what a page loads from declared services' hosts until each is granted, without
 * touching its markup: parsed elements (a MutationObserver, which Chromium runs before a parsed
 * script's end tag lets it execute), URLs set by script (`src`/`href` setters, `setAttribute`),
 * elements inserted by script (`appendChild`, `insertBefore`, `append`, …) and markup given to
 * `innerHTML`, `insertAdjacentHTML` or `document.write`. Blocked elements take the deferred form
 * the gate activates, so granted ones run in document order (src/gating/create-gate.ts).
 * @internal
 */
export function installAutoBlock(doc: Document, options: AutoBlockOptions): void {
  const { config, isGranted, onUndeclared } = options
  const view = doc.defaultView! as Window & typeof globalThis
  const ownerOf = createHostMap(config, new URL(view.location.href))
  const blockUndeclared =
    typeof config.autoBlock == 'object' && config.autoBlock.undeclared == 'block'
  const reported = new Set<string>()

  // The name to gate an element on, or undefined to let it load.
  const decide = (url: string, el: Element) => {
    if (el.hasAttribute('data-consent-state')) return
    const owner = ownerOf(url)
    if (owner == null || (owner && isGranted(owner))) return
    if (owner) return owner
    const host = new URL(url, doc.baseURI).host
    if (!reported.has(host)) {
      reported.add(host)
      onUndeclared(host)
    }
    return blockUndeclared ? '' : undefined
  }
  // Whether writing `url` to `attribute` is taken over (the element keeps it in `data-…`).
  const intercepts = (el: Element, attribute: string, url: string) => {
    if (!fetchesThrough(el, attribute)) return false
    const name = decide(url, el)
    return name != null && !neutralize(el, name, url)
  }

  const { Element: E, HTMLScriptElement: Script } = view
  const setAttribute = E.prototype.setAttribute
  E.prototype.setAttribute = function (name: string, value: string) {
    if (blockedScripts.has(this) && name.toLowerCase() == 'type') name = 'data-type'
    else if (intercepts(this, name, String(value))) return
    setAttribute.call(this, name, value)
  }
  const setters: [{ prototype: object }, string][] = [
    [Script, 'src'],
    [view.HTMLIFrameElement, 'src'],
    [view.HTMLImageElement, 'src'],
    [view.HTMLEmbedElement, 'src'],
    [view.HTMLLinkElement, 'href'],
  ]
  for (const [type, property] of setters)
    wrapSetter(type.prototype, property, (el, value, set) => {
      if (!intercepts(el, property, String(value))) set(value)
    })
  wrapSetter(Script.prototype, 'type', (el, value, set) =>
    blockedScripts.has(el) ? setAttribute.call(el, 'data-type', String(value)) : set(value),
  )

  // Elements that arrive whole, with a URL already in place (clones, imports, other documents).
  const check = (nodes: unknown[]) => {
    for (const node of nodes)
      if (node instanceof E || node instanceof view.DocumentFragment) neutralizeTree(node, decide)
  }
  patchInsertion(view, check)
  patchMarkup(doc, createMarkupFilter(doc, decide))

  // Parsed elements: the parser runs pending mutation callbacks before a script's end tag.
  new view.MutationObserver((records) => {
    for (const record of records) check([...record.addedNodes])
  }).observe(doc.documentElement, { childList: true, subtree: true })
}

// The DOM's insertion methods look at what they insert first.
function patchInsertion(view: Window & typeof globalThis, check: (nodes: unknown[]) => void) {
  const patches = [
    [view.Node, ['appendChild', 'insertBefore', 'replaceChild']],
    [view.Element, ['append', 'prepend', 'before', 'after', 'replaceWith']],
  ] as const
  for (const [type, methods] of patches)
    for (const method of methods) {
      const prototype = type.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
      const original = prototype[method]!
      // appendChild, insertBefore and replaceChild insert their first argument; the rest, all.
      const inserted = (args: unknown[]) => (type == view.Node ? [args[0]] : args)
      prototype[method] = function (this: Node, ...args: unknown[]) {
        check(inserted(args))
        return original.apply(this, args)
      }
    }
}

// Markup parsed from strings goes through `filter` first.
function patchMarkup(doc: Document, filter: (html: string) => string) {
  const { Element: E } = doc.defaultView!
  wrapSetter(E.prototype, 'innerHTML', (_el, value, set) => set(filter(String(value))))
  wrapSetter(E.prototype, 'outerHTML', (_el, value, set) => set(filter(String(value))))
  const insertHTML = E.prototype.insertAdjacentHTML
  E.prototype.insertAdjacentHTML = function (where: InsertPosition, html: string) {
    insertHTML.call(this, where, filter(html))
  }
  for (const method of ['write', 'writeln'] as const) {
    const original = doc[method]
    doc[method] = (...parts: string[]) => original.call(doc, filter(parts.join('')))
  }
}

// Replaces a property's setter on a prototype; `set` is the original, bound to the element.
function wrapSetter(
  prototype: object,
  property: string,
  setter: (el: Element, value: unknown, set: (value: unknown) => void) => void,
) {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, property)!
  Object.defineProperty(prototype, property, {
    ...descriptor,
    set(this: Element, value: unknown) {
      setter(this, value, (value) => descriptor.set!.call(this, value))
    },
  })
}

/**
 * Rewrites the fetching tags of an HTML string into their blocked form, one opening tag at a
 * time (each parsed in an inert template), so that markup split across `document.write` calls
 * keeps every other byte as written.
 * @internal
 */
export function createMarkupFilter(
  doc: Document,
  decide: (url: string, el: Element) => string | undefined,
): (html: string) => string {
  const template = doc.createElement('template')
  const html = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!
  const outer = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!
  return (text) =>
    text.replace(FETCHING_TAG, (tag) => {
      html.set!.call(template, tag)
      const el = template.content.firstElementChild
      if (!el) return tag
      const before = outer.get!.call(el) as string
      neutralizeTree(el, decide)
      const after = outer.get!.call(el) as string
      if (after == before) return tag
      // Only the opening tag: its end tag (if any) is still in the text that follows.
      return /^<(script|iframe)/i.test(after) ? after.slice(0, after.lastIndexOf('</')) : after
    })
}
