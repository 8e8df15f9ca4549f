import { fireEvent, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProofRecord } from 'consentry'
import { de } from 'consentry/ui/lang/de'
import { cookies, start } from '../helpers'
import { showUI, ui, uiConfig } from '../ui/show-ui'
import { signalConfig } from './page'

const NOW = new Date('2026-03-01T09:30:00.000Z')
const MONTH = 30 * 86_400_000

afterEach(() => document.documentElement.removeAttribute('lang'))

/** Shows the real UI and collects every proof record. */
async function withUI(...args: Parameters<typeof showUI>) {
  const records: ProofRecord[] = []
  const consent = await showUI(args[0], args[1], {
    ...args[2],
    onRecord: (record) => records.push(record),
  })
  return { consent, records }
}

describe('what a record says the visitor saw', () => {
  it('[store.record-fields] [proof.record] names the language of the banner the visitor read, not the config default', async () => {
    document.documentElement.lang = 'de'
    const { consent, records } = await withUI(
      { ...uiConfig(), language: { default: 'en' } },
      { languages: { de } },
    )
    fireEvent.click(ui().getByRole('button', { name: de.acceptAll }))
    await waitFor(() => expect(records).toHaveLength(1))
    expect(records[0]!.language).toBe('de')
    // The stored choice says so too.
    expect(consent.getRecord()!.language).toBe('de')
    expect(cookies().consentry).toMatch(/~a~de~/)
  })

  it('[proof.record] carries a short version of the texts shown, which changes when they change', async () => {
    const versionFor = async (acceptAll?: string) => {
      const config = { ...uiConfig(), ...(acceptAll && { texts: { en: { acceptAll } } }) }
      const { records } = await withUI(config)
      fireEvent.click(ui().getByRole('button', { name: acceptAll || 'Accept all' }))
      await waitFor(() => expect(records).toHaveLength(1))
      document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
      return records[0]!.textsVersion!
    }
    const plain = await versionFor()
    expect(plain).toMatch(/^[0-9a-z]{1,16}$/)
    expect(await versionFor()).toBe(plain)
    expect(await versionFor('Agree')).not.toBe(plain)
  })

  it("[store.record-fields] names the page's language, and no texts version, for a decision made without Consentry's UI", () => {
    document.documentElement.lang = 'fr-CA'
    const records: ProofRecord[] = []
    const consent = start(signalConfig(), { onRecord: (record) => records.push(record) })
    consent.rejectAll()
    expect(records[0]!.language).toBe('fr')
    expect(records[0]).not.toHaveProperty('textsVersion')
  })
})

describe('the end of a choice', () => {
  it('[store.expiry] [proof.withdrawal-replaces] is recorded when a stored refusal has outlived its 6 months', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    const first: ProofRecord[] = []
    const before = start(signalConfig(), { onRecord: (record) => first.push(record) })
    before.rejectAll()
    const stored = cookies().consentry!
    before.destroy()
    // Seven months on, the cookie is still there: a server re-set it for 13 months.
    vi.setSystemTime(NOW.getTime() + 7 * MONTH)
    document.cookie = `consentry=${stored}; path=/; max-age=${13 * 30 * 86400}`
    const records: ProofRecord[] = []
    const consent = start(signalConfig(), { onRecord: (record) => records.push(record) })
    expect(consent.getState().decided).toBe(false)
    expect(records).toEqual([
      expect.objectContaining({
        method: 'expired',
        consentId: first[0]!.consentId,
        replaces: first[0]!.id,
        categories: ['necessary'],
        timestamp: new Date(NOW.getTime() + 7 * MONTH).toISOString(),
      }),
    ])
    // The outdated cookie is gone: the next page view records nothing again.
    expect(cookies().consentry).toBeUndefined()
  })

  it('[store.expiry] is recorded for a 13-month consent the browser wrote, whose cookie outlives it by a month', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    const first: ProofRecord[] = []
    start(signalConfig(), { onRecord: (record) => first.push(record) }).acceptAll()
    // The decision's record says when the choice lapses, for a log that never hears of it again.
    const lapses = NOW.getTime() + 34187400 * 1000
    expect(first[0]!.expires).toBe(new Date(lapses).toISOString())
    // A week after it lapsed, with no server re-set: the browser still holds the cookie.
    vi.setSystemTime(lapses + 7 * 86_400_000)
    const records: ProofRecord[] = []
    const consent = start(signalConfig(), { onRecord: (record) => records.push(record) })
    expect(consent.getState().decided).toBe(false)
    expect(consent.isGranted('analytics')).toBe(false)
    expect(records).toEqual([
      expect.objectContaining({ method: 'expired', replaces: first[0]!.id }),
    ])
    expect(records[0]).not.toHaveProperty('expires')
    expect(cookies().consentry).toBeUndefined()
  })

  it('[store.expiry] lets the cookie go a month after its choice lapsed, and never grants in that month', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    start(signalConfig()).rejectAll()
    // 6 months of 30.44 days (the duration table's calendar-average month).
    const lapses = NOW.getTime() + (34187400 / 13) * 6 * 1000
    vi.setSystemTime(lapses + 30 * 86_400_000)
    expect(cookies().consentry).toBeDefined()
    vi.setSystemTime(lapses + 32 * 86_400_000)
    expect(cookies().consentry).toBeUndefined()
  })

  it('is not recorded for a choice still in force', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW })
    start(signalConfig()).rejectAll()
    vi.setSystemTime(NOW.getTime() + 5 * MONTH)
    const records: ProofRecord[] = []
    const consent = start(signalConfig(), { onRecord: (record) => records.push(record) })
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' })
    expect(records).toEqual([])
  })
})
