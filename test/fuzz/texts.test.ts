import { fireEvent, waitFor } from '@testing-library/preact'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkConfig, createConsent, type ConsentConfig } from 'consentry'
import { createUI, en, type Texts } from 'consentry/ui'
import { safeUrl } from '../../src/ui/safe-url'
import { fakeJar } from '../helpers'
import { shadowWith, uiConfig } from '../ui/show-ui'
import { HOSTILE_TEXTS } from './arbitraries'

const ALLOWED = ['http', 'https', 'mailto']

/**
 * The scheme a browser will see, read by the URL standard's own first steps (strip leading and
 * trailing C0 controls and spaces, drop every tab and newline), without its parser: undefined
 * for a relative URL.
 */
const schemeOf = (url: string) =>
  /^([a-z][a-z\d+.-]*):/i
    .exec(url.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '').replace(/[\t\n\r]/g, ''))?.[1]
    ?.toLowerCase()
const allowed = (url: string) => {
  const scheme = schemeOf(url)
  return scheme === undefined || ALLOWED.includes(scheme)
}

const scheme = fc.constantFrom(
  ...['javascript', 'JaVaScRiPt', 'data', 'DATA', 'vbscript', 'VBScript', 'file', 'blob'],
  ...['about', 'ftp', 'ws', 'tel', 'intent', 'http', 'https', 'HTTPS', 'mailto', 'MailTo'],
)
const noise = fc.constantFrom(
  ...['', ' ', '\t', '\n', '\r', '\0', '\x01', '\x1f', '\x7f', '\xa0', '\u200b', '\ufeff'],
  ...['%09', '%0a', '&#9;', '&Tab;', '&#x0A;', '\\', '/'],
)
// A scheme with characters slipped in front and inside, and the colon written many ways.
const trickUrl = fc
  .tuple(
    fc.array(noise, { maxLength: 3 }),
    scheme,
    fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 }),
    fc.constantFrom(':', ':', '&colon;', '%3A', '\uff1a', '&#58;', '\\u003a'),
    fc.constantFrom('alert(1)', '//example.com/x', 'dpo@example.com', 'text/html,<b>x</b>', ''),
  )
  .map(([lead, name, inside, colon, rest]) => {
    let out = name
    for (const [at, text] of inside) {
      const i = at % (out.length + 1)
      out = out.slice(0, i) + text + out.slice(i)
    }
    return lead.join('') + out + colon + rest
  })
const url = fc.oneof(
  trickUrl,
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 40 }),
)

describe('safeUrl', () => {
  it('links only to https:, http:, mailto: and relative URLs, and to every one the browser reads', () => {
    fc.assert(
      fc.property(url, (url) => {
        const out = safeUrl(url)
        if (out === undefined) {
          // Dropped although allowed: only what the browser could not parse either.
          if (url && allowed(url)) expect(() => new URL(url, document.baseURI), url).toThrow()
          return
        }
        expect(out).toBe(url)
        expect(allowed(url), url).toBe(true)
        const link = document.createElement('a')
        link.setAttribute('href', out)
        expect(['http:', 'https:', 'mailto:']).toContain(link.protocol)
      }),
      { numRuns: 5000 },
    )
  }, 60_000)
})

const text = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.tuple(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
)
const localized = fc.oneof(
  text,
  fc.record({ en: text, de: text }),
  fc.record({ de: text, fr: text }),
)
const keys = Object.keys(en) as (keyof Texts)[]

/** The UI config with every string field that reaches the page filled by an attacker. */
const hostileConfig = fc
  .record({
    texts: fc.tuple(...keys.map(() => text)),
    categories: fc.array(fc.tuple(localized, localized), { minLength: 4, maxLength: 4 }),
    services: fc.array(fc.record({ name: text, provider: text, purpose: localized, url }), {
      minLength: 4,
      maxLength: 4,
    }),
    cookie: fc.record({
      name: fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '_ga'),
      purpose: localized,
    }),
    privacyPolicyUrl: url,
    ui: fc.record({
      layout: fc.constantFrom('bar', 'bar-top', 'box', 'modal'),
      floatingButton: fc.boolean(),
      closeButton: fc.boolean(),
    }),
  })
  .map((fields): ConsentConfig => {
    const config = uiConfig()
    config.texts = { en: Object.fromEntries(keys.map((key, i) => [key, fields.texts[i]!])) }
    Object.values(config.categories).forEach((category, i) => {
      ;[category.title, category.description] = fields.categories[i]!
    })
    Object.values(config.services!).forEach((service, i) => {
      const { name, provider, purpose, url } = fields.services[i]!
      Object.assign(service, { name, provider, purpose, privacyPolicyUrl: url })
    })
    config.cookies!.push({ ...fields.cookie, category: 'analytics' })
    config.privacyPolicyUrl = fields.privacyPolicyUrl
    config.ui = fields.ui
    return config
  })

// What the UI itself is made of; the floating button's icon is its only SVG.
const TAGS = 'style div h2 h3 h4 p a button span ul li table thead tbody tr th td code svg path'
const ATTRIBUTES =
  'class part role id href target tabindex disabled hidden scope viewbox fill d download ' +
  'aria-label aria-labelledby aria-describedby aria-modal aria-checked aria-expanded aria-hidden'

describe('the banner and the preferences with hostile texts', () => {
  it('render every text as text and link only to allowed URLs', async () => {
    await fc.assert(
      fc.asyncProperty(hostileConfig, fc.nat(3), async (config, pick) => {
        expect(checkConfig(config)).toEqual([])
        // An embed for a placeholder in one case out of four: jsdom builds a window for it.
        document.body.innerHTML = pick
          ? ''
          : '<iframe data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>'
        const consent = createConsent(config, { ui: createUI(), jar: fakeJar() })
        try {
          await waitFor(() => shadowWith('[role=status]'))
          const main = shadowWith('[role=status]')
          fireEvent.click(main.querySelector('button[part~="customize"]')!)
          for (let more; (more = main.querySelector('.dialog [aria-expanded="false"]'));)
            fireEvent.click(more)

          const t = { ...en, ...config.texts!.en }
          expect(main.querySelector('#consentry-banner-title')!.textContent).toBe(t.bannerTitle)
          expect(main.querySelector('#consentry-preferences-title')!.textContent).toBe(
            t.preferencesTitle,
          )
          for (const [id, service] of Object.entries(config.services!)) {
            expect(main.querySelector(`#consentry-service-${id}`)!.textContent).toBe(
              service.name || id,
            )
            if (service.provider)
              expect(main.textContent).toContain(`${t.provider}: ${service.provider}`)
          }
          expect(Array.from(main.querySelectorAll('code'), (code) => code.textContent)).toContain(
            config.cookies!.at(-1)!.name,
          )

          const roots = Array.from(
            document.querySelectorAll('consentry-ui'),
            (host) => host.shadowRoot!,
          )
          const elements = roots.flatMap((root) => Array.from(root.querySelectorAll('*')))
          for (const element of elements) {
            expect(TAGS.split(' '), element.outerHTML).toContain(element.localName)
            if (element.localName == 'svg') expect(element.getAttribute('aria-hidden')).toBe('true')
            for (const name of element.getAttributeNames())
              expect(ATTRIBUTES.split(' '), element.outerHTML).toContain(name.toLowerCase())
          }
          const links = roots.flatMap((root) => Array.from(root.querySelectorAll('a')))
          for (const link of links) {
            const href = link.getAttribute('href')!
            expect(allowed(href), href).toBe(true)
            expect(['http:', 'https:', 'mailto:']).toContain(link.protocol)
          }
          // And every link that is allowed is there: the site's policy in the banner and the
          // preferences, each service's.
          const given = [config.privacyPolicyUrl!, config.privacyPolicyUrl!]
          for (const service of Object.values(config.services!))
            given.push(service.privacyPolicyUrl!)
          const linkable = given.filter(
            (href) => href && allowed(href) && URL.canParse(href, document.baseURI),
          )
          expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(linkable.sort())
          // Nothing outside the UI's own hosts either.
          expect(document.querySelectorAll('script, img, svg, object, embed')).toHaveLength(0)
        } finally {
          consent.destroy()
          document.body.innerHTML = ''
        }
      }),
      { numRuns: 200 },
    )
  }, 60_000)
})
