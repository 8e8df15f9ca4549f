/**
 * The deferred attributes each element may receive, by element name: every pair loads a
 * resource and none runs code. `<a data-href>` is missing on purpose: a live link with a
 * `javascript:` URL runs code when clicked, and a link needs no consent to exist. `<object
 * data>` is here for auto-blocking, which holds a tracker's object the way it holds an iframe:
 * with an http(s) URL it loads no more than an `<iframe src>` would.
 */
const DEFERRED: Readonly<Record<string, readonly string[]>> = {
  iframe: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  link: ['href'],
}

// Only what the network can fetch: `javascript:` runs code in the page, `data:` and `blob:`
// carry content that never came from a server the site chose.
const WEB = ['http:', 'https:']

const isWebUrl = (value: string, base: string) => {
  try {
    return WEB.includes(new URL(value.trim(), base).protocol)
  } catch {
    return false
  }
}

// A srcset is a comma-separated list of "URL [descriptor]" candidates; every URL must pass.
const urlsOf = (name: string, value: string) =>
  name == 'srcset'
    ? value
        .split(/,\s+|,$/)
        .map((candidate) => candidate.trim().split(/\s+/)[0]!)
        .filter(Boolean)
    : [value]

/**
 * Lets a gated element load: each `data-src`, `data-srcset`, `data-href`, `data-poster`,
 * `data-data` it may have becomes the real one. Only the pairs of an allowlist qualify (iframe
 * src, img and source src/srcset, video src/poster, audio, track and embed src, object data, link
 * href), and only with an `http:`, `https:` or relative URL: a deferred `javascript:` URL would
 * otherwise run code with no click. Anything else refuses the whole element, which stays inert and is marked
 * `data-consent-state="refused"`.
 * @returns whether the element was activated; the caller reports a refusal.
 * @internal
 */
export function activateElement(el: Element): boolean {
  const allowed = DEFERRED[el.localName] || []
  const base = el.ownerDocument.baseURI
  const deferred = el
    .getAttributeNames()
    .filter((name) => /^data-(src|srcset|href|poster|data)$/.test(name))
  const refused = deferred.some((attribute) => {
    const name = attribute.slice(5)
    const value = el.getAttribute(attribute)!
    return !allowed.includes(name) || !urlsOf(name, value).every((url) => isWebUrl(url, base))
  })
  if (refused) {
    el.setAttribute('data-consent-state', 'refused')
    return false
  }
  // Marked first: auto-blocking leaves alone what Consentry itself activates.
  el.setAttribute('data-consent-state', 'active')
  for (const attribute of deferred) {
    el.setAttribute(attribute.slice(5), el.getAttribute(attribute)!)
    el.removeAttribute(attribute)
  }
  // A <source> changed after its media element chose a resource is ignored until `load()`.
  // (Its parent may be a <picture>, which has no `load`.)
  if (el.localName == 'source') (el.parentElement as Partial<HTMLMediaElement> | null)?.load?.()
  return true
}

/**
 * Inserts a granted `<template>`'s content after it. Its scripts are inserted inert and run by
 * the same ordered queue as the page's own, so they get the same attributes, order and checks
 * (the CSP nonce, trusted markup).
 * @internal
 */
export function activateTemplate(template: HTMLTemplateElement, name: string): void {
  const content = template.content.cloneNode(true) as DocumentFragment
  // Every script goes inert, its own type kept in data-type for the live copy: JavaScript and
  // modules run in order, and data blocks such as JSON-LD stay data.
  for (const script of content.querySelectorAll('script')) {
    script.setAttribute('data-type', script.type)
    script.type = 'text/plain'
    script.setAttribute('data-consent', name)
  }
  template.setAttribute('data-consent-state', 'active')
  template.after(content)
}
