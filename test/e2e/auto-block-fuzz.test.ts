import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { acceptAll, requestsTo, serveAutoblockPages } from './autoblock-fixtures'
import { consentryReady, settle, useDemo } from './harness'

// Hosts of services vendors.html declares (hotjar, meta-pixel, youtube), none granted yet.
const HOSTS = ['static.hotjar.com', 'connect.facebook.net', 'www.youtube.com']

// How each element kind fetches, and whether the browser would ever run or load it when it
// arrives through markup (a script given to innerHTML never runs, so it is left out there).
// A script imported from DOMParser's document runs when inserted, as one made here does.
const KINDS = {
  script: { attribute: 'src', property: 'src', markup: false },
  iframe: { attribute: 'src', property: 'src', markup: true },
  img: { attribute: 'src', property: 'src', markup: true },
  embed: { attribute: 'src', property: 'src', markup: true },
  object: { attribute: 'data', property: 'data', markup: true },
  link: { attribute: 'href', property: 'href', markup: true },
} as const
type Kind = keyof typeof KINDS

// `import`: parsed by DOMParser (which auto-blocking does not see) and imported with its URL in
// place, so that only the insertion method can catch it.
const SETS = [
  'property',
  'setAttribute',
  'innerHTML',
  'insertAdjacentHTML',
  'outerHTML',
  'setHTMLUnsafe',
  'contextualFragment',
  'import',
] as const
// Markup whose scripts the browser never runs (a contextual fragment's do run once inserted).
const INERT_SCRIPTS: readonly string[] = [
  'innerHTML',
  'insertAdjacentHTML',
  'outerHTML',
  'setHTMLUnsafe',
]
const INSERTS = [
  'appendChild',
  'insertBefore',
  'replaceChild',
  'append',
  'prepend',
  'before',
  'after',
  'replaceWith',
  'replaceChildren',
  'insertAdjacentElement',
  'rangeInsertNode',
  'afterText',
  'surroundContents',
] as const

const step = fc
  .record({
    kind: fc.constantFrom(...(Object.keys(KINDS) as Kind[])),
    host: fc.constantFrom(...HOSTS),
    set: fc.constantFrom(...SETS),
    insert: fc.constantFrom(...INSERTS),
  })
  .filter(({ kind, set }) => KINDS[kind].markup || !INERT_SCRIPTS.includes(set))
  // An <object> wrapped around other nodes shows them as its fallback content, and Chromium then
  // ignores its data once granted (README: known gaps): held, but never requested.
  .filter(({ kind, insert }) => kind != 'object' || insert != 'surroundContents')

type Step = { kind: Kind; host: string; set: (typeof SETS)[number]; insert: string; url: string }

/*
 * Runs in the page: builds each element the way a step says (its URL set by property or
 * attribute, or parsed from markup), then puts it into the document with the step's method.
 * A link is a preload, with its `rel` set first (README, known gaps: a `rel` set after `href`).
 * Returns the URLs that are live now: a runnable script's `src`, any other element's URL.
 */
function insertAll({ steps, kinds }: { steps: Step[]; kinds: typeof KINDS }): string[] {
  const box = document.body.appendChild(document.createElement('section'))
  for (const { kind, set, insert, url } of steps) {
    const { attribute, property } = kinds[kind]
    const extra = kind == 'link' ? ' rel="preload" as="image"' : ''
    const markup = `<${kind}${extra} ${attribute}="${url}"></${kind}>`
    let el: Element
    if (set == 'property' || set == 'setAttribute') {
      el = document.createElement(kind)
      if (kind == 'link') Object.assign(el, { rel: 'preload', as: 'image' })
      if (set == 'property') (el as unknown as Record<string, string>)[property] = url
      else el.setAttribute(attribute, url)
    } else if (set == 'import') {
      const parsed = new DOMParser().parseFromString(markup, 'text/html')
      el = document.importNode(parsed.querySelector(kind)!, true)
    } else if (set == 'contextualFragment') {
      el = document.createRange().createContextualFragment(markup).firstElementChild!
    } else {
      const holder = document.createElement('div')
      if (set == 'innerHTML') holder.innerHTML = markup
      else if (set == 'insertAdjacentHTML') holder.insertAdjacentHTML('afterbegin', markup)
      else if (set == 'setHTMLUnsafe') holder.setHTMLUnsafe(markup)
      else holder.appendChild(document.createElement('span')).outerHTML = markup
      el = holder.firstElementChild!
    }
    const spot = box.appendChild(document.createElement('span'))
    if (insert == 'appendChild') box.appendChild(el)
    else if (insert == 'insertBefore') box.insertBefore(el, spot)
    else if (insert == 'replaceChild') box.replaceChild(el, spot)
    else if (insert == 'append') box.append(el)
    else if (insert == 'prepend') box.prepend(el)
    else if (insert == 'before') spot.before(el)
    else if (insert == 'after') spot.after(el)
    else if (insert == 'replaceWith') spot.replaceWith(el)
    else if (insert == 'replaceChildren') spot.replaceChildren(el)
    else if (insert == 'insertAdjacentElement') spot.insertAdjacentElement('afterend', el)
    else if (insert == 'afterText') box.appendChild(document.createTextNode(' ')).after(el)
    else {
      const range = document.createRange()
      range.selectNode(spot)
      if (insert == 'surroundContents') range.surroundContents(el)
      else range.insertNode(el)
    }
  }
  return [...box.querySelectorAll(Object.keys(kinds).join())].flatMap((el) => {
    const url = el.getAttribute(kinds[el.localName as Kind].attribute)
    const inert = el.localName == 'script' && (el as HTMLScriptElement).type == 'text/plain'
    return url && !inert ? [url] : []
  })
}

describe('auto-blocking, fuzzed in Chromium', () => {
  const demo = useDemo()

  it('never lets a declared host be requested before its grant, whatever the element, the way its URL is set and the insertion method', async () => {
    const visitor = await demo.visitor()
    await serveAutoblockPages(visitor)
    const page = await visitor.open('/autoblock/vendors.html')
    await consentryReady(page)
    await settle(page)
    const before = visitor.now()
    const inserted: string[] = []
    let count = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (drawn) => {
        const steps = drawn.map((s) => ({ ...s, url: `https://${s.host}/fuzz/${count++}` }))
        inserted.push(...steps.map((s) => s.url))
        expect(await page.evaluate(insertAll, { steps, kinds: KINDS })).toEqual([])
      }),
      { numRuns: 25 },
    )
    await settle(page)
    expect(requestsTo(visitor, HOSTS, before).filter((url) => url.includes('/fuzz/'))).toEqual([])

    // Held, not lost: once granted, every one of them is requested.
    await acceptAll(page)
    await expect
      .poll(() =>
        requestsTo(visitor, HOSTS, before)
          .filter((url) => url.includes('/fuzz/'))
          .sort(),
      )
      .toEqual([...new Set(inserted)].sort())
    // Up to 150 elements, their scripts run one after another: a budget by count, so the timeout
    // only catches a hang.
  }, 60_000)
})
