import { describe, expect, it, vi } from 'vitest'
import { createRecordLog } from '../../src/signals/record-log'
import type { ProofRecord } from 'consentry'

const ENDPOINT = '/consent-log'
const KEY = 'consentry:outbox'

const record = (id: string, extra: Partial<ProofRecord> = {}): ProofRecord => ({
  id,
  consentId: 'c0nsent1d',
  timestamp: '2025-05-01T10:00:00.000Z',
  revision: 1,
  configHash: 'abc123',
  language: 'en',
  method: 'accept-all',
  categories: ['necessary', 'analytics'],
  services: ['google-analytics'],
  gpc: false,
  url: 'https://example.com/blog/',
  ...extra,
})

/** The ids in the outbox, as the next page would find them. */
const outbox = () =>
  (JSON.parse(localStorage.getItem(KEY) || '[]') as ProofRecord[]).map((r) => r.id)

/** Lets pending promise callbacks (a fetch's `then`) run. */
const flush = () => new Promise((done) => setTimeout(done, 0))

/** A fetch whose every call waits until the test answers it. */
function pendingFetch() {
  const calls: { url: string; init: RequestInit; answer(status: number): void; fail(): void }[] = []
  const fetch = vi.fn((url: string, init: RequestInit) => {
    return new Promise<Response>((resolve, reject) =>
      calls.push({
        url,
        init,
        answer: (status) => resolve(new Response(null, { status })),
        fail: () => reject(new TypeError('Failed to fetch')),
      }),
    )
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, spy: fetch }
}

describe('sending a record', () => {
  it('[proof.record] posts it with a keepalive fetch that sends no Referer, and dequeues it on a 2xx', async () => {
    const { fetch, calls } = pendingFetch()
    createRecordLog(ENDPOINT, { fetch }).send(record('r1'))

    expect(calls).toHaveLength(1)
    const { url, init } = calls[0]!
    expect(url).toBe(ENDPOINT)
    // The page's query (`?email=…&token=…`) must not leave through the Referer header.
    expect(init).toMatchObject({ method: 'POST', keepalive: true, referrerPolicy: 'no-referrer' })
    expect(typeof init.body).toBe('string')
    expect(JSON.parse(init.body as string)).toEqual(record('r1'))
    // No Content-Type header: the string's text/plain keeps the request free of preflights.
    expect(init.headers).toBeUndefined()
    expect(outbox()).toEqual(['r1'])

    calls[0]!.answer(204)
    await flush()
    expect(outbox()).toEqual([])
  })

  it('keeps the record queued when the request fails, and takes any answer as delivered', async () => {
    const { fetch, calls } = pendingFetch()
    const log = createRecordLog(ENDPOINT, { fetch })
    log.send(record('r1'))
    log.send(record('r2'))
    // Sent no-cors, like a beacon: no CORS needed, and the answer is opaque.
    expect(calls.every((call) => call.init.mode == 'no-cors')).toBe(true)
    calls[0]!.fail()
    calls[1]!.answer(500)
    await flush()
    expect(outbox()).toEqual(['r1'])
  })

  it('keeps the record queued when fetch itself throws', () => {
    const fetch = vi.fn(() => {
      throw new TypeError('fetch is not a function')
    }) as unknown as typeof globalThis.fetch
    const log = createRecordLog(ENDPOINT, { fetch })
    expect(() => log.send(record('r1'))).not.toThrow()
    expect(outbox()).toEqual(['r1'])
  })

  it('does not even try while the browser is offline, and keeps the record queued', () => {
    const { fetch, spy } = pendingFetch()
    createRecordLog(ENDPOINT, { fetch, online: () => false }).send(record('r1'))
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    createRecordLog(ENDPOINT, { fetch }).send(record('r2'))

    expect(spy).not.toHaveBeenCalled()
    expect(outbox()).toEqual(['r1', 'r2'])
  })

  it('queues a record sent twice with the same id once, as last sent', () => {
    const log = createRecordLog(ENDPOINT, { online: () => false })
    log.send(record('r1', { method: 'accept-all' }))
    log.send(record('r2'))
    log.send(record('r1', { method: 'reject-all' }))

    const stored = JSON.parse(localStorage.getItem(KEY)!) as ProofRecord[]
    expect(stored.map((r) => [r.id, r.method])).toEqual([
      ['r2', 'accept-all'],
      ['r1', 'reject-all'],
    ])
  })

  it('keeps only the 50 newest records queued', () => {
    const log = createRecordLog(ENDPOINT, { online: () => false })
    for (let i = 0; i < 60; i++) log.send(record(`r${i}`))
    expect(outbox()).toEqual(Array.from({ length: 50 }, (_, i) => `r${i + 10}`))
  })

  it('leaves a record queued while a fetch for another one succeeds', async () => {
    const { fetch, calls } = pendingFetch()
    let online = true
    const log = createRecordLog(ENDPOINT, { fetch, online: () => online })
    log.send(record('r1'))
    online = false
    log.send(record('r2'))

    calls[0]!.answer(204)
    await flush()
    expect(outbox()).toEqual(['r2'])
  })
})

describe('retrying on the next page view', () => {
  const queue = (...ids: string[]) =>
    localStorage.setItem(KEY, JSON.stringify(ids.map((id) => record(id))))

  it('[proof.record] re-sends every queued record with fetch and removes each only on a 2xx', async () => {
    queue('r1', 'r2', 'r3', 'r4')
    const { fetch, calls } = pendingFetch()
    createRecordLog(ENDPOINT, { fetch }).retry()

    expect(calls.map((call) => JSON.parse(call.init.body as string).id)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
    ])
    expect(
      calls.every(
        (call) =>
          call.url == ENDPOINT && call.init.keepalive && call.init.referrerPolicy == 'no-referrer',
      ),
    ).toBe(true)
    calls[0]!.answer(204)
    calls[1]!.answer(503)
    calls[2]!.fail()
    calls[3]!.answer(200)
    await flush()
    expect(outbox()).toEqual(['r2', 'r3'])
  })

  it('sends nothing while offline and keeps the queue', () => {
    queue('r1')
    const { fetch, spy } = pendingFetch()
    createRecordLog(ENDPOINT, { fetch, online: () => false }).retry()
    expect(spy).not.toHaveBeenCalled()
    expect(outbox()).toEqual(['r1'])
  })

  it('does nothing, and writes nothing, when the outbox is empty', () => {
    const { fetch, spy } = pendingFetch()
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    createRecordLog(ENDPOINT, { fetch }).retry()
    expect(spy).not.toHaveBeenCalled()
    expect(setItem).not.toHaveBeenCalled()
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it.each([
    ['not JSON', '{oops'],
    ['an object', '{"id":"r1"}'],
    ['null', 'null'],
  ])('survives an outbox that is %s, and clears it', (_, raw) => {
    localStorage.setItem(KEY, raw)
    const { fetch, spy } = pendingFetch()
    expect(() => createRecordLog(ENDPOINT, { fetch }).retry()).not.toThrow()
    expect(spy).not.toHaveBeenCalled()
    expect(localStorage.getItem(KEY)).toBeNull()
  })

  it('drops entries that are not records and sends the rest', () => {
    localStorage.setItem(KEY, JSON.stringify([null, 7, 'r0', { id: 3 }, {}, record('r1')]))
    const { fetch, calls } = pendingFetch()
    createRecordLog(ENDPOINT, { fetch }).retry()
    expect(calls.map((call) => JSON.parse(call.init.body as string).id)).toEqual(['r1'])
    expect(outbox()).toEqual(['r1'])
  })

  it('drops forged entries: unknown fields, wrong types, a URL with a query, or oversize', () => {
    const forged = [
      { ...record('extra'), email: 'victim@example.com' },
      { ...record('typed'), revision: '1' },
      { ...record('method'), method: 'grant-everything' },
      record('query', { url: 'https://example.com/account?token=secret' }),
      record('other', { url: 'javascript:alert(1)' }),
      record('huge', {
        services: Array.from({ length: 1000 }, (_, i) => 'service-' + i + 'x'.repeat(20)),
      }),
    ]
    localStorage.setItem(KEY, JSON.stringify([...forged, record('r1')]))
    const { fetch, calls } = pendingFetch()
    createRecordLog(ENDPOINT, { fetch }).retry()
    expect(calls.map((call) => JSON.parse(call.init.body as string).id)).toEqual(['r1'])
    expect(outbox()).toEqual(['r1'])
  })

  it('sends a record after a malformed outbox, replacing it', () => {
    localStorage.setItem(KEY, '[{"id":')
    createRecordLog(ENDPOINT, { online: () => false }).send(record('r1'))
    expect(outbox()).toEqual(['r1'])
  })
})

describe('storage that fails', () => {
  /** localStorage, except that the named methods throw a DOMException of that name. */
  const failing = (name: 'SecurityError' | 'QuotaExceededError', methods: string[]): Storage => {
    const fail = () => {
      throw new DOMException('Storage failed', name)
    }
    const storage = {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: (key: string, value: string) => localStorage.setItem(key, value),
      removeItem: (key: string) => localStorage.removeItem(key),
    }
    for (const method of methods) (storage as Record<string, unknown>)[method] = fail
    return storage as unknown as Storage
  }

  it('still delivers, and never throws, when every storage call is a SecurityError', async () => {
    const storage = failing('SecurityError', ['getItem', 'setItem', 'removeItem'])
    const { fetch, calls } = pendingFetch()
    const log = createRecordLog(ENDPOINT, { storage, fetch })
    expect(() => log.retry()).not.toThrow()
    expect(() => log.send(record('r1'))).not.toThrow()
    expect(calls).toHaveLength(1)
    calls[0]!.answer(204)
    await flush()
  })

  it('still delivers when even reading window.localStorage throws', () => {
    // Chromium with "Block third-party cookies" throws on the getter itself in a third-party frame.
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
    try {
      const { fetch, calls } = pendingFetch()
      const log = createRecordLog(ENDPOINT, { fetch })
      expect(() => log.retry()).not.toThrow()
      expect(() => log.send(record('r1'))).not.toThrow()
      expect(calls).toHaveLength(1)
    } finally {
      Object.defineProperty(window, 'localStorage', own)
    }
  })

  it('still delivers when the quota is exceeded, keeping the outbox as it was', async () => {
    localStorage.setItem(KEY, JSON.stringify([record('r0')]))
    const storage = failing('QuotaExceededError', ['setItem'])
    const { fetch, calls } = pendingFetch()
    const log = createRecordLog(ENDPOINT, { storage, fetch })
    expect(() => log.send(record('r1'))).not.toThrow()
    expect(calls).toHaveLength(1)
    calls[0]!.answer(204)
    await flush()
    expect(outbox()).toEqual(['r0'])
  })

  it('delivers without an outbox when storage is null', () => {
    const { fetch, calls } = pendingFetch()
    createRecordLog(ENDPOINT, { storage: null, fetch }).send(record('r1'))
    expect(calls).toHaveLength(1)
    expect(localStorage.getItem(KEY)).toBeNull()
  })
})
