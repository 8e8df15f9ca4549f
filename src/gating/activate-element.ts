// The attributes a gated element keeps under a `data-` prefix until it may load.
const DEFERRED = ['src', 'srcset', 'href', 'poster']

/**
 * Lets a gated `<iframe>`, `<img>`, `<video>`, `<audio>`, `<source>`, `<embed>`, `<link>` (or any
 * element) load: each `data-src`, `data-srcset`, `data-href`, `data-poster` becomes the real one.
 * @internal
 */
export function activateElement(el: Element): void {
  for (const name of DEFERRED) {
    const value = el.getAttribute('data-' + name)
    if (value == null) continue
    el.setAttribute(name, value)
    el.removeAttribute('data-' + name)
  }
  el.setAttribute('data-consent-state', 'active')
  // A <source> changed after its media element chose a resource is ignored until `load()`.
  const media = el.parentElement
  if (el.localName == 'source' && media && 'load' in media) (media as HTMLMediaElement).load()
}

/**
 * Inserts a granted `<template>`'s content after it. Its scripts are inserted inert and run by
 * the same ordered queue as the page's own, so they get the same attributes and order.
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
