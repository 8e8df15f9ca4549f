import { describe, expect, it } from 'vitest'
import { analyse } from '../src/analyse'
import { declarationsOf } from '../src/declarations'
import { durationOf } from '../src/draft'
import { parseRobots } from '../src/robots'
import type { Visit } from '../src/types'

/*
 * The rules that the fixture sites do not reach, on visits written by hand: what a scan of such
 * a site would have recorded.
 */

const visit = (fields: Partial<Visit>): Visit => ({
  page: 'https://shop.example/',
  phase: 'before',
  cookies: [],
  storage: [],
  requests: [],
  iframes: [],
  banner: {
    tool: 'someCmp',
    accept: button('Accept all'),
    reject: button('Reject all'),
    preticked: [],
  },
  links: [],
  googleBeforeDefault: [],
  ...fields,
})
function button(text: string, fields: Partial<NonNullable<Visit['banner']['accept']>> = {}) {
  return { text, width: 120, height: 40, contrast: 7, inViewport: true, ...fields }
}
const request = (host: string, afterChoice = false) => ({
  url: `https://${host}/x`,
  host,
  thirdParty: true,
  afterChoice,
})
const rules = (visits: Visit[], options = {}) =>
  analyse(visits, { gpc: false, ...options }).violations.map((v) => `${v.rule}: ${v.detail}`)

describe('the banner rules', () => {
  it('reports a first layer without a reject button, and choices switched on in advance', () => {
    const banner = { tool: 'someCmp', accept: button('Accept all'), preticked: ['Analytics'] }
    expect(rules([visit({ banner })])).toEqual([
      'no-reject-on-first-layer: someCmp: no "Reject all" next to "Accept all"',
      'preticked: switched on before the visitor chose: Analytics',
    ])
  })

  it('reports a reject button of lower, unreadable contrast, or out of view', () => {
    const banner = {
      tool: 'someCmp',
      accept: button('Accept all'),
      reject: button('Reject all', { contrast: 2.1, inViewport: false }),
      preticked: [],
    }
    expect(rules([visit({ banner })])).toEqual([
      'unequal-buttons: "Reject all" has contrast 2.1:1, "Accept all" 7:1',
      'unequal-buttons: "Reject all" needs scrolling to reach, "Accept all" does not',
    ])
  })
})

describe('Global Privacy Control', () => {
  it('reports a marketing tracker loaded despite Sec-GPC: 1, only when the scan sent it', () => {
    const visits = [visit({ requests: [request('connect.facebook.net')] })]
    expect(rules(visits, { gpc: true })).toContain(
      'gpc-ignored: connect.facebook.net loaded although the browser sent Sec-GPC: 1',
    )
    expect(rules(visits).some((line) => line.startsWith('gpc-ignored'))).toBe(false)
  })
})

describe('checking a site against its config', () => {
  const config = {
    revision: 1,
    categories: { necessary: { required: true }, analytics: {} },
    services: { ga: { preset: 'google-analytics', category: 'analytics' } },
    cookies: [
      { name: 'session_*', category: 'necessary' },
      { name: 'wishlist', category: 'necessary' },
    ],
  }
  const cookie = (name: string) => ({
    name,
    domain: 'shop.example',
    path: '/',
    expires: -1,
    httpOnly: false,
    secure: false,
    sameSite: 'Lax',
    thirdParty: false,
  })

  it('reports undeclared cookies and hosts once per site, and what was declared but never seen', () => {
    const visits = [
      visit({
        phase: 'accept',
        cookies: [cookie('session_42'), cookie('_ga'), cookie('cart_token')],
        requests: [request('www.googletagmanager.com', true), request('cdn.widgets.example', true)],
      }),
      visit({ page: 'https://shop.example/b', phase: 'accept', cookies: [cookie('cart_token')] }),
    ]
    const { violations, warnings } = analyse(visits, {
      gpc: false,
      declared: declarationsOf(config),
    })
    expect(violations.map((v) => `${v.rule}: ${v.detail}`)).toEqual([
      'undeclared-cookie: cart_token (shop.example)',
      'undeclared-host: cdn.widgets.example',
    ])
    expect(warnings.map((w) => `${w.rule}: ${w.detail}`)).toEqual([
      'declared-not-seen: cookie wishlist',
    ])
  })

  it('takes a cookie the config puts in a required category as necessary before consent', () => {
    const before = visit({ cookies: [cookie('session_42'), cookie('_ga')] })
    expect(rules([before], { declared: declarationsOf(config) })).toEqual([
      'cookie-before-consent: _ga (shop.example)',
    ])
  })
})

describe('robots.txt', () => {
  it('applies the longest matching rule of the group for the scanner, or of *', () => {
    const allowed = parseRobots(
      'User-agent: *\nDisallow: /\n\nUser-agent: consentry-scan\nDisallow: /private/\nAllow: /private/open*\n',
    )
    expect(['/', '/private/x', '/private/open-day'].map(allowed)).toEqual([true, false, true])
    expect(parseRobots('User-agent: *\nDisallow: /*.pdf$\n')('/a.pdf')).toBe(false)
  })
})

describe('durations in the draft', () => {
  it('are written as people write them, from the observed expiry', () => {
    const now = 1_800_000_000
    expect(durationOf(-1, now)).toBe('session')
    expect(durationOf(now + 400 * 86400, now)).toBe('400 days')
    expect(durationOf(now + 365 * 86400, now)).toBe('1 year')
    expect(durationOf(now + 90 * 86400, now)).toBe('3 months')
    expect(durationOf(now + 1800, now)).toBe('30 minutes')
  })
})
