import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { AutoBlockConfig } from '../../src/gating/auto-block/host-map'
import { HELD, installAutoBlock } from '../../src/gating/auto-block/install'
import { freshHost, insertInto } from './insertion'

/*
 * An inline config whose hosts come from presets: until consentry-presets.js has arrived,
 * auto-blocking knows no preset host, so it holds every third-party element (first-party ones
 * never wait), then sorts them out. Its own file: auto-blocking patches the DOM once per page.
 */
const inline: AutoBlockConfig = {
  categories: { necessary: { required: true }, analytics: {}, media: {} },
  services: {
    'google-analytics': { category: 'analytics', preset: 'google-analytics' },
    video: { category: 'media', preset: 'youtube' },
  },
  autoBlock: true,
}
// What consentry-presets.js's expand() gives for it.
const expanded: AutoBlockConfig = {
  ...inline,
  services: {
    'google-analytics': {
      category: 'analytics',
      preset: 'google-analytics',
      hosts: ['www.googletagmanager.com', 'www.google-analytics.com'],
    },
    video: { category: 'media', preset: 'youtube', hosts: ['www.youtube.com'] },
  },
}

const GA = 'https://www.googletagmanager.com/gtag/js?id=G-1'
const VIDEO = 'https://www.youtube.com/embed/x'
const UNDECLARED = 'https://widget.unknown.example/w.js'
const UNDECLARED_PIXEL = 'https://pixel.unknown.example/p.gif'
const DECLARED = [GA, VIDEO, 'https://www.google-analytics.com/g/collect']

const warned: string[] = []
const presetsArrived = installAutoBlock(document, {
  config: inline,
  awaitsPresets: true,
  isGranted: () => false,
  onUndeclared: (host) => warned.push(host),
})
afterAll(() => void (document.body.innerHTML = ''))

// Whether an element would fetch its URL now: a runnable script with src, or any src at all.
const live = (el: Element) =>
  el.localName == 'script'
    ? el.hasAttribute('src') && (el as HTMLScriptElement).type != 'text/plain'
    : el.hasAttribute('src')

// An element of `tag` with `url`, set by one of the ways a page can.
function build(tag: string, url: string, set: string): Element {
  if (set == 'innerHTML') {
    const box = document.createElement('div')
    box.innerHTML = `<${tag} src="${url}"></${tag}>`
    return box.firstElementChild!
  }
  const el = document.createElement(tag)
  if (set == 'property') (el as HTMLImageElement).src = url
  else el.setAttribute('src', url)
  return el
}

// One insertion of a fuzz run: an element, its URL (one of `urls`), how the URL is set and how
// the element is put into the page.
const stepOf = (urls: readonly string[]) =>
  fc.record({
    tag: fc.constantFrom('script', 'iframe', 'img'),
    url: fc.constantFrom(...urls),
    set: fc.constantFrom('property', 'setAttribute', 'innerHTML'),
    insert: fc.constantFrom('appendChild', 'insertBefore', 'append', 'none'),
  })

describe('auto-blocking before the presets have arrived', () => {
  // Runs first: everything after it is the time after the presets have arrived.
  it('holds every third-party element in any order and method, and lets first-party ones load', () => {
    const step = stepOf([...DECLARED, UNDECLARED, UNDECLARED_PIXEL])
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        const host = freshHost()
        for (const { tag, url, set, insert } of steps) {
          const el = build(tag, url, set)
          insertInto(host, el, insert)
          expect(live(el)).toBe(false)
          expect(el.getAttribute('data-consent')).toBe(HELD)
        }
        const own = build('script', '/app.js', 'property')
        host.append(own)
        expect([live(own), own.hasAttribute('data-consent')]).toEqual([true, false])
      }),
      { numRuns: 60 },
    )
    expect(warned).toEqual([])
  })

  it('then keeps what a service declares blocked under its name, and releases the rest once', () => {
    document.body.innerHTML = ''
    const scripts = [GA, UNDECLARED].map((url) => {
      const script = document.createElement('script')
      script.src = url
      document.body.append(script)
      return script
    })
    const iframe = build('iframe', VIDEO, 'setAttribute')
    document.body.append(iframe)
    // A pixel that is never inserted still goes out once it may.
    const pixel = new Image()
    pixel.src = UNDECLARED_PIXEL

    presetsArrived(expanded)

    const [ga, widget] = [document.body.children[0]!, document.body.children[1]!]
    expect(ga).toBe(scripts[0])
    expect([ga.getAttribute('data-consent'), live(ga)]).toEqual(['google-analytics', false])
    // The undeclared script runs as a fresh copy in its place.
    expect(widget).not.toBe(scripts[1])
    expect([widget.getAttribute('src'), live(widget)]).toEqual([UNDECLARED, true])
    expect(widget.hasAttribute('data-consent')).toBe(false)
    expect([iframe.getAttribute('data-consent'), live(iframe)]).toEqual(['video', false])
    expect(pixel.getAttribute('src')).toBe(UNDECLARED_PIXEL)
    expect(warned.sort()).toEqual(['pixel.unknown.example', 'widget.unknown.example'])
  })

  it('settles an element held while waiting when it is inserted later', () => {
    document.body.innerHTML = ''
    // As markup parsed from a string while waiting leaves it, inserted only now.
    const box = document.createElement('div')
    box.setAttribute('data-box', '')
    box.innerHTML = `<iframe data-consent="${HELD}" data-src="${VIDEO}"></iframe><img data-consent="${HELD}" data-src="${UNDECLARED_PIXEL}">`
    document.body.append(box)
    const [iframe, img] = [...box.children]
    expect([iframe!.getAttribute('data-consent'), live(iframe!)]).toEqual(['video', false])
    expect(img!.getAttribute('src')).toBe(UNDECLARED_PIXEL)
  })

  it('lets a held script just inserted be the node insertBefore and replaceChild are given', () => {
    document.body.innerHTML = ''
    const box = document.createElement('div')
    box.innerHTML = `<script data-consent="${HELD}" src="${UNDECLARED}"></script>`
    const held = box.firstElementChild!
    // Detached when it is inserted: the check before insertion cannot release it yet.
    held.remove()
    document.body.append(held)
    // In the same task, before the document's observer settles it: the DOM must find it there.
    expect(() => document.body.insertBefore(document.createElement('p'), held)).not.toThrow()
    expect(() => document.body.replaceChild(document.createElement('hr'), held)).not.toThrow()
    expect(document.body.innerHTML).toBe('<p></p><hr>')
  })

  it('never leaves a live URL of a declared service after they arrived, whatever the order and method', () => {
    const step = stepOf(DECLARED)
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        const host = freshHost()
        for (const { tag, url, set, insert } of steps) {
          const el = build(tag, url, set)
          insertInto(host, el, insert)
          expect(live(el)).toBe(false)
          expect(el.getAttribute('data-consent')).not.toBe(HELD)
        }
      }),
      { numRuns: 60 },
    )
  })
})
