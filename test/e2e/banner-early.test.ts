import { describe, expect, it } from 'vitest'
import { useDemo } from './harness'

/*
 * The banner renders as soon as there is a <body> and its chunks have arrived, not when the
 * whole page has been parsed: on a page whose body holds a slow parser-blocking script (a
 * WordPress footer full of plugins), a new visitor is asked while the rest still loads. What
 * looks for the page's own markup waits for it: the embed placeholder, and the check that the
 * page has a "Cookie settings" control of its own, whose footer comes after the slow script.
 */

const page = `<!doctype html><html lang="en"><head>
<script type="application/json" id="consentry-config">
  { "revision": 1, "categories": { "necessary": { "required": true }, "analytics": { "title": "Analytics" } },
    "ui": { "floatingButton": false } }
</script>
<script src="/consentry/consentry.js"></script><title>A slow page</title>
</head><body><main><h1>A slow page</h1>
<iframe data-consent="analytics" data-src="https://www.youtube-nocookie.com/embed/early" title="Video"></iframe>
<script src="/slow.js"></script>
</main><footer><a href="#" data-consent-action="preferences">Cookie settings</a></footer></body></html>`

describe('the banner on a page that is still loading', () => {
  const demo = useDemo()

  it('shows before the page is parsed, and looks for its markup once it is', async () => {
    const visitor = await demo.visitor()
    let release!: () => void
    const held = new Promise<void>((done) => (release = done))
    await visitor.context.route(/\/early\.html$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
    )
    await visitor.context.route(/\/slow\.js$/, async (route) => {
      await held
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })
    })
    const tab = await visitor.context.newPage()
    const warnings: string[] = []
    tab.on('console', (message) => message.type() == 'warning' && warnings.push(message.text()))
    await tab.goto(demo.url('/early.html'), { waitUntil: 'commit' })

    const banner = tab.getByRole('region', { name: 'Cookie consent' })
    await banner.waitFor({ timeout: 10_000 })
    expect(await tab.evaluate(() => document.readyState)).toBe('loading')

    release()
    await tab.waitForLoadState('load')
    await tab.getByRole('group', { name: 'Content from Analytics' }).waitFor()
    // The footer's control was there by the time the check ran: no false alarm.
    expect(warnings.filter((text) => /cannot withdraw/.test(text))).toEqual([])
    expect(visitor.gatedRequests()).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })
})
