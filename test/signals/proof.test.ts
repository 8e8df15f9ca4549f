import { afterEach, describe, expect, it, vi } from 'vitest'
import { consentLog, type ConsentOptions, type ProofRecord } from 'consentry'
import { siteConfig, start } from '../helpers'
import { signalConfig } from './page'

const NOW = new Date('2026-03-01T09:30:00.000Z')

/** Starts a manager that collects its proof records, through onRecord and the record event. */
const collect = (config = signalConfig(), options: ConsentOptions = {}) => {
  const records: ProofRecord[] = []
  const events: ProofRecord[] = []
  const consent = start(config, { ...options, onRecord: (record) => records.push(record) })
  consent.on('record', (record) => events.push(record))
  return { consent, records, events }
}

afterEach(() => history.replaceState(null, '', '/'))

describe('proof of consent', () => {
  it('[proof.record] records each decision with exactly the documented fields', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    history.replaceState(null, '', '/shop/cart?coupon=SPRING&email=a%40b.example#pay')
    const config = signalConfig({ revision: 7, language: { default: 'de' } })
    const { consent, records, events } = collect(config)
    consent.save({ categories: ['analytics'], services: { hotjar: false } })

    expect(records).toHaveLength(1)
    expect(events).toEqual(records)
    const [record] = records
    expect(Object.keys(record!).sort()).toEqual(
      [
        'id',
        'consentId',
        'timestamp',
        'revision',
        'configHash',
        'language',
        'method',
        'categories',
        'services',
        'gpc',
        'url',
        'expires',
      ].sort(),
    )
    expect(record).toEqual({
      id: expect.any(String),
      consentId: consent.getRecord()!.consentId,
      timestamp: NOW.toISOString(),
      revision: 7,
      configHash: expect.any(String),
      language: 'de',
      method: 'custom',
      categories: ['necessary', 'analytics'],
      services: ['google-analytics', 'microsoft-clarity', 'matomo'],
      gpc: false,
      url: 'http://localhost:3000/shop/cart',
      // A consent lasts 13 months by default.
      expires: new Date(NOW.getTime() + 34187400 * 1000).toISOString(),
    })
  })

  it('[proof.record] holds no IP address, no user agent, no query string and no fragment', () => {
    history.replaceState(null, '', '/page?utm_source=mail#top')
    const { consent, records } = collect()
    consent.acceptAll()
    const json = JSON.stringify(records[0])
    expect(json).not.toContain(navigator.userAgent)
    expect(json).not.toMatch(/utm_source|#top|userAgent|"ip"/i)
    expect(records[0]!.url).toBe(location.origin + '/page')
  })

  it('[proof.withdrawal-replaces] names the record a withdrawal replaces, on the same page', () => {
    const { consent, records } = collect()
    consent.acceptAll()
    consent.rejectAll()
    const [accept, reject] = records
    expect(accept).not.toHaveProperty('replaces')
    expect(reject).toMatchObject({
      consentId: accept!.consentId,
      method: 'reject-all',
      categories: ['necessary'],
      services: [],
      replaces: accept!.id,
    })
  })

  it('[proof.withdrawal-replaces] names the record a decision replaces when it was made on an earlier page', () => {
    const first = collect()
    first.consent.acceptAll()
    first.consent.destroy()
    const second = collect()
    expect(second.records).toEqual([])
    second.consent.save({ categories: ['media'] })
    expect(second.records[0]).toMatchObject({
      consentId: first.records[0]!.consentId,
      replaces: first.records[0]!.id,
    })
  })

  it('gives two decisions in the same millisecond distinct ids and ordered timestamps', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    const { consent, records } = collect()
    consent.acceptAll()
    consent.rejectAll()
    consent.acceptAll()
    const ids = records.map((record) => record.id)
    expect(new Set(ids).size).toBe(3)
    expect(records.map((record) => record.replaces)).toEqual([undefined, ids[0], ids[1]])
    const times = records.map((record) => Date.parse(record.timestamp))
    expect(times[0]).toBe(NOW.getTime())
    expect(times[1]! > times[0]! && times[2]! > times[1]!).toBe(true)
  })

  it('[proof.withdrawal-replaces] records the end of a choice on reset(), then starts a new history with a new consent id', () => {
    const { consent, records } = collect()
    consent.acceptAll()
    consent.reset()
    consent.rejectAll()
    expect(records.map((record) => record.method)).toEqual(['accept-all', 'reset', 'reject-all'])
    const [accepted, reset, rejected] = records
    expect(reset).toMatchObject({
      consentId: accepted!.consentId,
      replaces: accepted!.id,
      categories: ['necessary'],
    })
    expect(reset!.id).not.toBe(accepted!.id)
    expect(rejected!.consentId).not.toBe(accepted!.consentId)
    expect(rejected).not.toHaveProperty('replaces')
  })

  it('records nothing on reset() when there was no choice to end', () => {
    const { consent, records } = collect()
    consent.reset()
    expect(records).toEqual([])
  })

  it('says whether Global Privacy Control was honoured', () => {
    const { consent, records } = collect(signalConfig(), { gpc: true })
    consent.acceptAll()
    expect(records[0]).toMatchObject({ gpc: true, categories: ['necessary', 'analytics', 'media'] })
  })

  it('hashes the exact config the visitor saw', () => {
    const hashOf = (config = siteConfig()) => {
      const { consent, records } = collect(config)
      consent.acceptAll()
      consent.destroy()
      document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
      return records[0]!.configHash
    }
    const changed = siteConfig()
    changed.categories.analytics!.description = 'Counts visits.'
    expect(hashOf()).toBe(hashOf())
    expect(hashOf(changed)).not.toBe(hashOf())
  })

  it('records nothing on a page view that only reads the stored choice', () => {
    start(signalConfig()).acceptAll()
    const { records, events } = collect()
    expect([records, events]).toEqual([[], []])
  })

  it('hands the same record to a log endpoint through consentLog()', async () => {
    const sent: [string, string][] = []
    const fetch = (url: string, init: RequestInit) => (
      sent.push([url, init.body as string]),
      Promise.resolve(new Response(null, { status: 204 }))
    )
    const config = signalConfig({ log: { endpoint: '/consent-log' } })
    const { consent, records } = collect(config, {
      plugins: [consentLog({ storage: null, fetch: fetch as typeof globalThis.fetch })],
    })
    consent.acceptAll()
    consent.rejectAll()
    await vi.waitFor(() => expect(sent).toHaveLength(2))
    expect(sent.map(([url]) => url)).toEqual(['/consent-log', '/consent-log'])
    expect(sent.map(([, body]) => JSON.parse(body))).toEqual(records)
  })
})
