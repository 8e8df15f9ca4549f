import type { Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, useDemo } from './harness'
import type { ProofRecord } from 'consentry'

/*
 * The consent log (issue 13, finding 9): the page's query must not leave through `Referer`, and
 * an entry forged in the offline outbox must not be POSTed in the visitor's name.
 */

const isLogPost = (request: Request) =>
  request.method() == 'POST' && new URL(request.url()).pathname == '/consent-log'

describe('attacks through the consent log', () => {
  const demo = useDemo()

  it('sends the log no Referer, so the page’s query and fragment stay in the page', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/?email=victim%40example.com&token=s3cret#reset')
    await consentryReady(page)
    const posted = page.waitForRequest(isLogPost)
    await page
      .getByRole('region', { name: 'Cookie consent' })
      .getByRole('button', { name: 'Accept all' })
      .click()
    const headers = await (await posted).allHeaders()
    expect(headers.referer).toBeUndefined()
    expect(JSON.stringify(headers)).not.toContain('s3cret')
  })

  it('never POSTs an entry forged in the outbox, and still delivers a genuine one', async () => {
    const visitor = await demo.visitor()
    // The outbox is seeded on a page of the site without Consentry, so that only the next page
    // view finds it: a Consentry page could also find it when its idle-time chunk starts the log.
    const page = await visitor.open('/consentry/consentry.schema.json')
    const genuine: ProofRecord = {
      id: 'genuine-record.1',
      consentId: 'f0e1d2c3-0000-4000-8000-000000000001',
      timestamp: '2026-01-01T10:00:00.000Z',
      revision: 1,
      configHash: 'abc123',
      language: 'en',
      method: 'reject-all',
      categories: ['necessary'],
      services: [],
      gpc: false,
      url: new URL('/privacy-policy/', page.url()).href,
    }
    const forged = [
      { ...genuine, id: 'forged-extra', email: 'victim@example.com' },
      { ...genuine, id: 'forged-url', url: page.url() + '?token=s3cret' },
      { ...genuine, id: 'forged-huge', services: Array(5000).fill('x'.repeat(40)) },
    ]
    await page.evaluate(
      (entries) => localStorage.setItem('consentry:outbox', JSON.stringify(entries)),
      [...forged, genuine],
    )
    const bodies: string[] = []
    page.on('request', (request) => isLogPost(request) && bodies.push(request.postData() || ''))
    const delivered = page.waitForRequest(
      (request) => isLogPost(request) && (request.postData() || '').includes('genuine-record.1'),
    )
    await page.goto(new URL('/privacy-policy/', page.url()).href)
    await consentryReady(page)
    await delivered
    await settle(page)
    expect(bodies.map((body) => JSON.parse(body).id)).toEqual(['genuine-record.1'])
  })
})
