import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it, vi } from 'vitest'
import { buildModel } from '../../src/config/build-model'
import { CONSENT_MODE_KEYS } from '../../src/config/consent-mode-keys'
import { keysOf } from '../../src/config/consent-mode-defaults'
import { hash } from '../../src/consent/hash'
import { decodeRecord, encodeRecord } from '../../src/consent/record'
import { pushConsentDefault } from '../../src/signals/google-consent-mode'
import { fakeJar } from '../helpers'
import {
  consentModeState,
  createConsent,
  type ConsentConfig,
  type ConsentMethod,
  type ConsentModeKey,
  type ConsentRecord,
} from 'consentry'

// The GTM template runs here as GTM runs it: its sandboxed code is the body of a function that
// gets `require` and `data`. Every API it requires is a stand-in that records the call and
// refuses what the template's own ___WEB_PERMISSIONS___ do not allow, as GTM's sandbox does.
// Cookies come from Consentry's real encodeRecord, so the template and the library cannot
// drift apart unnoticed.

const tpl = readFileSync(join(process.cwd(), 'integrations/gtm/template.tpl'), 'utf8')

const SECTIONS = [
  'TERMS_OF_SERVICE',
  'INFO',
  'TEMPLATE_PARAMETERS',
  'SANDBOXED_JS_FOR_WEB_TEMPLATE',
  'WEB_PERMISSIONS',
  'TESTS',
  'NOTES',
]
const sections: Record<string, string> = {}
const order: string[] = []
{
  const parts = tpl.split(/^___([A-Z_]+)___\n/m)
  for (let i = 1; i < parts.length; i += 2) {
    order.push(parts[i]!)
    sections[parts[i]!] = parts[i + 1]!.trim()
  }
}
const code = sections.SANDBOXED_JS_FOR_WEB_TEMPLATE!

interface Param {
  type: string
  name?: string
  defaultValue?: unknown
  subParams?: Param[]
  simpleTableColumns?: Param[]
  valueValidators?: { type: string; args?: string[] }[]
}
const params = JSON.parse(sections.TEMPLATE_PARAMETERS!) as Param[]
const allParams = (list: Param[]): Param[] =>
  list.flatMap((param) => [param, ...allParams(param.subParams || [])])

// What a tag made from the template holds before anyone edits it.
const defaultData = (): Record<string, unknown> =>
  Object.fromEntries(
    allParams(params)
      .filter((param) => param.name && param.type != 'GROUP')
      .map((param) => [
        param.name,
        param.defaultValue ??
          (param.type == 'CHECKBOX' ? false : param.type.endsWith('TABLE') ? [] : ''),
      ]),
  )

// GTM's typed permission values: 1 string, 2 list, 3 map, 8 boolean.
interface Typed {
  type: number
  string?: string
  boolean?: boolean
  listItem?: Typed[]
  mapKey?: Typed[]
  mapValue?: Typed[]
}
const plain = (value: Typed): unknown =>
  value.type == 1
    ? value.string
    : value.type == 8
      ? value.boolean
      : value.type == 2
        ? value.listItem!.map(plain)
        : Object.fromEntries(
            value.mapKey!.map((key, i) => [plain(key), plain(value.mapValue![i]!)]),
          )
const rawPermissions = JSON.parse(sections.WEB_PERMISSIONS!) as {
  instance: { key: { publicId: string }; param: { key: string; value: Typed }[] }
}[]
const permissions: Record<string, Record<string, unknown>> = Object.fromEntries(
  rawPermissions.map(({ instance }) => [
    instance.key.publicId,
    Object.fromEntries(instance.param.map(({ key, value }) => [key, plain(value)])),
  ]),
)
type Entry = Record<string, string | boolean>
const entries = (id: string, param: string) => (permissions[id]?.[param] || []) as Entry[]
const strings = (id: string, param: string) => (permissions[id]?.[param] || []) as string[]

const allowed: Record<string, (...args: unknown[]) => boolean> = {
  setDefaultConsentState: (settings) => consentWrites(settings),
  updateConsentState: (settings) => consentWrites(settings),
  gtagSet: (key) => strings('write_data_layer', 'keyPatterns').includes(key as string),
  getCookieValues: (name) =>
    permissions.get_cookies?.cookieAccess == 'any' ||
    strings('get_cookies', 'cookieNames').includes(name as string),
  copyFromWindow: (key) =>
    entries('access_globals', 'keys').some((entry) => entry.key == key && entry.read === true),
  logToConsole: () => permissions.logging?.environments == 'debug',
  getUrl: (part) =>
    permissions.get_url?.urlParts == 'any' || permissions.get_url?.[part as string] === true,
}
const consentWrites = (settings: unknown) =>
  Object.keys(settings as object)
    .filter((key) => key != 'region')
    .every((key) =>
      entries('access_consent', 'consentTypes').some(
        (entry) => entry.consentType == key && entry.write === true,
      ),
    )

/**
 * The page the template runs on: its cookies by name, navigator.globalPrivacyControl, now, and
 * its protocol (`http` unless told: Consentry's cookie keeps its plain name there).
 */
interface Page {
  cookies?: Record<string, string[]>
  protocol?: string
  gpc?: unknown
  now?: number
}
type Call = [string, ...unknown[]]
type Api = (...args: unknown[]) => unknown
const NOW = Date.UTC(2026, 0, 1)

const getType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

const pageApis = (page: Page): Record<string, Api> => ({
  setDefaultConsentState: () => {},
  updateConsentState: () => {},
  gtagSet: () => {},
  getCookieValues: (name) => [...(page.cookies?.[name as string] || [])],
  copyFromWindow: (key) => (key == 'navigator.globalPrivacyControl' ? page.gpc : undefined),
  logToConsole: () => {},
  getUrl: (part) => (part == 'protocol' ? page.protocol || 'http' : ''),
  getTimestampMillis: () => page.now ?? NOW,
  getType: (value) => getType(value),
  queryPermission: (permission, ...args) =>
    permission == 'get_cookies'
      ? allowed.getCookieValues!(...args)
      : permission == 'get_url'
        ? allowed.getUrl!(...args)
        : false,
})

// Compiled once: the sandboxed code as the body of a function of `require` and `data`.
const template = new Function('require', 'data', code) as (
  require: (name: string) => Api,
  data: Record<string, unknown>,
) => void

function execute(data: Record<string, unknown>, apis: Record<string, Api>): Call[] {
  const calls: Call[] = []
  const recorded =
    (name: string, api: Api): Api =>
    (...args) => {
      if (allowed[name] && !allowed[name](...args))
        throw new Error(`The template's permissions do not allow ${name}(${JSON.stringify(args)})`)
      // GTM hands the sandbox's values over as copies.
      calls.push([name, ...structuredClone(args)])
      return api(...args)
    }
  template(
    (name) => {
      if (!apis[name]) throw new Error(`require('${name}') is not an API this harness offers`)
      return recorded(name, apis[name])
    },
    {
      ...structuredClone(data),
      gtmOnSuccess: recorded('gtmOnSuccess', () => {}),
      gtmOnFailure: recorded('gtmOnFailure', () => {}),
    },
  )
  return calls
}

/** Runs the template on a page; returns the calls that change Google's state, in order. */
function run(overrides: Record<string, unknown> = {}, page: Page = {}): Call[] {
  const calls = execute({ ...defaultData(), ...overrides }, pageApis(page))
  expect(calls.at(-1)).toEqual(['gtmOnSuccess'])
  return calls.filter(([name]) =>
    ['setDefaultConsentState', 'updateConsentState', 'gtagSet'].includes(name),
  )
}

const config = (): ConsentConfig => ({
  revision: 3,
  categories: {
    necessary: { required: true },
    analytics: {},
    marketing: {},
    preferences: {},
  },
})
const model = buildModel(config())

const DAY = 864e5
const record = (
  method: ConsentMethod,
  categories: string[],
  services: string[] = [],
  at = NOW - DAY,
): ConsentRecord => ({
  consentId: 'AbCdEfGh12345678',
  firstDecision: at,
  lastDecision: at,
  revision: model.revision,
  method,
  language: 'en',
  categories: ['necessary', ...categories],
  services,
})
const cookie = (value: string): Page => ({ cookies: { consentry: [value] } })
const stored = (method: ConsentMethod, categories: string[]) =>
  cookie(encodeRecord(record(method, categories), model))

const DENIED = Object.fromEntries(
  CONSENT_MODE_KEYS.map((key) => [key, key == 'security_storage' ? 'granted' : 'denied']),
)
const granting = (...keys: ConsentModeKey[]) => ({
  ...DENIED,
  ...Object.fromEntries(keys.map((key) => [key, 'granted'])),
})
const AD: ConsentModeKey[] = ['ad_storage', 'ad_user_data', 'ad_personalization']
const FIRST_VISIT: Call[] = [['setDefaultConsentState', { ...DENIED, wait_for_update: 500 }]]

/** What Consentry itself would send for the same settings and cookie, as gtag commands. */
function consentryCommands(
  configured: ConsentConfig,
  page: Page,
  settings: Parameters<typeof pushConsentDefault>[1] = {},
): Call[] {
  const w: { dataLayer?: IArguments[] } = {}
  pushConsentDefault(w, { waitForUpdate: 500, ...settings })
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(page.now ?? NOW)
  const raw = page.cookies?.consentry?.[0]
  // The sources, not dist/: this compares the template with the library's code.
  const consent = createConsent(configured, {
    jar: fakeJar({ get: (name) => (name == 'consentry' ? raw : undefined) }),
    document: null,
    gpc: page.gpc === true,
  })
  const commands: Call[] = (w.dataLayer || []).map((args) => {
    const [command, ...rest] = [...args] as [string, ...unknown[]]
    return command == 'set' ? ['gtagSet', ...rest] : ['setDefaultConsentState', ...rest.slice(1)]
  })
  if (consent.getState().decided) commands.push(['updateConsentState', consentModeState(consent)])
  consent.destroy()
  return commands
}

describe('the GTM template file', () => {
  it('has every section GTM and the Community Template Gallery read, in their order', () => {
    expect(order).toEqual(SECTIONS)
    expect(JSON.parse(sections.INFO!)).toMatchObject({
      type: 'TAG',
      id: 'cvt_temp_public_id',
      containerContexts: ['WEB'],
    })
  })

  it('declares its parameters and permissions as JSON that GTM can read', () => {
    expect(Array.isArray(params)).toBe(true)
    for (const param of allParams(params))
      for (const validator of param.valueValidators || [])
        for (const pattern of validator.args || []) expect(() => new RegExp(pattern)).not.toThrow()
    expect(Object.keys(permissions).sort()).toEqual([
      'access_consent',
      'access_globals',
      'get_cookies',
      'get_url',
      'logging',
      'write_data_layer',
    ])
  })

  it('reads no field the template does not declare', () => {
    const names = new Set(allParams(params).map((param) => param.name))
    const read = [...code.matchAll(/\bdata\.(\w+)/g)].map((match) => match[1])
    for (const name of read)
      if (!['gtmOnSuccess', 'gtmOnFailure'].includes(name!)) expect(names).toContain(name)
    // The seven defaults are read as data[key].
    for (const key of CONSENT_MODE_KEYS) expect(names).toContain(key)
  })

  it('validates the fields a site owner types', () => {
    const validator = (name: string, column?: string) => {
      const param = allParams(params).find((p) => p.name == name)!
      const field = column ? param.simpleTableColumns!.find((c) => c.name == column)! : param
      return new RegExp(field.valueValidators!.find((v) => v.type == 'REGEX')!.args![0]!)
    }
    expect(validator('mapping', 'keys').test('ad_storage, analytics_storage')).toBe(true)
    expect(validator('mapping', 'keys').test('')).toBe(true)
    expect(validator('mapping', 'keys').test('ad_storage, analytics')).toBe(false)
    expect(validator('regions', 'region').test('US-CA, US-CO,DE')).toBe(true)
    expect(validator('regions', 'region').test('California')).toBe(false)
    expect(validator('policyRevision').test('12')).toBe(true)
    expect(validator('policyRevision').test('v2')).toBe(false)
    expect(validator('cookieName').test('consentry')).toBe(true)
    expect(validator('cookieName').test('my cookie')).toBe(false)
  })

  it("keeps its code to what GTM's sandboxed JavaScript runs", () => {
    // ES5.1 plus arrow functions, const and let: no `new`, `this`, classes, regular expression
    // literals, template strings, spread or destructuring, no bitwise or `typeof` operators
    // (getType instead), and no globals but `require` and `data`.
    const source = ts.createSourceFile('template.js', code, ts.ScriptTarget.ES2015, true)
    const forbiddenKinds = new Set([
      ts.SyntaxKind.NewExpression,
      ts.SyntaxKind.ThisKeyword,
      ts.SyntaxKind.ClassDeclaration,
      ts.SyntaxKind.ClassExpression,
      ts.SyntaxKind.RegularExpressionLiteral,
      ts.SyntaxKind.TemplateExpression,
      ts.SyntaxKind.NoSubstitutionTemplateLiteral,
      ts.SyntaxKind.SpreadElement,
      ts.SyntaxKind.SpreadAssignment,
      ts.SyntaxKind.ObjectBindingPattern,
      ts.SyntaxKind.ArrayBindingPattern,
      ts.SyntaxKind.ForOfStatement,
      ts.SyntaxKind.ForInStatement,
      ts.SyntaxKind.TryStatement,
      ts.SyntaxKind.TypeOfExpression,
      ts.SyntaxKind.DeleteExpression,
      ts.SyntaxKind.ShorthandPropertyAssignment,
      ts.SyntaxKind.AwaitExpression,
      ts.SyntaxKind.YieldExpression,
    ])
    const bitwise = new Set([
      ts.SyntaxKind.AmpersandToken,
      ts.SyntaxKind.BarToken,
      ts.SyntaxKind.CaretToken,
      ts.SyntaxKind.TildeToken,
      ts.SyntaxKind.LessThanLessThanToken,
      ts.SyntaxKind.GreaterThanGreaterThanToken,
      ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
      ts.SyntaxKind.InKeyword,
      ts.SyntaxKind.InstanceOfKeyword,
    ])
    const globals = new Set([
      'window',
      'document',
      'navigator',
      'globalThis',
      'Math',
      'JSON',
      'Object',
      'Array',
      'String',
      'Number',
      'Date',
      'RegExp',
      'parseInt',
      'parseFloat',
      'isNaN',
      'encodeURIComponent',
      'decodeURIComponent',
      'setTimeout',
      'eval',
      'Function',
    ])
    const problems: string[] = []
    const visit = (node: ts.Node) => {
      const at = () => `${ts.SyntaxKind[node.kind]} at "${node.getText(source).slice(0, 40)}"`
      if (forbiddenKinds.has(node.kind)) problems.push(at())
      if (ts.isBinaryExpression(node) && bitwise.has(node.operatorToken.kind)) problems.push(at())
      if (ts.isPrefixUnaryExpression(node) && node.operator == ts.SyntaxKind.TildeToken)
        problems.push(at())
      if (ts.isFunctionLike(node) && node.parameters.some((p) => p.initializer || p.dotDotDotToken))
        problems.push(at())
      if (
        ts.isIdentifier(node) &&
        globals.has(node.text) &&
        !(ts.isPropertyAccessExpression(node.parent) && node.parent.name == node) &&
        !(ts.isPropertyAssignment(node.parent) && node.parent.name == node)
      )
        problems.push(at())
      ts.forEachChild(node, visit)
    }
    visit(source)
    expect(problems).toEqual([])
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([])
  })
})

describe('the GTM template', () => {
  it('sets the defaults only on a first visit', () => {
    expect(run()).toEqual(FIRST_VISIT)
  })

  it('grants every key for a stored "Accept all"', () => {
    const page = stored('accept-all', ['analytics', 'marketing', 'preferences'])
    expect(run({}, page)).toEqual([
      ...FIRST_VISIT,
      [
        'updateConsentState',
        granting(...AD, 'analytics_storage', 'functionality_storage', 'personalization_storage'),
      ],
    ])
  })

  it('grants only analytics_storage for a stored choice of analytics only', () => {
    expect(run({}, stored('custom', ['analytics']))).toEqual([
      ...FIRST_VISIT,
      ['updateConsentState', granting('analytics_storage')],
    ])
  })

  it('denies every key but security_storage for a stored "Reject all"', () => {
    expect(run({}, stored('reject-all', []))).toEqual([
      ...FIRST_VISIT,
      ['updateConsentState', DENIED],
    ])
  })

  it('applies nothing for a choice stored by Global Privacy Control', () => {
    // Consentry honours such a choice only where GPC answers everything, which the template
    // cannot tell from the cookie; it must not grant where the visitor has to be asked.
    expect(run({}, stored('gpc', ['analytics', 'marketing']))).toEqual(FIRST_VISIT)
    expect(run({}, { ...stored('gpc', ['analytics']), gpc: true })).toEqual(FIRST_VISIT)
  })

  it('keeps the ad keys denied while the browser sends Global Privacy Control', () => {
    const page = { ...stored('accept-all', ['analytics', 'marketing']), gpc: true }
    expect(run({}, page)).toEqual([
      ...FIRST_VISIT,
      ['updateConsentState', granting('analytics_storage')],
    ])
    expect(run({ honourGpc: false }, page).at(-1)).toEqual([
      'updateConsentState',
      granting(...AD, 'analytics_storage'),
    ])
    // Only a real `true` is the signal.
    expect(run({}, { ...page, gpc: 'true' }).at(-1)).toEqual([
      'updateConsentState',
      granting(...AD, 'analytics_storage'),
    ])
  })

  it('applies nothing but the defaults for an edited, truncated or foreign cookie', () => {
    const valid = encodeRecord(record('custom', ['analytics']), model)
    const edited = valid.replace('~analytics~', '~analytics.marketing~')
    expect(decodeRecord(edited, model, NOW)).toBeUndefined()
    for (const value of [
      edited,
      valid.slice(0, -1),
      valid + '~',
      valid.toUpperCase(),
      ' ' + valid,
      '',
      '{"analytics":true,"marketing":true}',
      'yes',
      'analytics%7Emarketing',
    ])
      expect(run({}, cookie(value)), value).toEqual(FIRST_VISIT)
  })

  it('applies nothing for a choice dated in the future or older than any choice lasts', () => {
    const future = encodeRecord(record('accept-all', ['marketing'], [], NOW + 2 * DAY), model)
    expect(decodeRecord(future, model, NOW)).toBeUndefined()
    expect(run({}, cookie(future))).toEqual(FIRST_VISIT)
    const old = encodeRecord(record('accept-all', ['marketing'], [], NOW - 396 * DAY), model)
    expect(decodeRecord(old, model, NOW)).toBeUndefined()
    expect(run({}, cookie(old))).toEqual(FIRST_VISIT)
  })

  it('may apply a refusal Consentry has let lapse, which grants nothing', () => {
    // Consentry forgets a refusal sooner than a consent (6 months by default); its cookie
    // expires then too. The template knows only the 13-month cap, so a refusal it still finds
    // denies what the defaults deny.
    const lapsed = encodeRecord(record('reject-all', [], [], NOW - 200 * DAY), model)
    expect(decodeRecord(lapsed, model, NOW)).toBeUndefined()
    expect(run({}, cookie(lapsed))).toEqual([...FIRST_VISIT, ['updateConsentState', DENIED]])
  })

  it('applies nothing for a choice stored for another policy revision', () => {
    const page = stored('accept-all', ['analytics', 'marketing', 'preferences'])
    expect(run({ policyRevision: '4' }, page)).toEqual(FIRST_VISIT)
    expect(run({ policyRevision: ' 3 ' }, page)).toHaveLength(2)
    // Without a revision to compare with, the stored choice applies.
    expect(run({ policyRevision: '' }, page)).toHaveLength(2)
  })

  it('applies nothing when the page sees two different cookies of that name', () => {
    const page: Page = {
      cookies: {
        consentry: [
          encodeRecord(record('reject-all', []), model),
          encodeRecord(record('accept-all', ['analytics', 'marketing', 'preferences']), model),
        ],
      },
    }
    expect(run({}, page)).toEqual(FIRST_VISIT)
    const twice = encodeRecord(record('reject-all', []), model)
    expect(run({}, { cookies: { consentry: [twice, twice] } }).at(-1)).toEqual([
      'updateConsentState',
      DENIED,
    ])
  })

  it('reads only __Host-consentry on https, so a sibling subdomain cannot forge the choice', () => {
    const forged = encodeRecord(
      record('accept-all', ['analytics', 'marketing', 'preferences']),
      model,
    )
    const genuine = encodeRecord(record('reject-all', []), model)
    // A plain "consentry" cookie set with Domain= by evil.example.com grants nothing on https.
    expect(run({}, { protocol: 'https', cookies: { consentry: [forged] } })).toEqual(FIRST_VISIT)
    expect(
      run(
        {},
        { protocol: 'https', cookies: { consentry: [forged], '__Host-consentry': [genuine] } },
      ).at(-1),
    ).toEqual(['updateConsentState', DENIED])
  })

  it('reads the plain name on https when the site shares its cookie with a domain', () => {
    const value = encodeRecord(record('custom', ['analytics']), model)
    expect(
      run({ cookieShared: true }, { protocol: 'https', cookies: { consentry: [value] } }).at(-1),
    ).toEqual(['updateConsentState', granting('analytics_storage')])
  })

  it('reads a cookie of another name only when its permission allows it', () => {
    const value = encodeRecord(record('custom', ['analytics']), model)
    // The shipped permission names "consentry" only: a renamed cookie is not read at all.
    expect(run({ cookieName: 'site_consent' }, { cookies: { site_consent: [value] } })).toEqual(
      FIRST_VISIT,
    )
  })

  it('sends region defaults first, then the default, then the gtag settings', () => {
    const usOptOut = Object.fromEntries(CONSENT_MODE_KEYS.map((key) => [key, 'granted']))
    expect(
      run({
        regions: [
          { region: 'US-CA, us-co', ...usOptOut },
          { region: ' ', ...usOptOut },
        ],
        waitForUpdate: '',
        adsDataRedaction: true,
        urlPassthrough: true,
      }),
    ).toEqual([
      ['setDefaultConsentState', { ...usOptOut, region: ['US-CA', 'US-CO'] }],
      ['setDefaultConsentState', DENIED],
      ['gtagSet', 'ads_data_redaction', true],
      ['gtagSet', 'url_passthrough', true],
    ])
  })

  it('adds wait_for_update to every default command, or leaves it out', () => {
    const regions = [{ region: 'DE', ...DENIED }]
    expect(run({ regions, waitForUpdate: '2000' })).toEqual([
      ['setDefaultConsentState', { ...DENIED, wait_for_update: 2000, region: ['DE'] }],
      ['setDefaultConsentState', { ...DENIED, wait_for_update: 2000 }],
    ])
    expect(run({ waitForUpdate: 750 })).toEqual([
      ['setDefaultConsentState', { ...DENIED, wait_for_update: 750 }],
    ])
    for (const none of ['0', '', 'soon', -5]) {
      expect(run({ waitForUpdate: none })).toEqual([['setDefaultConsentState', DENIED]])
    }
  })

  it('uses the defaults a site owner picks, and only "granted" or "denied"', () => {
    expect(run({ analytics_storage: 'granted', ad_storage: 'maybe', waitForUpdate: '' })).toEqual([
      ['setDefaultConsentState', granting('analytics_storage')],
    ])
  })

  it("maps categories and services as a config's consentMode does", () => {
    // A site whose "stats" category and "ads-pixel" service carry their own consentMode.
    const custom: ConsentConfig = {
      revision: 1,
      categories: {
        necessary: { required: true },
        stats: { consentMode: ['analytics_storage'] },
        marketing: { consentMode: ['ad_storage'] },
        media: {},
      },
      services: {
        'ads-pixel': { category: 'media', consentMode: ['ad_user_data', 'ad_personalization'] },
        video: { category: 'media' },
      },
    }
    const customModel = buildModel(custom)
    const data = {
      policyRevision: '1',
      mapping: [
        { id: 'stats', keys: 'analytics_storage', category: '' },
        { id: 'marketing', keys: 'ad_storage', category: '' },
        { id: 'ads-pixel', keys: 'ad_user_data, ad_personalization', category: 'media' },
      ],
    }
    const choices: [string[], string[]][] = [
      [['stats'], []],
      [['marketing'], []],
      [['media'], ['ads-pixel', 'video']],
      [['media'], ['video']],
      [[], ['ads-pixel']],
      [
        ['stats', 'marketing', 'media'],
        ['ads-pixel', 'video'],
      ],
    ]
    for (const [categories, services] of choices) {
      const value = encodeRecord(
        { ...record('custom', categories, services), revision: 1 },
        customModel,
      )
      const page = cookie(value)
      expect(run(data, page), value).toEqual(consentryCommands(custom, page))
    }
  })

  it("maps Consentry's usual category names unless told not to", () => {
    const builtIn = [...code.matchAll(/^ {2}\{ id: '([\w-]+)', keys:/gm)].map((match) => match[1])
    expect(builtIn).toEqual([
      'marketing',
      'advertising',
      'ads',
      'analytics',
      'statistics',
      'performance',
      'preferences',
      'functional',
      'functionality',
    ])
    for (const id of builtIn as string[]) {
      const configured: ConsentConfig = { revision: 3, categories: { [id]: {} } }
      const value = encodeRecord(
        { ...record('custom', [id]), categories: [id] },
        buildModel(configured),
      )
      const keys = keysOf(configured, id)
      expect(keys.length, id).toBeGreaterThan(0)
      expect(run({}, cookie(value)).at(-1), id).toEqual(['updateConsentState', granting(...keys)])
      expect(run({ useConsentryMapping: false }, cookie(value)).at(-1), id).toEqual([
        'updateConsentState',
        DENIED,
      ])
    }
  })

  it('grants the keys required categories stand for with every stored choice', () => {
    const data = { alwaysGranted: 'security_storage, functionality_storage' }
    expect(run(data, stored('reject-all', [])).at(-1)).toEqual([
      'updateConsentState',
      granting('functionality_storage'),
    ])
    expect(run({ alwaysGranted: '' }, stored('reject-all', [])).at(-1)).toEqual([
      'updateConsentState',
      { ...DENIED, security_storage: 'denied' },
    ])
  })
})

describe('the GTM template and Consentry', () => {
  const settings = {
    waitForUpdate: 500,
    adsDataRedaction: true,
    urlPassthrough: true,
    regions: [{ region: ['US-CA'], ...DENIED, analytics_storage: 'granted' as const }],
  }
  const data = {
    adsDataRedaction: true,
    urlPassthrough: true,
    regions: [{ region: 'US-CA', ...DENIED, analytics_storage: 'granted' }],
    policyRevision: '3',
  }

  it('send the same commands, in the same order, for the same visitor', () => {
    const pages: Page[] = [
      {},
      stored('accept-all', ['analytics', 'marketing', 'preferences']),
      stored('custom', ['analytics']),
      stored('custom', ['preferences', 'marketing']),
      stored('reject-all', []),
      stored('gpc', ['analytics']),
      { ...stored('accept-all', ['analytics', 'marketing', 'preferences']), gpc: true },
      { ...stored('custom', ['analytics']), now: NOW + 300 * DAY },
      { ...stored('custom', ['analytics']), now: NOW + 1000 * DAY },
    ]
    for (const page of pages)
      expect(run(data, page), JSON.stringify(page)).toEqual(
        consentryCommands(config(), page, settings),
      )
  })

  it('agree on every cookie that differs from a valid one by a character', () => {
    // Each position is replaced, dropped, or given a neighbour; then the same edit again with
    // a checksum Consentry would accept, so that the format checks themselves are compared.
    const valid = encodeRecord(record('custom', ['analytics', 'preferences']), model)
    const replacements = ['a', 'Z', '0', '9', '~', '.', '!', '-', '_', ' ', '%', 'é']
    const variants = new Set<string>()
    for (let i = 0; i < valid.length; i++)
      for (const edit of ['', ...replacements]) {
        variants.add(valid.slice(0, i) + edit + valid.slice(i + 1))
        variants.add(valid.slice(0, i) + edit + valid.slice(i))
      }
    const resign = (value: string) => {
      const body = value.slice(0, value.lastIndexOf('~'))
      return body + '~' + hash(body)
    }
    let accepted = 0
    for (const variant of [...variants].flatMap((value) => [value, resign(value)])) {
      const consentry = decodeRecord(variant, model, NOW)
      const calls = run({ policyRevision: '3' }, cookie(variant))
      expect(calls.length == 2, variant).toBe(!!consentry)
      if (consentry) accepted++
    }
    // The comparison saw both verdicts, not only rejections.
    expect(accepted).toBeGreaterThan(50)
  })

  it("hold the GTM test scenarios' cookies for valid Consentry choices", () => {
    const literals = [...sections.TESTS!.matchAll(/^ {4}(\w+): '(1~[^']+)'/gm)]
    expect(literals.map(([, name]) => name)).toEqual([
      'acceptAll',
      'analytics',
      'rejectAll',
      'gpc',
      'edited',
    ])
    for (const [, name, value] of literals)
      expect(!!decodeRecord(value, model, NOW), name).toBe(name != 'edited')
  })
})

describe("the GTM template's own tests (___TESTS___)", () => {
  // GTM's test runner, as far as these scenarios use it: setup code runs before each scenario
  // in the same scope; mock() replaces an API; assertApi() checks the recorded calls.
  const scenarios: { name: string; code: string }[] = []
  let setup = ''
  {
    const lines = sections.TESTS!.split('\n')
    for (let i = 0; i < lines.length; i++) {
      const block = (indent: string) => {
        const body: string[] = []
        while (i + 1 < lines.length && (lines[i + 1]!.startsWith(indent) || !lines[i + 1]))
          body.push(lines[++i]!.slice(indent.length))
        return body.join('\n')
      }
      const line = lines[i]!
      const name = /^- name: (.+)$/.exec(line)
      if (name) scenarios.push({ name: name[1]!, code: '' })
      else if (line == '  code: |-') scenarios.at(-1)!.code = block('    ')
      else if (line == 'setup: |-') setup = block('  ')
      else if (line != 'scenarios:') throw new Error(`Unexpected line in ___TESTS___: ${line}`)
    }
  }

  it('has scenarios, and a setup that stands in for the page', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5)
    expect(setup).toContain('mock(')
  })

  it.each(scenarios.map((scenario) => [scenario.name, scenario.code]))('%s', (_, body) => {
    const mocks: Record<string, unknown> = {}
    let calls: Call[] = []
    const mock = (name: string, value: unknown) => (mocks[name] = value)
    const runCode = (data: Record<string, unknown>) => {
      const apis = pageApis({})
      for (const [name, value] of Object.entries(mocks))
        apis[name] = typeof value == 'function' ? (value as Api) : () => value
      calls = execute(data, apis)
    }
    const called = (name: string) => calls.filter(([api]) => api == name).map(([, ...args]) => args)
    const assertApi = (name: string) => ({
      wasCalled: () => expect(called(name), name).not.toEqual([]),
      wasNotCalled: () => expect(called(name), name).toEqual([]),
      wasCalledWith: (...args: unknown[]) => expect(called(name), name).toContainEqual(args),
    })
    const assertThat = (actual: unknown) => ({
      isEqualTo: (expected: unknown) => expect(actual).toEqual(expected),
    })
    new Function('mock', 'runCode', 'assertApi', 'assertThat', `${setup}\n${body}`)(
      mock,
      runCode,
      assertApi,
      assertThat,
    )
    expect(calls.length, 'the scenario ran the template').toBeGreaterThan(0)
  })
})
