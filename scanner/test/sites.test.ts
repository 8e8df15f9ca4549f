import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkConfig } from '../../src/config/check-config'
import { startFixtures, type FixtureServer } from './fixture-server'
import { runScan, violationsOf } from './scan'

let fixtures: FixtureServer
const scan = (url: string, args: string[] = []) =>
  runScan(url, [...fixtures.browserArgs.map((flag) => `--browser-arg=${flag}`), ...args])

beforeAll(async () => void (fixtures = await startFixtures()))
afterAll(() => fixtures?.close())

// What the leaky site's pasted snippets load and set, before any choice and after "Reject all".
const LEAKED_HOSTS = [
  'connect.facebook.net (meta-pixel)',
  'static.hotjar.com (hotjar)',
  'www.facebook.com (meta-pixel)',
  'www.google-analytics.com (google-analytics)',
  'www.googletagmanager.com (google-analytics)',
]
const LEAKED_COOKIES = ['_fbp', '_ga', '_ga_LEAKY1', '_hjSessionUser_3512345', '_hjSession_3512345']

describe('a leaky WordPress-like site (vanilla-cookieconsent banner, trackers not gated)', () => {
  let run: Awaited<ReturnType<typeof scan>>
  beforeAll(async () => void (run = await scan('http://leaky.test/')))

  it('reports every tracker and cookie before consent and after "Reject all", on every page', () => {
    const perPage = (path: string) => [
      ...LEAKED_HOSTS.flatMap((host) => [
        `tracker-before-consent ${path} ${host}`,
        `tracker-after-reject ${path} ${host}`,
      ]),
      ...LEAKED_COOKIES.flatMap((name) => [
        `cookie-before-consent ${path} ${name}`,
        `cookie-after-reject ${path} ${name}`,
      ]),
      `consent-mode-late ${path} www.google-analytics.com`,
      `consent-mode-late ${path} www.googletagmanager.com`,
    ]
    const short = violationsOf(run).map((line) =>
      line.replace(/^(\S+ \S+ \S+(?: \([\w-]+\))?).*$/, '$1'),
    )
    expect(short).toEqual([...perPage('/'), ...perPage('/about/')].sort())
    expect(run.code).toBe(1)
  })

  it('finds the banner through autoconsent and crawls only what robots.txt allows', () => {
    expect(run.report!.pages.map((page) => [new URL(page.url).pathname, page.banner])).toEqual([
      ['/', 'cookieconsent3'],
      ['/about/', 'cookieconsent3'],
    ])
  })

  it('records who set each cookie, its attributes, storage keys and third-party hosts', () => {
    const cookie = (name: string) => run.report!.cookies.find((c) => c.name == name)!
    expect(cookie('_ga')).toMatchObject({
      domain: 'leaky.test',
      path: '/',
      setBy: 'https://www.googletagmanager.com/gtag/js?id=G-LEAKY1',
      class: 'optional',
      preset: 'google-analytics',
    })
    // Two years asked for; Chromium keeps a cookie at most 400 days.
    expect(cookie('_ga').expires).toBeGreaterThan(Date.now() / 1000 + 399 * 86400)
    expect(cookie('PHPSESSID')).toMatchObject({
      expires: -1,
      setBy: 'http://leaky.test/',
      class: 'necessary',
    })
    expect(run.report!.storage.map((s) => `${s.storage} ${s.key}`)).toContain(
      'sessionStorage hjViewportId',
    )
    expect(run.report!.requests.map((r) => r.host).sort()).toEqual(
      LEAKED_HOSTS.map((host) => host.split(' ')[0]).sort(),
    )
  })

  it('drafts a valid config with the trackers in their presets and WordPress cookies required', () => {
    const draft = run.draft as {
      categories: Record<string, { required?: boolean }>
      services: Record<
        string,
        { preset?: string; category: string; cookies?: { name: string; duration: string }[] }
      >
      cookies?: { name: string; category: string; purpose: string }[]
    }
    expect(checkConfig(draft)).toEqual([])
    expect(Object.keys(draft.services).sort()).toEqual([
      'google-analytics',
      'hotjar',
      'meta-pixel',
      'php-session',
      'wordpress',
    ])
    for (const id of ['php-session', 'wordpress'])
      expect(draft.categories[draft.services[id]!.category]!.required).toBe(true)
    const ga = draft.services['google-analytics']!
    expect(ga).toMatchObject({ preset: 'google-analytics', category: 'analytics' })
    // Durations are what the browser holds: gtag.js asks for two years, Chromium caps at 400 days.
    expect(ga.cookies!.find((c) => c.name == '_ga')!.duration).toBe('400 days')
    expect(draft.services['meta-pixel']!.cookies!.find((c) => c.name == '_fbp')!.duration).toBe(
      '3 months',
    )
    // vanilla-cookieconsent's own cookie is no preset's: listed as unknown, with its origin.
    expect(draft.cookies).toEqual([
      expect.objectContaining({
        name: 'cc_cookie',
        category: 'unclassified',
        purpose: expect.stringMatching(
          /^Unknown: set on \.leaky\.test by http:\/\/leaky\.test\/cookieconsent\.umd\.js$/,
        ),
      }),
    ])
  })

  it('writes an HTML report with the banner screenshots and the cookie table', () => {
    const html = readFileSync(run.html, 'utf8')
    expect(html.match(/<img alt="The banner on [^"]+" src="data:image\/png;base64,/g)).toHaveLength(
      2,
    )
    expect(html).toMatch(/<td>_hjSession_3512345<\/td><td>leaky\.test<\/td>/)
  })
})

describe('a site whose other consent tool is set up right', () => {
  it('has no violations and exits 0', async () => {
    const run = await scan('http://other.test/')
    expect(violationsOf(run)).toEqual([])
    expect(run.report!.pages[0]!.banner).toBe('cookieconsent3')
    // After "Accept all" the gated trackers did load: the visits really made the choices.
    expect(run.report!.requests.find((r) => r.host == 'static.hotjar.com')!.phases).toEqual([
      'accept',
    ])
    expect(run.code).toBe(0)
  })
})

describe('a site with no banner', () => {
  it('is reported as such and exits 1', async () => {
    const run = await scan('http://plain.test/')
    expect(violationsOf(run)).toEqual(['no-banner / no consent banner appeared'])
    expect(run.code).toBe(1)
  })
})

describe('a site whose "Reject all" is half the size of "Accept all"', () => {
  it('is reported as unequal buttons and exits 1', async () => {
    const run = await scan('http://uneven.test/')
    expect(violationsOf(run)).toEqual([
      expect.stringMatching(
        /^unequal-buttons \/ "Reject all" is \d+×\d+ px, "Accept all" \d+×\d+ px$/,
      ),
    ])
    const { accept, reject } = run.report!.pages[0]!.buttons
    expect(reject!.width * reject!.height).toBeLessThan(accept!.width * accept!.height * 0.6)
    expect(run.code).toBe(1)
  })
})
