import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, useDemo, type Visitor } from './harness'
import type { ProofRecord } from 'consentry'

/*
 * Proof of consent (GDPR Art. 7(1)): every decision on the demo site is sent to the demo
 * server's log (`"log": { "endpoint": "/consent-log" }` in demo/consent.json), which keeps each
 * record once by id and counts every POST it receives.
 */

const config = JSON.parse(readFileSync(new URL('../../demo/consent.json', import.meta.url), 'utf8'))
const FIELDS = [
  'categories',
  'configHash',
  'consentId',
  'expires',
  'gpc',
  'id',
  'language',
  'method',
  'revision',
  'services',
  'textsVersion',
  'timestamp',
  'url',
]

interface ConsentLog {
  records: ProofRecord[]
  /** Every POST the endpoint received, duplicates included. */
  received: number
}

/** What the demo server's log holds, asked from outside the browser. */
const logOf = async (page: Page): Promise<ConsentLog> =>
  (await page.context().request.get(new URL('/consent-log', page.url()).href)).json()

/** The records the server holds for the visitor of `page`, in the order they arrived. */
const recordsOf = async (page: Page, consentId: string) =>
  (await logOf(page)).records.filter((record) => record.consentId == consentId)

/** The visitor's consent id, once a choice is stored (a click on the banner decides in a task). */
const consentIdOf = async (page: Page): Promise<string> => {
  const id = await page.waitForFunction(() => window.Consentry!.getRecord()?.consentId)
  return (await id.jsonValue())!
}

/** The records waiting in the page's outbox. */
const outboxOf = (page: Page): Promise<ProofRecord[]> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('consentry:outbox') || '[]'))

/** How the visitor's browser sent each request to the log (always `fetch`: a beacon would carry a Referer). */
const posts = (visitor: Visitor) =>
  visitor.requests.filter((r) => r.path == '/consent-log').map((r) => r.type)

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })

describe('proof of consent', () => {
  const demo = useDemo()

  it('[store.record-fields] [proof.record] records the language of the banner the visitor read, and a version of its texts', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/?lang=de')
    await consentryReady(page)
    await page.getByRole('region').getByRole('button', { name: 'Alle akzeptieren' }).click()
    const consentId = await consentIdOf(page)
    await expect.poll(() => recordsOf(page, consentId)).toHaveLength(1)
    const [german] = await recordsOf(page, consentId)
    // The demo's config default is English; the visitor read German.
    expect(german).toMatchObject({ language: 'de', method: 'accept-all' })
    expect(await page.evaluate(() => window.Consentry!.getRecord()!.language)).toBe('de')

    const english = await demo.visitor()
    const other = await english.open('/')
    await consentryReady(other)
    await bannerOf(other).getByRole('button', { name: 'Accept all' }).click()
    const otherId = await consentIdOf(other)
    await expect.poll(() => recordsOf(other, otherId)).toHaveLength(1)
    const [record] = await recordsOf(other, otherId)
    expect(record!.language).toBe('en')
    expect(record!.textsVersion).not.toBe(german!.textsVersion)
  })

  it('[proof.record] sends one record for "Accept all" on the banner: the choice, the page without its query, and nothing about the visitor', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/?utm_source=newsletter&utm_campaign=may#comments')
    await consentryReady(page)
    const started = Date.now()
    await bannerOf(page).getByRole('button', { name: 'Accept all' }).click()

    const consentId = await consentIdOf(page)
    await expect.poll(() => recordsOf(page, consentId)).toHaveLength(1)
    await settle(page)
    const [record] = await recordsOf(page, consentId)
    expect(Object.keys(record!).sort()).toEqual(FIELDS)
    expect(record).toMatchObject({
      consentId,
      revision: config.revision,
      language: 'en',
      method: 'accept-all',
      gpc: false,
      url: new URL('/', page.url()).href,
    })
    expect([...record!.categories].sort()).toEqual(Object.keys(config.categories).sort())
    expect([...record!.services].sort()).toEqual(Object.keys(config.services).sort())
    expect(record!.id).toMatch(/\S/)
    expect(record!.configHash).toMatch(/\S/)
    expect(record!.textsVersion).toMatch(/^[0-9a-z]{1,16}$/)
    const time = Date.parse(record!.timestamp)
    expect(new Date(time).toISOString()).toBe(record!.timestamp)
    expect(time).toBeGreaterThanOrEqual(started - 1000)
    expect(time).toBeLessThanOrEqual(Date.now())
    // A consent lasts 13 months unless the config says otherwise.
    expect(Date.parse(record!.expires!) - time).toBe(34187400 * 1000)

    // No user agent, not even in part, and no address: the record is the choice alone.
    const userAgent = await page.evaluate(() => navigator.userAgent)
    const text = JSON.stringify(record)
    for (const part of ['Mozilla', 'Chrome', 'Linux', userAgent]) expect(text).not.toContain(part)
    expect(text).not.toContain('utm_')
    expect(text).not.toContain('#comments')

    // Sent once, and nothing left to retry.
    expect(posts(visitor)).toEqual(['fetch'])
    expect(await outboxOf(page)).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('[proof.withdrawal-replaces] sends a withdrawal as a second record that names the one it replaces', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await page.evaluate(() => window.Consentry!.acceptAll())
    const consentId = await consentIdOf(page)
    await expect.poll(() => recordsOf(page, consentId)).toHaveLength(1)

    await page.evaluate(() => window.Consentry!.rejectAll())
    await expect.poll(() => recordsOf(page, consentId)).toHaveLength(2)
    const [accepted, withdrawn] = await recordsOf(page, consentId)
    expect(accepted!.method).toBe('accept-all')
    expect(accepted!.replaces).toBeUndefined()
    expect(withdrawn).toMatchObject({ method: 'reject-all', replaces: accepted!.id })
    expect(withdrawn!.id).not.toBe(accepted!.id)
    expect(posts(visitor)).toEqual(['fetch', 'fetch'])
    const required = Object.keys(config.categories).filter((id) => config.categories[id].required)
    expect(withdrawn!.categories).toEqual(required)
    expect(Date.parse(withdrawn!.timestamp)).toBeGreaterThanOrEqual(Date.parse(accepted!.timestamp))
    expect(visitor.pageErrors()).toEqual([])
  })

  it('keeps a decision made offline and delivers it exactly once on a later page view', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    const banner = bannerOf(page)
    await banner.waitFor()

    await visitor.context.setOffline(true)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    await banner.getByRole('button', { name: 'Accept all' }).click()
    const consentId = await consentIdOf(page)
    await expect.poll(() => outboxOf(page)).toHaveLength(1)
    const [queued] = await outboxOf(page)
    expect(queued).toMatchObject({ consentId, method: 'accept-all' })
    // Offline, the browser is not even asked to send it.
    expect(posts(visitor)).toEqual([])

    await visitor.context.setOffline(false)
    await page.goto(new URL('/blog/hello-world/', page.url()).href)
    await consentryReady(page)
    await expect.poll(() => recordsOf(page, consentId)).toHaveLength(1)
    expect((await recordsOf(page, consentId))[0]).toEqual(queued)
    // Acknowledged, so dequeued: the next page sends nothing again.
    await expect.poll(() => outboxOf(page)).toEqual([])
    await page.goto(new URL('/privacy-policy/', page.url()).href)
    await consentryReady(page)
    await settle(page)
    expect(await recordsOf(page, consentId)).toHaveLength(1)
    // Once, by the page that found it queued, with a fetch whose answer it can read.
    expect(posts(visitor)).toEqual(['fetch'])
    expect(visitor.pageErrors()).toEqual([])
  })
})
