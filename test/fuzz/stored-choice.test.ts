import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createConsent } from 'consentry'
import { hash } from '../../src/consent/hash'
import { fakeJar, setCookie, siteConfig } from '../helpers'
import { hostileString } from './arbitraries'
import { decideAt, decisions, ours, readBack } from './stored-records'

// The stored choice is written and read through the public API (./stored-records.ts), so that
// test:dist fuzzes the built decoder. Only the checksum is taken from the sources: a forger who
// knows it is part of the threat.

const DAY = 86400_000
const config = siteConfig()
const categories = Object.keys(config.categories)
const required = categories.filter((id) => config.categories[id]!.required)
const services = Object.keys(config.services!)
const optional = [...categories.filter((id) => !required.includes(id)), ...services]

const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc'] as const

/**
 * Records Consentry itself writes for this config: a first decision, and a later one that keeps
 * its consent id and first date. Written once, from a fixed seed, for every test to edit.
 */
const written = fc
  .sample(
    fc.record({
      age: fc.integer({ min: 0, max: 150 * DAY }),
      span: fc.integer({ min: 0, max: 30 * DAY }),
      method: fc.constantFrom('accept-all', 'reject-all', 'custom') as fc.Arbitrary<
        keyof typeof decisions
      >,
      categories: fc.subarray(categories),
      services: fc.subarray(services),
    }),
    { numRuns: 300, seed: 8 },
  )
  .map(({ age, span, method, ...choice }) => {
    const now = Date.now()
    const first = decideAt(now - age - span, undefined, decisions[method](choice))
    return decideAt(now - age, first, decisions[method](choice))
  })
const validValue = fc.constantFrom(...written)

// What an edit may put in: the record's own separators, ids it does not declare, noise.
const insertion = fc.oneof(
  fc.constantFrom('~', '.', '!', '-', '_', '0', 'z', 'a', 'analytics', 'marketing', '!youtube'),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'bogus', 'necessary', '~~', '.!'),
  fc.string({ maxLength: 4 }),
)
type Edit = (raw: string) => string
const at = (raw: string, pick: number) => pick % (raw.length + 1)
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), insertion).map(([pick, text]) => (raw: string) => {
    const i = at(raw, pick)
    return raw.slice(0, i) + text + raw.slice(i + 1)
  }),
  fc.tuple(fc.nat(), insertion).map(([pick, text]) => (raw: string) => {
    const i = at(raw, pick)
    return raw.slice(0, i) + text + raw.slice(i)
  }),
  fc.nat().map((pick) => (raw: string) => raw.slice(0, at(raw, pick))),
  fc.nat().map((pick) => (raw: string) => raw.slice(at(raw, pick))),
  // A field replaced: a date, the revision, the method, the granted lists.
  fc.tuple(fc.nat(9), fc.oneof(insertion, hostileString)).map(([field, text]) => (raw: string) => {
    const fields = raw.split('~')
    if (field < fields.length) fields[field] = text
    return fields.join('~')
  }),
  fc
    .stringMatching(/^[\da-z]{1,8}$/)
    .map((sum) => (raw: string) => raw.slice(0, raw.lastIndexOf('~') + 1) + sum),
)

/** Whether the checksum at the end is the hash of the rest, as only Consentry writes it. */
const signed = (raw: string) => {
  const end = raw.lastIndexOf('~')
  return end >= 0 && raw.slice(end + 1) == hash(raw.slice(0, end))
}
const sign = (raw: string) => {
  const body = raw.slice(0, Math.max(0, raw.lastIndexOf('~')))
  return body + '~' + hash(body)
}

/** A valid record after edits; re-signed, as a forger who knows the hash would. */
const tampered = fc
  .tuple(validValue, fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([raw, edits, resign]) => {
    const out = edits.reduce((value, apply) => apply(value), raw)
    return resign ? sign(out) : out
  })

const iso = fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms).toISOString())
const ids = fc.subarray(['necessary', 'analytics', 'marketing', 'media', 'functionality'])
const uuid = fc.uuid()

// The same cookie name, written by other consent managers.
const foreign = fc.oneof(
  // vanilla-cookieconsent v3
  fc
    .record({
      categories: ids,
      revision: fc.nat(3),
      data: fc.constant(null),
      consentTimestamp: iso,
      consentId: uuid,
      services: fc.dictionary(fc.constantFrom(...categories), fc.array(fc.string())),
      languageCode: fc.constantFrom('en', 'de'),
      lastConsentTimestamp: iso,
      expirationTime: fc.nat(),
    })
    .map((value) => JSON.stringify(value)),
  // OneTrust OptanonConsent
  fc
    .tuple(fc.date({ noInvalidDate: true }), uuid, fc.array(fc.tuple(fc.nat(5), fc.nat(1))))
    .map(
      ([date, id, groups]) =>
        `isGpcEnabled=0&datestamp=${date.toString()}&version=202401.1.0&isIABGlobal=false&hosts=&consentId=${id}&interactionCount=1&landingPath=NotLandingPage&groups=${groups.map(([g, on]) => `C000${g}:${on}`).join(',')}&AwaitingReconsent=false`,
    ),
  // Cookiebot CookieConsent
  fc
    .tuple(fc.boolean(), fc.boolean(), fc.boolean())
    .map(
      ([preferences, statistics, marketing]) =>
        `{stamp:'-1',necessary:true,preferences:${preferences},statistics:${statistics},marketing:${marketing},method:'explicit',ver:1,utc:1700000000000,region:'de'}`,
    ),
  // Klaro / Orejime
  fc.dictionary(fc.constantFrom(...optional), fc.boolean()).map((value) => JSON.stringify(value)),
  // CookieYes
  fc
    .tuple(uuid, fc.constantFrom('yes', 'no'))
    .map(
      ([id, yes]) =>
        `consentid:${id},consent:${yes},action:yes,necessary:yes,functional:${yes},analytics:${yes},performance:${yes},advertisement:${yes}`,
    ),
  fc.constantFrom('allow', 'accept', 'true', '1', 'yes', 'all', 'deny', '{}', '[]', 'null'),
)
const encodings = (value: string) => [
  value,
  encodeURIComponent(value),
  Buffer.from(value).toString('base64'),
]
// Percent-encoded as a page holds a cookie; undefined for lone surrogates, which cannot be.
const percent = (value: string) => {
  try {
    return encodeURIComponent(value)
  } catch {
    return undefined
  }
}

const random = fc.oneof(hostileString, fc.string({ unit: 'grapheme', maxLength: 200 }))

/** Reads a stored choice back, and holds it to what a record may ever grant. */
const expectNoOverreach = (raw: string) => {
  const record = readBack(raw)
  if (!record) return undefined
  expect(signed(raw), `${raw} decoded without a valid checksum`).toBe(true)
  expect(record.revision).toBe(config.revision)
  expect(METHODS).toContain(record.method)
  expect(record.firstDecision).toBeLessThanOrEqual(record.lastDecision)
  expect(record.lastDecision).toBeLessThanOrEqual(Date.now() + DAY)
  for (const id of record.categories) expect(categories).toContain(id)
  for (const id of required) expect(record.categories).toContain(id)
  for (const id of record.services) expect(services).toContain(id)
  return record
}

describe('decoding the stored choice', () => {
  it('reads back every record Consentry writes', () => {
    expect(new Set(written).size).toBeGreaterThan(250)
    for (const raw of written) expect(expectNoOverreach(raw), raw).toBeDefined()
  }, 60_000)

  it('[store.tampered-no-choice] finds no choice in random, oversized and foreign values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          random,
          foreign.chain((v) => fc.constantFrom(...encodings(v))),
        ),
        (raw) => {
          expect(readBack(raw)).toBeUndefined()
        },
      ),
      { numRuns: 3000 },
    )
  }, 60_000)

  it('[store.tampered-no-choice] finds no choice in a tampered record unless it is signed, and then grants only declared ids', () => {
    fc.assert(
      fc.property(tampered, (raw) => {
        expectNoOverreach(raw)
      }),
      { numRuns: 5000 },
    )
  }, 60_000)
})

const GATED = optional
  .map((id) => `<script type="text/plain" data-consent="${id}">window.ran = 1</script>`)
  .join('')

describe('starting with a hostile stored choice', () => {
  const value = fc.oneof(
    random,
    foreign.chain((v) => fc.constantFrom(...encodings(v))),
    tampered,
    fc.constant('x'.repeat(100_000)),
  )

  it('[store.tampered-no-choice] never throws, and grants nothing optional unless the record is signed', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (raw, throughDocument) => {
        document.body.innerHTML = GATED
        // Through the page's cookies, read back by Consentry's own reader, or a jar.
        const cookie = throughDocument ? percent(raw.slice(0, 3000)) : undefined
        if (cookie != null) setCookie('consentry', cookie)
        const jar = fakeJar({ get: (name) => (ours(name) ? raw : undefined) })
        const consent = createConsent(siteConfig(), cookie == null ? { jar } : {})
        try {
          const state = consent.getState()
          const granted = optional.filter((id) => consent.isGranted(id))
          const active = Array.from(document.querySelectorAll('[data-consent-state]'), (el) =>
            el.getAttribute('data-consent')!,
          )
          if (!signed(cookie == null ? raw : raw.slice(0, 3000))) {
            expect(state.decided).toBe(false)
            expect(granted).toEqual([])
            expect(active).toEqual([])
          }
          for (const id of ['bogus', '__proto__', 'constructor', 'toString'])
            expect(consent.isGranted(id)).toBe(false)
          expect(Object.keys(state.categories)).toEqual(categories)
          expect(Object.keys(state.services)).toEqual(services)
          for (const id of active) expect(granted).toContain(id)
        } finally {
          consent.destroy()
        }
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})
