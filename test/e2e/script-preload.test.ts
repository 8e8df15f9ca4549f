import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, useDemo, type Visitor } from './harness'

/*
 * Gated external scripts that wait behind inline ones are preloaded once they are granted, so
 * that each runs from memory when its turn comes instead of holding every later script for a
 * round trip. The preload must be fetched as the script is (or the browser downloads the script
 * twice), carry the nonce a strict CSP asks for, and change nothing of the order.
 */

const NONCE = 'preload-test-nonce'
// D is fetched with CORS, Subresource Integrity and its own referrer policy.
const RAN_JS = readFileSync(new URL('../../demo/assets/ran.js', import.meta.url))
const D = ` crossorigin="anonymous" integrity="sha384-${createHash('sha384').update(RAN_JS).digest('base64')}" referrerpolicy="no-referrer"`

// Inline, external, inline, external (see D), inline: each records itself in window.__order.
const page = (nonce: string) => {
  const n = nonce ? ` nonce="${nonce}"` : ''
  const inline = (name: string) =>
    `<script type="text/plain" data-consent="analytics"${n}>(window.__order ||= []).push('${name}')</script>`
  const external = (name: string, more = '') =>
    `<script type="text/plain" data-consent="analytics" src="/assets/ran.js?${name}" data-name="${name}"${more}${n}></script>`
  return `<!doctype html><html lang="en"><head>
<script type="application/json" id="consentry-config"${n}>
  { "revision": 1, "categories": { "necessary": { "required": true }, "analytics": {} } }
</script>
<script src="/consentry/consentry.js"${n}></script><title>Preloaded gated scripts</title>
</head><body><main><p>Five gated scripts.</p>
${inline('A')}${external('B')}${inline('C')}${external('D', D)}${inline('E')}
</main></body></html>`
}

declare global {
  interface Window {
    __order?: string[]
    __preloadViolations?: string[]
  }
}

const serve = async (visitor: Visitor, csp?: string) => {
  await visitor.context.route(/\/preload\.html$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'content-security-policy': csp } : {},
      body: page(csp ? NONCE : ''),
    }),
  )
  await visitor.context.addInitScript(() => {
    const seen: string[] = (window.__preloadViolations = [])
    addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
      true,
    )
  })
}

// Opens the page, accepts, and waits until the last script ran and the network is quiet.
const acceptedOn = async (visitor: Visitor): Promise<Page> => {
  const tab = await visitor.open('/preload.html')
  await consentryReady(tab)
  await settle(tab)
  await tab.evaluate(() => window.Consentry!.acceptAll())
  await tab.waitForFunction(() => window.__order?.includes('E'))
  await settle(tab)
  return tab
}

const preloads = (tab: Page) =>
  tab.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((link) => ({
      href: new URL(link.href).search,
      as: link.as,
      crossOrigin: link.crossOrigin,
      integrity: !!link.integrity,
      referrerPolicy: link.referrerPolicy,
      nonce: !!link.nonce,
    })),
  )

const requestsFor = (visitor: Visitor, name: string) =>
  visitor.requests.filter((request) => request.url.endsWith(`/assets/ran.js?${name}`)).length

describe('gated external scripts behind inline ones', () => {
  const demo = useDemo()

  it('are preloaded once granted, fetched once each, and run in document order', async () => {
    const visitor = await demo.visitor()
    await serve(visitor)
    const tab = await acceptedOn(visitor)

    expect(await tab.evaluate(() => window.__order)).toEqual(['A', 'B', 'C', 'D', 'E'])
    // The script used its preload: one download each, not two.
    expect([requestsFor(visitor, 'B'), requestsFor(visitor, 'D')]).toEqual([1, 1])
    expect(await preloads(tab)).toEqual([
      {
        href: '?B',
        as: 'script',
        crossOrigin: null,
        integrity: false,
        referrerPolicy: '',
        nonce: false,
      },
      {
        href: '?D',
        as: 'script',
        crossOrigin: 'anonymous',
        integrity: true,
        referrerPolicy: 'no-referrer',
        nonce: false,
      },
    ])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it("carry the page's nonce under a strict CSP, which reports no violation", async () => {
    const visitor = await demo.visitor()
    await serve(visitor, `script-src 'nonce-${NONCE}'; object-src 'none'`)
    const tab = await acceptedOn(visitor)

    expect(await tab.evaluate(() => window.__order)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(await tab.evaluate(() => window.__preloadViolations)).toEqual([])
    expect([requestsFor(visitor, 'B'), requestsFor(visitor, 'D')]).toEqual([1, 1])
    expect((await preloads(tab)).map((link) => link.nonce)).toEqual([true, true])
  })

  it('are not preloaded before consent, nor after "Reject all"', async () => {
    const visitor = await demo.visitor()
    await serve(visitor)
    const tab = await visitor.open('/preload.html')
    await consentryReady(tab)
    await tab.evaluate(() => window.Consentry!.rejectAll())
    await settle(tab)

    expect(await preloads(tab)).toEqual([])
    expect([requestsFor(visitor, 'B'), requestsFor(visitor, 'D')]).toEqual([0, 0])
    expect(await tab.evaluate(() => window.__order)).toBeUndefined()
  })
})
