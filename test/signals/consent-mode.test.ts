import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  consentModeState,
  dataLayerEvents,
  googleConsentMode,
  type ConsentConfig,
  type ConsentErrorEvent,
  type ConsentPlugin,
} from 'consentry'
import { start } from '../helpers'
import { AD, DEFAULT, dataLayer, gtagCommands, keys, microtasks, page, signalConfig } from './page'

const consentMode = () => [googleConsentMode(), dataLayerEvents()]

const ALL_SERVICES = [
  'google-analytics',
  'hotjar',
  'meta-pixel',
  'youtube',
  'microsoft-uet',
  'microsoft-clarity',
  'matomo',
  'tiktok-pixel',
]
const ANALYTICS_SERVICES = ['google-analytics', 'hotjar', 'microsoft-clarity', 'matomo']

const event = (
  name: 'consentry_default' | 'consentry_update',
  categories: string[],
  services: string[],
  method?: string,
) => ({ event: name, consentry: { categories, services, method }, _clear: true })

const UNDECIDED = event('consentry_default', ['necessary'], [])

// Gated scripts run one task apart: let a few tasks pass.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('Consent Mode on a first visit', () => {
  it('[gcm.default-first] [gcm.gtm-events] pushes the default with all seven keys denied but security, then consentry_default', () => {
    start(signalConfig(), { plugins: consentMode() })
    expect(dataLayer()).toEqual([DEFAULT, UNDECIDED])
  })

  it('[gcm.arguments] pushes gtag commands as arguments objects, never as arrays', () => {
    start(signalConfig(), { plugins: consentMode() })
    const [command] = page.dataLayer!
    expect(Array.isArray(command)).toBe(false)
    expect(Object.prototype.toString.call(command)).toBe('[object Arguments]')
  })

  it('keeps what the page already queued on dataLayer, in front', () => {
    page.dataLayer = [{ event: 'page_view' }]
    start(signalConfig(), { plugins: consentMode() })
    expect(dataLayer()).toEqual([{ event: 'page_view' }, DEFAULT, UNDECIDED])
  })

  it('pushes nothing when the config does not turn Consent Mode on', () => {
    start(signalConfig({ googleConsentMode: false }), { plugins: [googleConsentMode()] })
    start({ ...signalConfig(), googleConsentMode: undefined }, { plugins: [googleConsentMode()] })
    expect(page.dataLayer).toBeUndefined()
  })
})

describe('Consent Mode on a decision', () => {
  it('pushes an update granting everything mapped after "Accept all"', () => {
    start(signalConfig(), { plugins: consentMode() }).acceptAll()
    expect(dataLayer()).toEqual([
      DEFAULT,
      UNDECIDED,
      ['consent', 'update', keys(...AD, 'analytics_storage')],
      event(
        'consentry_update',
        ['necessary', 'analytics', 'marketing', 'media'],
        ALL_SERVICES,
        'accept-all',
      ),
    ])
  })

  it('pushes an update denying everything but security after "Reject all"', () => {
    start(signalConfig(), { plugins: consentMode() }).rejectAll()
    expect(dataLayer()).toEqual([
      DEFAULT,
      UNDECIDED,
      ['consent', 'update', keys()],
      event('consentry_update', ['necessary'], [], 'reject-all'),
    ])
  })

  it('[gcm.mapping] grants analytics_storage alone when only analytics is chosen', () => {
    start(signalConfig(), { plugins: consentMode() }).save({ categories: ['analytics'] })
    expect(dataLayer()).toEqual([
      DEFAULT,
      UNDECIDED,
      ['consent', 'update', keys('analytics_storage')],
      event('consentry_update', ['necessary', 'analytics'], ANALYTICS_SERVICES, 'custom'),
    ])
  })

  it('grants no key for one service alone that declares none', () => {
    start(signalConfig(), { plugins: consentMode() }).save({ services: ['hotjar'] })
    expect(dataLayer()).toEqual([
      DEFAULT,
      UNDECIDED,
      ['consent', 'update', keys()],
      event('consentry_update', ['necessary'], ['hotjar'], 'custom'),
    ])
  })

  it('grants the keys of one service alone that declares them', () => {
    const config = signalConfig()
    config.services!['google-analytics']!.consentMode = ['analytics_storage']
    start(config, { plugins: consentMode() }).save({ services: ['google-analytics'] })
    expect(dataLayer().slice(2)).toEqual([
      ['consent', 'update', keys('analytics_storage')],
      event('consentry_update', ['necessary'], ['google-analytics'], 'custom'),
    ])
  })

  it('[gcm.update] pushes an update on every decision of the page, withdrawal included', () => {
    const consent = start(signalConfig(), { plugins: [googleConsentMode()] })
    consent.acceptAll()
    consent.rejectAll()
    consent.save({ categories: ['analytics'] })
    expect(gtagCommands()).toEqual([
      DEFAULT,
      ['consent', 'update', keys(...AD, 'analytics_storage')],
      ['consent', 'update', keys()],
      ['consent', 'update', keys('analytics_storage')],
    ])
  })

  it('pushes an all-denied update when the choice is reset', () => {
    const consent = start(signalConfig(), { plugins: [googleConsentMode()] })
    consent.acceptAll()
    consent.reset()
    expect(gtagCommands().at(-1)).toEqual(['consent', 'update', keys()])
  })
})

describe('Consent Mode for a returning visitor', () => {
  it('[gcm.update] pushes the stored choice as an update right after the default, on every page', () => {
    start(signalConfig(), { plugins: consentMode() }).save({ categories: ['marketing'] })
    for (let view = 0; view < 2; view++) {
      delete page.dataLayer
      start(signalConfig(), { plugins: consentMode() })
      expect(dataLayer()).toEqual([
        DEFAULT,
        ['consent', 'update', keys(...AD)],
        event(
          'consentry_default',
          ['necessary', 'marketing'],
          ['meta-pixel', 'microsoft-uet', 'tiktok-pixel'],
          'custom',
        ),
      ])
    }
  })

  it('pushes a denying update for a stored refusal too', () => {
    start(signalConfig(), { plugins: [googleConsentMode()] }).rejectAll()
    delete page.dataLayer
    start(signalConfig(), { plugins: [googleConsentMode()] })
    expect(gtagCommands()).toEqual([DEFAULT, ['consent', 'update', keys()]])
  })
})

describe('Consent Mode settings', () => {
  const regions: NonNullable<Exclude<ConsentConfig['googleConsentMode'], boolean>>['regions'] = [
    { region: ['ES', 'FR'], analytics_storage: 'granted' },
    { region: ['US-CA'], ad_storage: 'granted', analytics_storage: 'granted' },
  ]

  it('[gcm.optional-settings] pushes the regional defaults in order before the global one', () => {
    start(signalConfig({ googleConsentMode: { regions } }), { plugins: [googleConsentMode()] })
    expect(gtagCommands()).toEqual([
      ['consent', 'default', { analytics_storage: 'granted', region: ['ES', 'FR'] }],
      [
        'consent',
        'default',
        { ad_storage: 'granted', analytics_storage: 'granted', region: ['US-CA'] },
      ],
      DEFAULT,
    ])
  })

  it('grants no ad key in a regional default for a visitor with Global Privacy Control', () => {
    start(signalConfig({ googleConsentMode: { regions } }), {
      gpc: true,
      plugins: [googleConsentMode()],
    })
    expect(gtagCommands().slice(0, 2)).toEqual([
      ['consent', 'default', { analytics_storage: 'granted', region: ['ES', 'FR'] }],
      [
        'consent',
        'default',
        { ad_storage: 'denied', analytics_storage: 'granted', region: ['US-CA'] },
      ],
    ])
  })

  it('[gcm.optional-settings] adds wait_for_update to every default, and sets redaction and passthrough after them', () => {
    const googleConsentMode_ = {
      regions: regions.slice(0, 1),
      waitForUpdate: 500,
      adsDataRedaction: true,
      urlPassthrough: true,
    }
    start(signalConfig({ googleConsentMode: googleConsentMode_ }), {
      plugins: [googleConsentMode()],
    })
    expect(gtagCommands()).toEqual([
      [
        'consent',
        'default',
        { analytics_storage: 'granted', wait_for_update: 500, region: ['ES', 'FR'] },
      ],
      ['consent', 'default', { ...keys(), wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ])
  })

  it('[gcm.optional-settings] sets neither redaction nor passthrough unless asked', () => {
    start(signalConfig({ googleConsentMode: { adsDataRedaction: false, urlPassthrough: false } }), {
      plugins: [googleConsentMode()],
    })
    expect(gtagCommands()).toEqual([DEFAULT])
  })

  it('leaves the default to a GTM template and pushes only the decisions of the page', () => {
    const config = signalConfig({ googleConsentMode: { template: true } })
    start(config, { plugins: [googleConsentMode()] }).acceptAll()
    expect(gtagCommands()).toEqual([['consent', 'update', keys(...AD, 'analytics_storage')]])

    delete page.dataLayer
    const returning = start(config, { plugins: [googleConsentMode()] })
    expect(page.dataLayer).toBeUndefined()
    returning.rejectAll()
    expect(gtagCommands()).toEqual([['consent', 'update', keys()]])
  })

  it('skips a default the page already pushed (defaultSent)', () => {
    start(signalConfig(), { plugins: [googleConsentMode({ defaultSent: true })] }).acceptAll()
    expect(gtagCommands()).toEqual([['consent', 'update', keys(...AD, 'analytics_storage')]])
  })
})

describe('Consent Mode key mapping', () => {
  it("[gcm.mapping] uses a category's own consentMode instead of the default mapping", () => {
    const config = signalConfig()
    config.categories.marketing!.consentMode = ['ad_storage']
    config.categories.media!.consentMode = ['functionality_storage']
    start(config, { plugins: [googleConsentMode()] }).save({ categories: ['marketing', 'media'] })
    expect(gtagCommands().at(-1)).toEqual([
      'consent',
      'update',
      keys('ad_storage', 'functionality_storage'),
    ])
  })

  it('[gcm.mapping] maps preferences to functionality and personalization by default', () => {
    const config = signalConfig()
    config.categories.preferences = {}
    start(config, { plugins: [googleConsentMode()] }).save({ categories: ['preferences'] })
    expect(gtagCommands().at(-1)).toEqual([
      'consent',
      'update',
      keys('functionality_storage', 'personalization_storage'),
    ])
  })

  it('[gcm.mapping] adds the keys a granted service declares to those of granted categories', () => {
    const config = signalConfig()
    config.services!.youtube!.consentMode = ['personalization_storage']
    start(config, { plugins: [googleConsentMode()] }).save({
      categories: ['analytics'],
      services: ['youtube'],
    })
    expect(gtagCommands().at(-1)).toEqual([
      'consent',
      'update',
      keys('analytics_storage', 'personalization_storage'),
    ])
  })

  it('grants no key for a category named like an Object.prototype member', () => {
    const config = signalConfig()
    config.categories['constructor'] = {}
    start(config, { plugins: [googleConsentMode()] }).save({ categories: ['constructor'] })
    expect(gtagCommands().at(-1)).toEqual(['consent', 'update', keys()])
  })

  it('gives the current state through consentModeState', () => {
    const consent = start(signalConfig())
    expect(consentModeState(consent)).toEqual(keys())
    consent.save({ categories: ['analytics'] })
    expect(consentModeState(consent)).toEqual(keys('analytics_storage'))
  })
})

describe('basic and advanced mode', () => {
  const page_ = () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="google-analytics">document.title += 'ga,'</script>
      <script type="text/plain" data-consent="hotjar">document.title += 'hotjar,'</script>`
  }
  const ran = () => document.title.split(',').filter(Boolean)
  const config = (mode: 'basic' | 'advanced') => {
    const config = signalConfig({ googleConsentMode: { mode } })
    config.services!['google-analytics']!.consentMode = ['analytics_storage']
    return config
  }

  it('[gcm.basic-mode] keeps Google tags gated until consent in basic mode', async () => {
    page_()
    start(config('basic'), { plugins: [googleConsentMode()] })
    await flush()
    expect(ran()).toEqual([])
  })

  it('[gcm.basic-mode] runs a Google tag with consentMode before consent in advanced mode, after the default', async () => {
    page_()
    let commandsWhenInserted = -1
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-consent="google-analytics"][data-consent-state]'))
        commandsWhenInserted = gtagCommands().length
    })
    observer.observe(document.body, { childList: true, subtree: true })
    start(config('advanced'), { plugins: [googleConsentMode()] })
    await flush()
    observer.disconnect()
    expect(ran()).toEqual(['ga'])
    expect(commandsWhenInserted).toBe(1)
    expect(gtagCommands()).toEqual([DEFAULT])
  })

  it('[gcm.basic-mode] falls back to basic mode, with a warning, when advanced mode has no plugin to send the signals', async () => {
    page_()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    start(config('advanced'))
    await flush()
    expect(ran()).toEqual([])
    expect(warn.mock.calls[0]![0]).toMatch(/"advanced" needs the googleConsentMode\(\) plugin/)
  })

  it('[gcm.basic-mode] is documented in the README as a legal risk in the EU, with basic as the default', () => {
    // vitest runs from the repository's root.
    const readme = readFileSync('README.md', 'utf8')
    const advanced = readme.slice(readme.indexOf('- `mode: "advanced"`')).split('\n\n')[0]!
    expect(advanced).toMatch(/\*\*Legal risk:\*\* in the EU/)
    expect(advanced).toMatch(/The default, `"basic"`, keeps them inert until the visitor agrees/)
  })
})

describe('dataLayer events', () => {
  it('[gcm.gtm-events] names the method, granted categories and services, and clears GTM merging', () => {
    const consent = start(signalConfig(), { plugins: [dataLayerEvents()] })
    consent.save({ categories: ['analytics'], services: { hotjar: false, youtube: true } })
    expect(dataLayer()).toEqual([
      UNDECIDED,
      event(
        'consentry_update',
        ['necessary', 'analytics'],
        ['google-analytics', 'youtube', 'microsoft-clarity', 'matomo'],
        'custom',
      ),
    ])
  })

  it('pushes objects, not gtag commands', () => {
    start(signalConfig(), { plugins: [dataLayerEvents()] })
    expect(Object.prototype.toString.call(page.dataLayer![0])).toBe('[object Object]')
  })
})

describe('plugins', () => {
  it('reports a plugin whose setup throws as an error event and starts the others', async () => {
    const errors: ConsentErrorEvent[] = []
    const listener: ConsentPlugin = {
      name: 'listener',
      setup: (consent) => void consent.on('error', (error) => errors.push(error)),
    }
    const failure = new Error('broken plugin')
    const broken: ConsentPlugin = {
      name: 'broken',
      setup() {
        throw failure
      },
    }
    const consent = start(signalConfig(), {
      plugins: [listener, broken, googleConsentMode()],
    })
    await microtasks()
    expect(errors).toEqual([{ type: 'plugin', name: 'broken', error: failure }])
    consent.acceptAll()
    expect(consent.isGranted('analytics')).toBe(true)
    expect(gtagCommands()).toEqual([
      DEFAULT,
      ['consent', 'update', keys(...AD, 'analytics_storage')],
    ])
  })

  it('lets the page hear of a plugin that failed to start, once it can listen', async () => {
    const broken: ConsentPlugin = {
      name: 'broken',
      setup() {
        throw new Error('broken plugin')
      },
    }
    const consent = start(signalConfig(), { plugins: [broken] })
    const errors: ConsentErrorEvent[] = []
    consent.on('error', (error) => errors.push(error))
    await microtasks()
    expect(errors.map(({ type, name }) => ({ type, name }))).toEqual([
      { type: 'plugin', name: 'broken' },
    ])
  })

  it('runs every teardown on destroy() and pushes nothing after it', () => {
    const teardown = vi.fn()
    const consent = start(signalConfig(), {
      plugins: [{ name: 'custom', setup: () => teardown }, ...consentMode()],
    })
    consent.destroy()
    expect(teardown).toHaveBeenCalledTimes(1)
    const before = dataLayer()
    consent.acceptAll()
    consent.reset()
    expect(dataLayer()).toEqual(before)
  })

  it('stops pushing updates once its own teardown has run', () => {
    const plugin = googleConsentMode()
    const stops: (() => void)[] = []
    const wrapped: ConsentPlugin = {
      name: 'wrapped',
      setup(consent) {
        const stop = plugin.setup(consent)
        if (stop) stops.push(stop)
      },
    }
    const consent = start(signalConfig(), { plugins: [wrapped] })
    expect(stops).toHaveLength(1)
    stops[0]!()
    consent.acceptAll()
    expect(gtagCommands()).toEqual([DEFAULT])
  })
})
