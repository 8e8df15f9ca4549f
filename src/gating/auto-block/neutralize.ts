import { RUNNABLE } from '../script-queue'
/** The attribute that holds an element's URL, by element name. @internal */
export const URL_ATTRIBUTE: Record<string, string> = {
  script: 'src',
  iframe: 'src',
  img: 'src',
  embed: 'src',
  object: 'data',
  link: 'href',
}

// Every element that may fetch, with its URL attribute: `script[src],iframe[src],…`.
const WITH_URL = Object.keys(URL_ATTRIBUTE)
  .map((name) => `${name}[${URL_ATTRIBUTE[name]}]`)
  .join()

// Only these links fetch something a tracker would want; `rel=canonical` and the like do not.
const FETCHING_LINK = /\b(preload|prefetch|modulepreload|stylesheet)\b/i

/** Elements auto-blocking made inert, whose later `type` changes go to `data-type`. @internal */
export const blockedScripts = new WeakSet<Element>()

/** The DOM's own setAttribute, so that what auto-blocking writes does not pass its own patch. @internal */
export const setAttribute = Element.prototype.setAttribute

/**
 * Whether `el` would fetch `url` through `attribute`: the attribute that holds its URL, on an
 * element that is not already inert (a gated script, a link that fetches nothing).
 * @internal
 */
export function fetchesThrough(el: Element, attribute: string): boolean {
  const name = el.localName
  if (URL_ATTRIBUTE[name] != attribute.toLowerCase()) return false
  // An image or iframe already waiting (`data-consent`, its URL in `data-src`) loads the moment
  // a script sets its `src` after all: that write is decided again too.
  if (name == 'link') return FETCHING_LINK.test((el as HTMLLinkElement).rel)
  // A script of another type (text/plain, JSON-LD) is data, and stays as it is.
  return name != 'script' || RUNNABLE.test((el as HTMLScriptElement).type.trim())
}

/**
 * Makes `el` the deferred form the gate activates once `name` is granted: a script becomes
 * `type="text/plain"` with its own type in `data-type` (its `src` stays, and fetches nothing);
 * any other element keeps its URL in `data-src`, `data-href` or `data-data` instead.
 * @returns whether the caller may still write the URL itself (scripts only).
 * @internal
 */
export function neutralize(el: Element, name: string, url: string): boolean {
  const attribute = URL_ATTRIBUTE[el.localName]!
  setAttribute.call(el, 'data-consent', name)
  if (el.localName == 'script') {
    setAttribute.call(el, 'data-type', (el as HTMLScriptElement).type)
    setAttribute.call(el, 'type', 'text/plain')
    blockedScripts.add(el)
    return true
  }
  setAttribute.call(el, 'data-' + attribute, url)
  el.removeAttribute(attribute)
  return false
}

/**
 * Neutralizes every element under `root` (itself included) that would fetch a URL for which
 * `decide` names a service to wait for.
 * @internal
 */
export function neutralizeTree(
  root: Element | DocumentFragment,
  decide: (url: string, el: Element) => string | undefined,
): void {
  // Most insertions are a single element (a UI framework builds its tree node by node). A
  // fragment has no URL attribute of its own.
  for (const el of [
    root as Element,
    ...(root.firstElementChild ? root.querySelectorAll(WITH_URL) : []),
  ]) {
    const attribute = URL_ATTRIBUTE[el.localName]
    const url = attribute && el.getAttribute(attribute)
    if (url != null) takesOver(el, attribute!, url, decide)
  }
}

/**
 * Whether auto-blocking takes over `url`, which the page has `el` fetch through `attribute`:
 * neutralized if `decide` names a service to wait for, the URL kept in `data-…` (a script keeps
 * its `src`, which the caller may still write: then this is false).
 * @internal
 */
export function takesOver(
  el: Element,
  attribute: string,
  url: string,
  decide: (url: string, el: Element) => string | undefined,
): boolean {
  if (!fetchesThrough(el, attribute)) return false
  const name = decide(url, el)
  return name != null && !neutralize(el, name, url)
}
