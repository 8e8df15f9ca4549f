import { describe, expect, it } from 'vitest'
import { checkConfig, ConfigError, createConsent } from 'consentry'
import { siteConfig } from '../helpers'

const issuesOf = (config: unknown) => checkConfig(config).map((i) => `${i.path}: ${i.message}`)

describe('checkConfig', () => {
  it('accepts a realistic site config', () => {
    expect(checkConfig(siteConfig())).toEqual([])
  })

  it('names the JSON path, what was expected and what was found', () => {
    const config = siteConfig()
    config.categories.analytics!.cookies = [
      { name: '_a' },
      { name: '_b' },
      { name: 42 as unknown as string },
    ]
    expect(issuesOf(config)).toEqual([
      'categories.analytics.cookies[2].name: expected a string, got 42',
    ])
  })

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf({
      revision: -1,
      categories: { necessary: { required: 'yes' } },
      services: { ga: { category: 5 } },
      cookie: { path: 7 },
      caterogies: {},
    })
    expect(issues).toEqual([
      'revision: expected an integer ≥ 0, got -1',
      'categories.necessary.required: expected true or false, got "yes"',
      'services.ga.category: expected letters, digits, "-" or "_" (at most 64), got 5',
      'cookie.path: expected a string, got 7',
      'caterogies: unknown option (misspelt?)',
    ])
  })

  it('reports missing required fields and wrong root types', () => {
    expect(issuesOf({})).toEqual([
      'revision: expected an integer ≥ 0, got nothing',
      'categories: expected an object, got nothing',
    ])
    expect(issuesOf(null)).toEqual([': expected an object, got null'])
    expect(issuesOf([])).toEqual([': expected an object, got an array'])
  })

  it('quotes keys that are not names in paths', () => {
    const issues = issuesOf({ revision: 1, categories: { 'bad id!': { required: true } } })
    expect(issues).toEqual([
      'categories["bad id!"]: expected a name of letters, digits, "-" or "_" (at most 64), got "bad id!"',
    ])
  })

  it('requires a category marked required, for necessary cookies', () => {
    expect(issuesOf({ revision: 1, categories: { analytics: {} } })).toEqual([
      'categories: expected a category with "required": true (for necessary cookies), got an object',
    ])
  })

  it('checks cross-references between services, categories and cookies', () => {
    const issues = issuesOf({
      revision: 1,
      categories: { necessary: { required: true }, analytics: {} },
      services: { analytics: { category: 'analytics' }, ga: { category: 'stats' } },
      cookies: [
        { name: 'a' },
        { name: 'b', category: 'analytics', service: 'ga' },
        { name: 'c', service: 'nope' },
        { name: 'd', category: 'nope' },
      ],
    })
    expect(issues).toEqual([
      'services.analytics: expected an id not used by a category, got "analytics"',
      'services.ga.category: expected one of "necessary", "analytics", got "stats"',
      'cookies[0]: expected exactly one of "category" or "service", got an object',
      'cookies[1]: expected exactly one of "category" or "service", got an object',
      'cookies[2].service: expected a declared id, got "nope"',
      'cookies[3].category: expected a declared id, got "nope"',
    ])
  })

  it('rejects patterns that do not compile or could make matching slow', () => {
    const config = siteConfig()
    config.services!.hotjar!.cookies = [{ name: '/(/' }, { name: '/(a+)+$/' }, { name: '' }]
    expect(issuesOf(config)).toEqual([
      'services.hotjar.cookies[0].name: expected a cookie name, pattern or safe /regex/, got "/(/"',
      'services.hotjar.cookies[1].name: expected a cookie name, pattern or safe /regex/, got "/(a+)+$/"',
      'services.hotjar.cookies[2].name: expected a cookie name, pattern or safe /regex/, got ""',
    ])
  })

  it('[store.expiry] rejects unreadable durations and expiries past 13 months', () => {
    const config = siteConfig()
    config.services!['meta-pixel']!.cookies = [{ name: '_fbp', duration: 'forever' }]
    config.expiry = { consent: '2 years', refusal: 0 }
    expect(issuesOf(config)).toEqual([
      'services.meta-pixel.cookies[0].duration: expected a duration such as "14 days", "session" or seconds, got "forever"',
      'expiry.consent: expected a duration from 1 second to 13 months, got "2 years"',
      'expiry.refusal: expected a duration from 1 second to 13 months, got 0',
    ])
  })

  it('truncates long found values in messages', () => {
    const [issue] = checkConfig({ revision: 'x'.repeat(500), categories: {} })
    expect(issue!.message.length).toBeLessThan(80)
  })

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, 0, 'x', Symbol('s'), () => 1, new Date(), { revision: 1n }]
    for (const value of weird) expect(() => checkConfig(value)).not.toThrow()
  })
})

describe('createConsent with an invalid config', () => {
  it('throws a ConfigError that lists every issue', () => {
    let error: unknown
    try {
      createConsent({ revision: 'one', categories: [] })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).issues).toHaveLength(2)
    expect((error as ConfigError).message).toContain('revision: expected an integer ≥ 0, got "one"')
  })

  it('activates nothing', () => {
    document.body.innerHTML =
      '<script type="text/plain" data-consent="necessary">window.ran = 1</script>'
    expect(() => createConsent({ revision: 1, categories: { necessary: {} } })).toThrow(ConfigError)
    expect(document.querySelector('script')!.type).toBe('text/plain')
  })
})

describe('ids that Object.prototype also has', () => {
  it('are not found unless declared', () => {
    const issues = checkConfig({
      revision: 1,
      categories: { necessary: { required: true } },
      services: { toString: { category: 'constructor' } },
      cookies: [{ name: 'x', category: 'hasOwnProperty' }],
    }).map((i) => i.path)
    expect(issues).toEqual(['services.toString.category', 'cookies[0].category'])
  })
})
