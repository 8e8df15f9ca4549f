import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consentLog, createConsent, type Consent, type ProofRecord } from 'consentry'
import { fakeJar, siteConfig } from '../helpers'
import { hostileString } from './arbitraries'

// Where the consent log keeps what it could not deliver, and the most an entry may weigh
// (README, "Proof of consent").
const OUTBOX = 'consentry:outbox'
const MOST_BYTES = 16_384

const config = { ...siteConfig(), log: { endpoint: '/log' } }
const optional = ['analytics', 'marketing', 'media', 'google-analytics', 'hotjar']

/** Every proof a manager hands out while `decide` runs. */
function proofsOf(gpc: boolean, decide: (consent: Consent) => void): ProofRecord[] {
  const proofs: ProofRecord[] = []
  const consent = createConsent(config, { document: null, jar: fakeJar(), gpc })
  consent.on('record', (proof) => proofs.push(proof))
  try {
    decide(consent)
  } finally {
    consent.destroy()
  }
  return proofs
}

// Proofs Consentry itself made, for a first decision and the ones that replace it; made once,
// from a fixed seed.
const made = fc
  .sample(fc.tuple(fc.boolean(), fc.array(fc.subarray(optional), { minLength: 1, maxLength: 3 })), {
    numRuns: 100,
    seed: 8,
  })
  .flatMap(([gpc, choices]) =>
    proofsOf(gpc, (consent) => {
      consent.acceptAll()
      for (const granted of choices) consent.save({ categories: granted, services: granted })
      consent.rejectAll()
    }),
  )
const genuine = fc.constantFrom(...made)

// What a script with the origin's storage may write instead of a field's value.
const junk = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
  fc.string({ minLength: MOST_BYTES, maxLength: MOST_BYTES + 10 }),
)
const FIELDS = Object.keys(made.find((proof) => !proof.replaces)!)

/** The ids the log POSTs on a retry, from an outbox holding exactly `entries`. */
function retried(entries: unknown[]): unknown[] {
  localStorage.setItem(OUTBOX, JSON.stringify(entries))
  const sent: unknown[] = []
  const fetch = (_: string, init: RequestInit) => {
    sent.push(JSON.parse(init.body as string))
    return new Promise<Response>(() => {})
  }
  // The plugin re-sends the outbox as the manager starts.
  const plugins = [consentLog({ fetch: fetch as typeof globalThis.fetch })]
  createConsent(config, { document: null, jar: fakeJar(), plugins }).destroy()
  return sent
}

describe('the offline outbox, written by anyone with the origin’s storage', () => {
  it('sends every record Consentry made, unchanged', () => {
    fc.assert(
      fc.property(fc.array(genuine, { maxLength: 5 }), (records) => {
        expect(retried(records)).toEqual(records)
      }),
      { numRuns: 200 },
    )
  })

  it('never sends an entry with a field changed to junk, an extra field, or one missing', () => {
    const forged = fc.oneof(
      fc
        .tuple(genuine, fc.constantFrom(...FIELDS), junk)
        .filter(([record, field, value]) => {
          const before = (record as unknown as Record<string, unknown>)[field]
          return JSON.stringify(value) != JSON.stringify(before) && typeof value != typeof before
        })
        .map(([record, field, value]) => ({ ...record, [field]: value })),
      fc
        .tuple(genuine, fc.string({ minLength: 1 }), fc.anything())
        .filter(([, key]) => !FIELDS.includes(key) && key != 'replaces' && key != '__proto__')
        .map(([record, key, value]) => ({ ...record, [key]: value ?? 0 })),
      fc
        // `expires` is on decisions only, `replaces` on later ones: either may be absent.
        .tuple(genuine, fc.constantFrom(...FIELDS.filter((f) => f != 'replaces' && f != 'expires')))
        .map(([record, field]) => {
          const copy: Partial<ProofRecord> = { ...record }
          delete copy[field as keyof ProofRecord]
          return copy
        }),
    )
    fc.assert(
      fc.property(forged, genuine, (entry, real) => {
        expect(retried([entry, real])).toEqual([real])
      }),
      { numRuns: 300 },
    )
  })

  it('never sends a page URL with a query or fragment, nor one that is not http(s)', () => {
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true }).filter((u) => u.includes('?')),
      fc.webUrl({ withFragments: true }).filter((u) => u.includes('#')),
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'),
    )
    fc.assert(
      fc.property(genuine, url, (record, forgedUrl) => {
        expect(retried([{ ...record, url: forgedUrl }])).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
