import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { proofOf } from '../../src/consent/proof'
import { createRecordLog, OUTBOX } from '../../src/signals/record-log'
import { MOST_BYTES } from '../../src/signals/proof-shape'
import { hostileString } from './arbitraries'
import type { ConsentRecord, ProofRecord } from 'consentry'

// A decision as the core makes it, and its proof as proofOf() writes it.
const decision = fc.record({
  consentId: fc.uuid(),
  lastDecision: fc.integer({ min: 0, max: 4e12 }),
  revision: fc.nat({ max: 1e6 }),
  method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'gpc'),
  language: fc.stringMatching(/^[a-z]{2}(-[A-Z]{2})?$/),
  categories: fc.uniqueArray(fc.stringMatching(/^[a-z][\w-]{0,30}$/), { maxLength: 12 }),
  services: fc.uniqueArray(fc.stringMatching(/^[a-z][\w-]{0,30}$/), { maxLength: 60 }),
})
const genuine = fc
  .tuple(decision, fc.boolean(), fc.constantFrom('https://example.com/', 'http://a.test/blog/'))
  .map(([d, gpc, url]) => {
    const record: ConsentRecord = { ...d, firstDecision: d.lastDecision } as ConsentRecord
    return proofOf(record, { previous: undefined, configHash: 'abc123', gpc, url })
  })

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
const FIELDS = Object.keys(
  proofOf({ consentId: 'x', lastDecision: 0, firstDecision: 0 } as ConsentRecord, {
    previous: undefined,
    configHash: '',
    gpc: false,
    url: '',
  }),
)

/** The ids the log POSTs on a retry, from an outbox holding exactly `entries`. */
function retried(entries: unknown[]): unknown[] {
  localStorage.setItem(OUTBOX, JSON.stringify(entries))
  const sent: unknown[] = []
  const fetch = (_: string, init: RequestInit) => {
    sent.push(JSON.parse(init.body as string))
    return new Promise<Response>(() => {})
  }
  createRecordLog('/log', { fetch: fetch as typeof globalThis.fetch }).retry()
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
        .tuple(genuine, fc.constantFrom(...FIELDS.filter((f) => f != 'replaces')))
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
