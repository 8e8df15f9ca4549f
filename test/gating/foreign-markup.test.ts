import { describe, expect, it, vi } from 'vitest'
import { buildModel } from '../../src/config/build-model'
import { createForeignMarkup, resolveForeignName } from '../../src/gating/foreign-markup'
import { siteConfig, start } from '../helpers'

// Gated scripts run one task apart (the gate yields between them): let a few tasks pass.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
// Scripts run in jsdom's own global, so they report through the shared DOM.
const ran = () => document.title.split(',').filter(Boolean)

// A config as a Cookiebot site would port it: Consentry's own category names.
const config = (extra: object = {}) => ({
  ...siteConfig(),
  categories: { ...siteConfig().categories, functional: {} },
  ...extra,
})

describe('foreign category names', () => {
  const model = buildModel(config() as never)

  it('maps well-known names the config lacks to its own categories', () => {
    expect(resolveForeignName(model, 'statistics')).toBe('analytics')
    expect(resolveForeignName(model, 'preferences')).toBe('functional')
    expect(resolveForeignName(model, 'Marketing')).toBe('marketing')
    expect(resolveForeignName(model, 'necessary')).toBe('necessary')
  })

  it('takes a name the config declares as it is, service ids included', () => {
    expect(resolveForeignName(model, 'analytics')).toBe('analytics')
    expect(resolveForeignName(model, 'google-analytics')).toBe('google-analytics')
  })

  it('follows the config aliases first, and resolves nothing for an alias to an unknown id', () => {
    const aliased = buildModel(
      config({ aliases: { statistics: 'hotjar', googleAnalytics: 'google-analytics', x: 'y' } }),
    )
    expect(resolveForeignName(aliased, 'statistics')).toBe('hotjar')
    expect(resolveForeignName(aliased, 'googleAnalytics')).toBe('google-analytics')
    expect(resolveForeignName(aliased, 'x')).toBeUndefined()
  })

  it('resolves nothing for a name that fits no category or service', () => {
    expect(resolveForeignName(model, 'unclassified')).toBeUndefined()
  })
})

describe('markup from other consent tools', () => {
  it('runs Cookiebot scripts only once their mapped category is granted', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-cookieconsent="statistics">document.title += 'stats,'</script>
      <script type="text/plain" data-cookieconsent="marketing">document.title += 'ads,'</script>`
    const consent = start(config())
    await flush()
    expect(ran()).toEqual([])
    consent.save({ categories: ['analytics'] })
    await flush()
    expect(ran()).toEqual(['stats'])
  })

  it('runs a Cookiebot script with several categories only when all of them are granted', async () => {
    document.body.innerHTML = `<script type="text/plain" data-cookieconsent="statistics, marketing">document.title += 'both,'</script>`
    const consent = start(config())
    consent.save({ categories: ['analytics'] })
    await flush()
    expect(ran()).toEqual([])
    consent.save({ categories: ['analytics', 'marketing'] })
    await flush()
    expect(ran()).toEqual(['both'])
  })

  it('loads a Cookiebot iframe from data-cookieblock-src once granted', async () => {
    document.body.innerHTML = `<iframe data-cookieblock-src="https://www.youtube.com/embed/x" data-cookieconsent="marketing"></iframe>`
    const consent = start(config())
    await flush()
    const iframe = document.querySelector('iframe')!
    expect(iframe.hasAttribute('src')).toBe(false)
    consent.acceptAll()
    await flush()
    expect(iframe.getAttribute('src')).toBe('https://www.youtube.com/embed/x')
  })

  it('gates CookieConsent v3 scripts by their service when declared, else by their category', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="analytics" data-service="hotjar">document.title += 'hotjar,'</script>
      <script type="text/plain" data-category="analytics" data-service="Plausible">document.title += 'plausible,'</script>
      <script type="text/plain" data-category="!analytics">document.title += 'refused,'</script>`
    const consent = start(config())
    consent.save({ services: ['hotjar'] })
    await flush()
    expect(ran()).toEqual(['hotjar'])
    consent.acceptAll()
    await flush()
    expect(ran()).toEqual(['hotjar', 'plausible'])
  })

  it('runs Klaro and Orejime scripts with their data-type and the URL they keep in data-src', async () => {
    document.body.innerHTML = `
      <script type="opt-in" data-type="application/javascript" data-name="youtube">document.title += 'orejime,'</script>
      <script type="text/plain" data-type="text/javascript" data-name="googleAnalytics"
        data-src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>`
    const consent = start(config({ aliases: { googleAnalytics: 'google-analytics' } }))
    await flush()
    expect(ran()).toEqual([])
    consent.acceptAll()
    await flush()
    expect(ran()).toEqual(['orejime'])
    const live = document.querySelector('script[data-name="googleAnalytics"]') as HTMLScriptElement
    expect(live.getAttribute('src')).toBe('https://www.googletagmanager.com/gtag/js?id=G-1')
    expect(live.type).toBe('text/javascript')
    expect(live.getAttribute('data-consent-state')).toBe('active')
  })

  it('leaves running scripts and unrelated data-name elements alone', async () => {
    document.body.innerHTML = `
      <script data-cookieconsent="ignore">document.title += 'site,'</script>
      <div data-name="card"></div>`
    start(config())
    await flush()
    expect(document.querySelector('[data-consent]')).toBeNull()
  })

  it('keeps an element whose name fits nothing inert, even after "Accept all"', async () => {
    document.body.innerHTML = `<script type="text/plain" data-cookieconsent="unclassified">document.title += 'x,'</script>`
    start(config()).acceptAll()
    await flush()
    expect(ran()).toEqual([])
  })

  it('gates foreign markup added after start', async () => {
    const consent = start(config())
    consent.acceptAll()
    document.body.insertAdjacentHTML(
      'beforeend',
      `<script type="text/plain" data-name="hotjar">document.title += 'late,'</script>`,
    )
    await flush()
    expect(ran()).toEqual(['late'])
  })
})

// What a page that enforces Trusted Types does with a plain string as a script's URL (jsdom has
// no Trusted Types): the DOM throws a TypeError, for this element only.
const refuseScriptUrl = (
  el: Element,
  error: Error = new TypeError('TrustedScriptURL required'),
) => {
  const setAttribute = el.setAttribute.bind(el)
  el.setAttribute = (name: string, value: string) => {
    if (name == 'src') throw error
    setAttribute(name, value)
  }
}

const KLARO_BY_URL = `<script type="text/plain" data-name="googleAnalytics"
  data-src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>`

describe('a script whose data-src the page refuses as its URL (Trusted Types)', () => {
  const model = buildModel(config({ aliases: { googleAnalytics: 'google-analytics' } }) as never)

  it('stays inert with its data-src, is reported once, and the next element is still read', async () => {
    document.body.innerHTML = `${KLARO_BY_URL}
      <script type="text/plain" data-name="hotjar">document.title += 'hotjar,'</script>`
    const [klaro, next] = document.querySelectorAll('script')
    refuseScriptUrl(klaro!)
    const refused = vi.fn()
    createForeignMarkup(model, () => true, refused)(document)
    await flush()
    expect(klaro!.getAttribute('data-consent')).toBe('')
    expect(klaro!.getAttribute('data-src')).toBe('https://www.googletagmanager.com/gtag/js?id=G-1')
    expect(klaro!.hasAttribute('src')).toBe(false)
    expect(refused).toHaveBeenCalledTimes(1)
    expect(refused).toHaveBeenCalledWith('google-analytics', klaro, expect.any(TypeError))
    expect(next!.getAttribute('data-consent')).toBe('hotjar')
  })

  it('lets any other error escape', () => {
    document.body.innerHTML = KLARO_BY_URL
    refuseScriptUrl(document.querySelector('script')!, new Error('not a refusal'))
    const translate = createForeignMarkup(model, () => true, vi.fn())
    expect(() => translate(document)).toThrow('not a refusal')
  })

  it("reports it through on('error') to a listener added after createConsent, and runs the rest once accepted", async () => {
    document.body.innerHTML = `${KLARO_BY_URL}
      <script type="text/plain" data-consent="analytics">document.title += 'own,'</script>
      <script type="text/plain" data-cookieconsent="statistics">document.title += 'cookiebot,'</script>`
    const klaro = document.querySelector('script')!
    refuseScriptUrl(klaro)
    const consent = start(config({ aliases: { googleAnalytics: 'google-analytics' } }))
    const errors = vi.fn()
    consent.on('error', errors)
    consent.acceptAll()
    await flush()
    expect(ran()).toEqual(['own', 'cookiebot'])
    expect(errors.mock.calls).toEqual([
      [{ type: 'script', name: 'google-analytics', element: klaro, error: expect.any(TypeError) }],
    ])
  })

  it('reports a refused Cookiebot script once, though Cookiebot markup is read after every decision', async () => {
    document.body.innerHTML = `<script type="text/plain" data-cookieconsent="statistics"
      data-cookieblock-src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>`
    const cookiebot = document.querySelector('script')!
    refuseScriptUrl(cookiebot)
    const consent = start(config())
    const errors = vi.fn()
    consent.on('error', errors)
    consent.save({ categories: ['marketing'] })
    consent.acceptAll()
    await flush()
    expect(errors).toHaveBeenCalledTimes(1)
    expect(cookiebot.getAttribute('data-consent')).toBe('')
    expect(cookiebot.hasAttribute('src')).toBe(false)
  })
})
