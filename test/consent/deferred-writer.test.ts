import { describe, expect, it, vi } from 'vitest'
import { compileConfig } from '../../src/config/compile-config'
import { createWriter, type Writer } from '../../src/consent/writer'
import { createCookieReader } from '../../src/cookies/read-cookies'
import { createManager } from '../../src/manager/create-manager'
import { cookies, siteConfig } from '../helpers'

/*
 * The script tag's engine fetches its writer (consentry-write.js) only when it must write. These
 * drive createManager as the script tag does, with a writer that arrives later, or not at all.
 */

const model = () => compileConfig(siteConfig()).model!

/** A writer fetch the test settles by hand. */
const deferredWriter = () => {
  const fetches: { resolve: (writer: Writer) => void; reject: (error: unknown) => void }[] = []
  const fetch = vi.fn(
    () => new Promise<Writer>((resolve, reject) => fetches.push({ resolve, reject })),
  )
  return { fetch, fetches }
}

const flush = () => new Promise((done) => setTimeout(done))

describe('a writer fetched on demand', () => {
  it('is fetched once the banner has shown, so a decision is stored before change listeners run', async () => {
    const { fetch, fetches } = deferredWriter()
    const consent = createManager(model(), {
      document,
      reader: createCookieReader(),
      writer: fetch,
      ui: { show() {} },
    })
    // Undecided: the banner is shown, and the writer is asked for after it, when the page idles.
    expect(fetch).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1))
    fetches[0]!.resolve(createWriter())
    await flush()
    const seen: unknown[] = []
    consent.on('change', () => seen.push(consent.getRecord()?.method))
    consent.acceptAll()
    expect(seen).toEqual(['accept-all'])
    expect(cookies().consentry).toMatch(/^1~/)
    consent.destroy()
  })

  it('is fetched again by the next write after a failed fetch, and then stores every decision in order', async () => {
    const { fetch, fetches } = deferredWriter()
    const errors: unknown[] = []
    const consent = createManager(model(), {
      document,
      reader: createCookieReader(),
      writer: fetch,
      ui: { show() {} },
    })
    consent.on('error', (error) => errors.push(error))
    await vi.waitFor(() => expect(fetches).toHaveLength(1))
    fetches[0]!.reject('offline')
    await flush()
    expect(errors).toEqual([{ type: 'write', error: 'offline' }])

    // Offline, the decision holds for the page; its record waits for the writer.
    consent.rejectAll()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' })
    expect(fetch).toHaveBeenCalledTimes(2)
    consent.acceptAll()
    expect(fetch).toHaveBeenCalledTimes(2)
    fetches[1]!.resolve(createWriter())
    await flush()
    expect(consent.getRecord()?.method).toBe('accept-all')
    expect(cookies().consentry).toMatch(/~a~/)
    consent.destroy()
  })
})
