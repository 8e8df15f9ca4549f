import fc from 'fast-check'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createHostMap, type AutoBlockConfig } from '../../src/gating/auto-block/host-map'
import { installAutoBlock } from '../../src/gating/auto-block/install'
import { freshHost, insertInto, INSERTIONS } from './insertion'

const config: AutoBlockConfig = {
  categories: { necessary: { required: true }, analytics: {}, media: {} },
  services: {
    // As a compiled config carries them: each preset's hosts filled in.
    'google-analytics': {
      category: 'analytics',
      preset: 'google-analytics',
      hosts: ['www.googletagmanager.com', 'www.google-analytics.com'],
    },
    video: { category: 'media', preset: 'youtube', hosts: ['www.youtube.com'] },
    cdn: { category: 'media', hosts: ['*.cdn.example'] },
    stripe: { category: 'necessary', hosts: ['js.stripe.com'] },
  },
  autoBlock: true,
}

describe('the host map', () => {
  const ownerOf = createHostMap(config, new URL('https://shop.example/page'))

  it('gives each service the hosts the config declares for it', () => {
    expect(ownerOf('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe('google-analytics')
    expect(ownerOf('https://www.youtube.com/embed/x')).toBe('video')
  })

  it('matches *.example.com entries on any subdomain', () => {
    expect(ownerOf('https://img.cdn.example/a.png')).toBe('cdn')
    expect(ownerOf('https://a.b.cdn.example/a.png')).toBe('cdn')
  })

  it('leaves first-party, relative, non-http and necessary URLs alone', () => {
    expect(ownerOf('/assets/app.js')).toBeUndefined()
    expect(ownerOf('https://shop.example/x.js')).toBeUndefined()
    expect(ownerOf('data:image/gif;base64,R0lGOD')).toBeUndefined()
    expect(ownerOf('https://js.stripe.com/v3')).toBeUndefined()
  })

  it('calls any other third-party host undeclared', () => {
    expect(ownerOf('https://tracker.example/t.js')).toBe('')
  })
})

describe('auto-blocking in a document', () => {
  const granted = new Set<string>()
  const warned: string[] = []
  const GA = 'https://www.googletagmanager.com/gtag/js?id=G-1'

  beforeAll(() => {
    installAutoBlock(document, {
      config,
      isGranted: (name) => granted.has(name),
      onUndeclared: (host) => warned.push(host),
    })
  })
  beforeEach(() => {
    granted.clear()
    document.body.innerHTML = ''
  })

  it('makes a created script inert when its src is set, whatever its type is set to later', () => {
    const script = document.createElement('script')
    script.type = 'module'
    script.src = GA
    script.type = 'text/javascript'
    document.head.appendChild(script)
    expect(script.type).toBe('text/plain')
    expect(script.getAttribute('data-type')).toBe('text/javascript')
    expect(script.getAttribute('data-consent')).toBe('google-analytics')
    expect(script.getAttribute('src')).toBe(GA)
    script.remove()
  })

  it('keeps the URL of an image, iframe or stylesheet in data-src or data-href', () => {
    const img = new Image()
    img.src = 'https://www.google-analytics.com/g/collect?v=2'
    const iframe = document.createElement('iframe')
    iframe.setAttribute('src', 'https://www.youtube.com/embed/x')
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = 'https://img.cdn.example/style.css'
    expect([img, iframe].map((el) => el.hasAttribute('src'))).toEqual([false, false])
    expect(iframe.getAttribute('data-src')).toBe('https://www.youtube.com/embed/x')
    expect(link.getAttribute('data-href')).toBe('https://img.cdn.example/style.css')
    expect(img.getAttribute('data-consent')).toBe('google-analytics')
  })

  it('keeps an element it holds inert when a script sets its URL again, as a lazy-loader would', () => {
    const iframe = document.createElement('iframe')
    iframe.src = 'https://www.youtube.com/embed/x'
    document.body.append(iframe)
    iframe.src = iframe.getAttribute('data-src')!
    iframe.setAttribute('src', 'https://www.youtube.com/embed/y')
    expect(iframe.hasAttribute('src')).toBe(false)
    expect(iframe.getAttribute('data-src')).toBe('https://www.youtube.com/embed/y')
    // A hand-gated one too, whose host a service declares.
    document.body.innerHTML = `<img data-consent="analytics" data-src="https://www.google-analytics.com/p.gif">`
    const img = document.body.querySelector('img')!
    img.src = img.dataset.src!
    expect([img.hasAttribute('src'), img.getAttribute('data-consent')]).toEqual([
      false,
      'google-analytics',
    ])
  })

  it('keeps the URL of an <object> or <embed> in data-data or data-src, however it was written', () => {
    const set = document.createElement('object')
    set.data = 'https://img.cdn.example/a.svg'
    const attribute = document.createElement('object')
    attribute.setAttribute('data', 'https://www.youtube.com/v/x')
    document.body.innerHTML = `<object data="https://img.cdn.example/b.svg"></object><embed src="https://img.cdn.example/c.swf">`
    const [parsed, embed] = document.body.children
    expect(
      [set, attribute, parsed!].map((el) => [
        el.hasAttribute('data'),
        el.getAttribute('data-data'),
      ]),
    ).toEqual([
      [false, 'https://img.cdn.example/a.svg'],
      [false, 'https://www.youtube.com/v/x'],
      [false, 'https://img.cdn.example/b.svg'],
    ])
    expect(parsed!.getAttribute('data-consent')).toBe('cdn')
    expect([embed!.hasAttribute('src'), embed!.getAttribute('data-src')]).toEqual([
      false,
      'https://img.cdn.example/c.swf',
    ])
  })

  it('blocks markup given to innerHTML and insertAdjacentHTML, keeping the rest as written', () => {
    document.body.innerHTML = `<p>text</p><img alt="a>b" src="https://www.youtube.com/vi/x.jpg">`
    document.body.insertAdjacentHTML(
      'beforeend',
      `<iframe src="https://www.youtube.com/embed/y"></iframe>`,
    )
    const [p, img, iframe] = document.body.children
    expect(p!.outerHTML).toBe('<p>text</p>')
    expect(img!.getAttribute('alt')).toBe('a>b')
    expect(
      [img, iframe].map((el) => [el!.hasAttribute('src'), el!.getAttribute('data-src')]),
    ).toEqual([
      [false, 'https://www.youtube.com/vi/x.jpg'],
      [false, 'https://www.youtube.com/embed/y'],
    ])
  })

  it('blocks elements that arrive with their URL in place: clones and imports', () => {
    const other = document.implementation.createHTMLDocument()
    other.body.innerHTML = `<iframe src="https://www.youtube.com/embed/z"></iframe>`
    const imported = document.importNode(other.body.firstElementChild!, true)
    document.body.append(imported)
    expect(imported.hasAttribute('src')).toBe(false)
  })

  it('lets granted services, first-party and necessary hosts load untouched', () => {
    granted.add('video')
    const iframe = document.createElement('iframe')
    iframe.src = 'https://www.youtube.com/embed/x'
    const own = document.createElement('script')
    own.src = '/app.js'
    const stripe = document.createElement('script')
    stripe.src = 'https://js.stripe.com/v3'
    expect([iframe, own, stripe].map((el) => el.hasAttribute('data-consent'))).toEqual([
      false,
      false,
      false,
    ])
  })

  it('reports each undeclared third-party host once and lets it load', () => {
    for (let i = 0; i < 3; i++) {
      const img = new Image()
      img.src = 'https://pixel.unknown.example/p.gif'
      expect(img.hasAttribute('src')).toBe(true)
    }
    expect(warned.filter((host) => host == 'pixel.unknown.example')).toEqual([
      'pixel.unknown.example',
    ])
  })

  it('passes null and strings to the DOM methods as the DOM takes them', () => {
    const box = document.createElement('div')
    document.body.appendChild(box)
    box.append(null as unknown as string, 'text')
    const img = new Image()
    box.insertBefore(img, null)
    box.before(null as unknown as string)
    expect(box.textContent).toBe('nulltext')
    expect(box.lastChild).toBe(img)
    expect(box.previousSibling?.textContent).toBe('null')
  })

  it('passes null and undefined to the markup setters and methods as the DOM takes them', () => {
    const box = document.createElement('div')
    document.body.appendChild(box)
    // innerHTML and outerHTML take null as no markup; the methods write it as "null".
    box.innerHTML = 'text'
    box.innerHTML = null as unknown as string
    expect(box.innerHTML).toBe('')
    box.innerHTML = undefined as unknown as string
    expect(box.innerHTML).toBe('undefined')
    box.innerHTML = ''
    box.insertAdjacentHTML('beforeend', null as unknown as string)
    box.insertAdjacentHTML('beforeend', undefined as unknown as string)
    const fragment = document.createRange().createContextualFragment(null as unknown as string)
    expect([box.textContent, fragment.textContent]).toEqual(['nullundefined', 'null'])
  })

  it('never releases what the page itself marks as held, when there are no presets to wait for', async () => {
    // Held only ever means "waiting for the presets' hosts": with hosts in the config nothing is
    // settled on insertion, so a page's own data-consent="consentry:held" stays gated markup.
    const script = document.createElement('script')
    script.type = 'text/plain'
    script.setAttribute('data-consent', 'consentry:held')
    script.text = 'window.ranHeld = true'
    document.body.appendChild(script)
    // The document's observer sees the insertion after a microtask.
    await Promise.resolve()
    expect(document.querySelector('script[data-consent="consentry:held"]')).toBe(script)
    expect(script.type).toBe('text/plain')
  })

  it('never leaves a live URL of an ungranted service, whatever the insertion order and method', () => {
    const urls = [GA, 'https://www.youtube.com/embed/x', 'https://img.cdn.example/p.png']
    const tags = Object.keys(URL_OF) as (keyof typeof URL_OF)[]
    const step = fc.record({
      tag: fc.constantFrom(...tags),
      url: fc.constantFrom(...urls),
      set: fc.constantFrom('property', 'setAttribute', 'innerHTML', 'insertAdjacentHTML', 'import'),
      insert: fc.constantFrom(...INSERTIONS),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        const host = freshHost()
        for (const { tag, url, set, insert } of steps) {
          const el = build(tag, url, set)
          insertInto(host, el, insert)
          // An imported element is checked when it is inserted (README: known gaps).
          if (set != 'import' || insert != 'none') expect(live(el)).toBe(false)
        }
        expect([...host.querySelectorAll(tags.join())].some(live)).toBe(false)
      }),
      { numRuns: 60 },
    )
  })
})

// The attribute each element fetches its URL through.
const URL_OF = { script: 'src', iframe: 'src', img: 'src', embed: 'src', object: 'data' } as const

// An element of `tag` with `url`, set by one of the ways a page can.
function build(tag: keyof typeof URL_OF, url: string, set: string): Element {
  const markup = `<${tag} ${URL_OF[tag]}="${url}"></${tag}>`
  if (set == 'innerHTML' || set == 'insertAdjacentHTML') {
    const box = document.createElement('div')
    if (set == 'innerHTML') box.innerHTML = markup
    else box.insertAdjacentHTML('afterbegin', markup)
    return box.firstElementChild!
  }
  if (set == 'import') {
    // Parsed by DOMParser, whose markup never passes the patched setters: only the insertion
    // method can catch it.
    const parsed = new DOMParser().parseFromString(markup, 'text/html')
    return document.importNode(parsed.querySelector(tag)!, true)
  }
  const el = document.createElement(tag)
  if (set == 'property') (el as unknown as Record<string, string>)[URL_OF[tag]] = url
  else el.setAttribute(URL_OF[tag], url)
  return el
}

// Whether an element would fetch its URL now: a runnable script with src, or any URL at all.
const live = (el: Element) =>
  el.localName == 'script'
    ? el.hasAttribute('src') && (el as HTMLScriptElement).type != 'text/plain'
    : el.hasAttribute(URL_OF[el.localName as keyof typeof URL_OF])
