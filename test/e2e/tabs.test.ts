import { describe, expect, it } from 'vitest'
import { consentryReady, settle, stateOf, useDemo } from './harness'

describe('two tabs of the same site', () => {
  const demo = useDemo()

  it('carries a decision made in one tab to the other within a second', async () => {
    const visitor = await demo.visitor()
    const first = await visitor.open('/')
    const second = await visitor.open('/blog/hello-world/')
    await Promise.all([consentryReady(first), consentryReady(second)])
    await Promise.all([settle(first), settle(second)])
    expect(visitor.gatedRequests()).toEqual([])

    const decided = visitor.now()
    await first.evaluate(() => window.Consentry!.acceptAll())
    await second.waitForFunction(() => window.Consentry!.getState().decided, undefined, {
      timeout: 1000,
      polling: 20,
    })

    expect(await stateOf(second)).toMatchObject({
      decided: true,
      method: 'accept-all',
      categories: { analytics: true, marketing: true, media: true },
    })
    // The second tab activates what it now may run, as if the visitor had decided there.
    await visitor.waitForRequest('https://www.googletagmanager.com/gtag/js', decided)
    await second.waitForFunction(() => !!window.__gtagStandIn, undefined, { timeout: 5000 })
    const tabs = visitor
      .gatedRequests()
      .filter((r) => r.host == 'www.googletagmanager.com')
      .map((r) => r.tab)
      .sort()
    expect(tabs).toEqual([0, 1])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('carries a withdrawal made in one tab to the other within a second', async () => {
    const visitor = await demo.visitor()
    const first = await visitor.open('/')
    await consentryReady(first)
    await first.evaluate(() => window.Consentry!.acceptAll())
    const second = await visitor.open('/blog/hello-world/')
    await consentryReady(second)
    expect((await stateOf(second)).categories.analytics).toBe(true)

    await first.evaluate(() => window.Consentry!.rejectAll())
    await second.waitForFunction(() => !window.Consentry!.isGranted('analytics'), undefined, {
      timeout: 1000,
      polling: 20,
    })
    expect(await stateOf(second)).toMatchObject({ decided: true, method: 'reject-all' })
    expect(visitor.pageErrors()).toEqual([])
  })
})
