import { activateElement } from '../activate-element'
import { liveScript } from '../activate-script'
import { trustedTypes } from '../trusted-types'
import { createHostMap, type AutoBlockConfig } from './host-map'
import {
  blockedScripts,
  neutralizeTree,
  setAttribute,
  takesOver,
  URL_ATTRIBUTE,
} from './neutralize'

/** How auto-blocking decides, and where it reports. @internal */
export interface AutoBlockOptions {
  config: AutoBlockConfig
  /** Whether a service is granted now (nothing is, before the manager has started). */
  isGranted: (name: string) => boolean | undefined
  /** Called once per third-party host that no service declares. */
  onUndeclared: (host: string) => void
  /**
   * Whether some service's hosts come from a preset that is not filled in yet: an inline config
   * that is not compiled, whose presets arrive with consentry-presets.js. A compiled config
   * (`npx consentry compile`) carries every preset's hosts.
   */
  awaitsPresets?: boolean | undefined
}

/** Given the config with its presets filled in, once they have arrived. @internal */
export type PresetsArrived = (expanded: AutoBlockConfig) => void

/** The `data-consent` name of what waits for the presets' hosts. @internal */
export const HELD = 'consentry:held'

// Opening tags that fetch, in markup given to innerHTML, insertAdjacentHTML or document.write.
const FETCHING_TAG = /<(script|iframe|img|embed|object|link)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi

/**
 * Blocks what a page loads from declared services' hosts until each is granted, without
 * touching its markup: parsed elements (a MutationObserver, which Chromium runs before a parsed
 * script's end tag lets it execute), URLs set by script (`src`/`href` setters, `setAttribute`),
 * elements inserted by script (`appendChild`, `insertBefore`, `append`, …) and markup given to
 * `innerHTML`, `insertAdjacentHTML` or `document.write`. Blocked elements take the deferred form
 * the gate activates, so granted ones run in document order (src/gating/create-gate.ts).
 *
 * A config whose hosts come from presets not filled in yet fails closed: every third-party
 * element is held (`data-consent="consentry:held"`; first-party ones never wait) until the
 * returned function is given the config with its presets. Then what a service declares waits for
 * it, what no service declares is released (or blocked, with `"undeclared": "block"`), and the
 * gate, which starts after that, runs what is released in document order.
 * @returns the function to call once the presets have arrived.
 * @internal
 */
export function installAutoBlock(doc: Document, options: AutoBlockOptions): PresetsArrived {
  const { config, isGranted, onUndeclared } = options
  const base = new URL(doc.URL)
  let ownerOf = createHostMap(config, base)
  // Elements held until the presets arrive; `null` once they have, `undefined` when none are
  // needed: then nothing is ever held, and no insertion needs settling (below).
  let held: Set<Element> | null | undefined = options.awaitsPresets ? new Set() : undefined
  const blockUndeclared = (config.autoBlock as { undeclared?: string }).undeclared == 'block'
  const reported = new Set<string>()

  // The name to gate an element on, or undefined to let it load.
  const decide = (url: string, el: Element) => {
    if (el.hasAttribute('data-consent-state')) return
    const owner = ownerOf(url)
    if (owner == null || (owner && isGranted(owner))) return
    if (held) return (held.add(el), HELD)
    if (owner) return owner
    const host = new URL(url, base).host
    if (!reported.has(host)) onUndeclared(host)
    reported.add(host)
    return blockUndeclared ? '' : undefined
  }
  // Decides again on an element held for the presets (no URL at all is the page's own): what
  // must wait gets its name, what may load its URL back, and a script that may run its live
  // copy (src/gating/activate-script.ts), once it has a parent (else again when inserted).
  const settle = (el: Element) => {
    // A document or fragment has no attributes: what it holds is settled by settleTree.
    if (el.getAttribute?.('data-consent') != HELD) return
    const script = el.localName == 'script'
    const url = el.getAttribute(script ? 'src' : 'data-' + URL_ATTRIBUTE[el.localName]) || ''
    const name = decide(url, el)
    if (name != null) setAttribute.call(el, 'data-consent', name)
    else if (!script) activateElement(el)
    else if (el.parentNode) {
      // The live copy takes every attribute: it must not be held again.
      el.removeAttribute('data-consent')
      el.replaceWith(liveScript(el as HTMLScriptElement))
    }
  }
  // `root` itself (an element, a fragment or the document) and what it holds.
  const settleTree = (root: Element | Document | DocumentFragment) =>
    [root as Element, ...root.querySelectorAll(`[data-consent="${HELD}"]`)].forEach(settle)

  patchUrlWrites(decide)

  // Elements that arrive whole, with a URL already in place (clones, imports, other documents),
  // or held for the presets while detached (markup parsed from a string then).
  const check = (nodes: Iterable<unknown>) => {
    // Elements and fragments (a fragment has no attributes); text, comments, strings and the
    // null that insertBefore or append may be given hold no URL.
    for (const node of nodes as Iterable<Partial<Element> | null>)
      if (node?.querySelectorAll) {
        if (held === null) settleTree(node as Element)
        neutralizeTree(node as Element, decide)
      }
  }
  patchInsertion(check)
  patchMarkup(doc, createMarkupFilter(doc, decide))

  // Parsed elements: the parser runs pending mutation callbacks before a script's end tag.
  new MutationObserver((records) => {
    for (const record of records) check(record.addedNodes)
  }).observe(doc.documentElement, { childList: true, subtree: true })

  return (expanded) => {
    if (!held) return
    const waiting = held
    held = null
    ownerOf = createHostMap(expanded, base)
    waiting.forEach(settle)
    settleTree(doc)
  }
}

// URLs written by script (`setAttribute` and the URL properties) are decided by `decide`, and
// kept in `data-…` if it names a service to wait for (a script's `src` is written: its type
// keeps it inert); the type a page gives a script auto-blocking made inert goes to `data-type`,
// which the live copy takes once granted.
function patchUrlWrites(decide: (url: string, el: Element) => string | undefined) {
  // `setAttribute` is the DOM's own, kept by ./neutralize before this patch.
  Element.prototype.setAttribute = function (name: string, value: string) {
    if (blockedScripts.has(this) && name.toLowerCase() == 'type') name = 'data-type'
    else if (takesOver(this, name, value, decide)) return
    setAttribute.call(this, name, value)
  }
  // Each element's URL property (`src`, `href`, `data`) and a script's `type` reflect their
  // attribute: writing one is writing the attribute, so both go through the patch above.
  for (const [name, property] of [...Object.entries(URL_ATTRIBUTE), ['script', 'type']])
    wrapSetter(Object.getPrototypeOf(document.createElement(name!)), property!, (el, value) =>
      el.setAttribute(property!, value as string),
    )
}

// The DOM's insertion methods look at what they insert first. Not at the node insertBefore and
// replaceChild are given beside it: settling a held script there would replace it with its live
// copy, and the DOM's own call would then not find it.
function patchInsertion(check: (nodes: unknown[]) => void) {
  for (const method of ['appendChild', 'insertBefore', 'replaceChild'])
    beforeCall(Node.prototype, method, (args) => check(args.slice(0, 1)))
  // The others insert every argument (a string or null among them holds no URL), on whichever of
  // these has them: a text node has before, after and replaceWith too.
  for (const target of [Element, CharacterData, Range])
    for (const method of [
      'append',
      'prepend',
      'before',
      'after',
      'replaceWith',
      'replaceChildren',
      'insertAdjacentElement',
      'insertNode',
      'surroundContents',
    ])
      if (method in target.prototype) beforeCall(target.prototype, method, check)
}

// Markup parsed from strings goes through `filter` first: an element's, a shadow root's (whose
// images load at once, detached or not) and a Range's. On a page that enforces Trusted Types,
// what the page made TrustedHTML is filtered and handed on trusted (by Consentry's policy); a
// plain string stays a string, which the DOM refuses as it would have.
function patchMarkup(doc: Document, filter: (html: string) => string) {
  const isHTML = (value: unknown) =>
    !!(window as { trustedTypes?: { isHTML(value: unknown): boolean } }).trustedTypes?.isHTML(value)
  const filtered = (values: unknown[]) => {
    // Each value as the DOM's methods take it: null is "null" (innerHTML's null is '', below).
    const html = filter(values.map(String).join(''))
    return values.every(isHTML) ? trustedTypes().createHTML(html) : html
  }
  for (const [prototype, property] of [
    [Element, 'innerHTML'],
    [Element, 'outerHTML'],
    [ShadowRoot, 'innerHTML'],
  ] as const)
    wrapSetter(prototype.prototype, property, (_el, value, set) =>
      set(filtered([value === null ? '' : value])),
    )
  // Methods and the index of their markup argument (setHTMLUnsafe is recent: only if present).
  for (const [target, method, index] of [
    [Element, 'insertAdjacentHTML', 1],
    [Element, 'setHTMLUnsafe', 0],
    [ShadowRoot, 'setHTMLUnsafe', 0],
    [Range, 'createContextualFragment', 0],
  ] as const)
    if (method in target.prototype)
      beforeCall(target.prototype, method, (args) => (args[index] = filtered([args[index]])))
  for (const method of ['write', 'writeln'])
    beforeCall(doc, method, (args) => args.splice(0, args.length, filtered(args)))
}

// Has `change` see (and change) the arguments of every call of `target[method]` first.
function beforeCall(target: object, method: string, change: (args: unknown[]) => void) {
  const methods = target as Record<string, (...args: unknown[]) => unknown>
  const original = methods[method]!
  methods[method] = function (this: unknown, ...args: unknown[]) {
    change(args)
    return original.apply(this, args)
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
  // The DOM's own setter: the page's innerHTML goes through this filter.
  const parse = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!
  return (text) =>
    text.replace(FETCHING_TAG, (tag) => {
      // One tag, parsed in an inert template and read back as text: Consentry's policy vouches.
      parse.call(template, trustedTypes().createHTML(tag))
      const el = template.content.firstElementChild
      if (el) neutralizeTree(el, decide)
      // Only the opening tag: its end tag (if any) is still in the text that follows.
      return el?.hasAttribute('data-consent') ? el.outerHTML.replace(/<\/\w+>$/, '') : tag
    })
}
