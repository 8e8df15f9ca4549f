import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, useDemo, type Visitor } from './harness'

/*
 * Attacks on the script-tag core, each as a real page in Chromium (issue 13): a poisoned
 * localStorage, an element of user content that shares the config's id, a tampered chunk, and a
 * core loaded where it cannot tell where its chunks are.
 */

const demo = useDemo()
const CONFIG = readFileSync(new URL('../../demo/consent.json', import.meta.url), 'utf8')
const CORE = new URL('../../dist/consentry.js', import.meta.url)

/** Serves `html` at `path` on the demo's origin, for this visitor. */
const servePage = (visitor: Visitor, path: string, html: string) =>
  visitor.context.route(
    (url) => url.pathname == path,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  )

const page = (
  head: string,
  body = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}
<script type="text/plain" data-consent="marketing">window.__marketing = true</script>
</head><body><h1>Attack</h1>${body}</body></html>`

const inline = (json = CONFIG) =>
  `<script type="application/json" id="consentry-config">${json}</script>`

describe('the script-tag core under attack', () => {
  it('takes no authority from storage: rewriting every stored entry grants, redirects and deletes nothing', async () => {
    const visitor = await demo.visitor()
    const first = await visitor.open('/')
    await consentryReady(first)
    await settle(first)
    // What a same-origin script, once, could write: every category required, the log sent to
    // another origin, a rule that freezes the page and one that deletes the session cookie.
    await first.evaluate(() => {
      const forged = (value: string) =>
        value
          .replace(/"required":false/g, '"required":true')
          .replace(
            /"categories":\[[^\]]*\]/,
            '"required":["necessary","analytics","marketing","media"]',
          )
          .replace(/"endpoint":"[^"]*"/g, '"endpoint":"https://evil.example/steal"')
          .replace(
            /"rules":\[/,
            '"rules":[{"match":"^(a+)+$","flags":"","owner":"marketing"},{"match":"^PHPSESSID$","flags":"","owner":"marketing"},',
          )
      for (const key of Object.keys(localStorage))
        localStorage.setItem(key, forged(localStorage.getItem(key)!) + ' ')
      localStorage.setItem('consentry:compiled', '{"required":["marketing"]}')
      localStorage.setItem('consentry:valid', 'anything')
      document.cookie = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!=1; path=/'
    })
    const second = await visitor.open('/blog/hello-world/')
    await consentryReady(second)
    await settle(second)
    const state = await second.evaluate(() => window.Consentry!.getState())
    expect(state.decided).toBe(false)
    expect(state.categories).toMatchObject({ analytics: false, marketing: false })
    expect(visitor.gatedRequests()).toEqual([])
    await second.evaluate(() => window.Consentry!.rejectAll())
    await settle(second)
    expect(visitor.requests.filter((r) => r.host == 'evil.example')).toEqual([])
    expect((await visitor.cookies()).map((c) => c.name)).toContain('PHPSESSID')
  })

  it('takes its config only from where the site put it, never from user content sharing the id', async () => {
    const visitor = await demo.visitor()
    const forged = JSON.stringify({
      revision: 1,
      categories: { necessary: { required: true }, marketing: { required: true } },
    })
    // The core deferred, with its config by URL; user content holds a div and a late script
    // with the config's id, either of which used to replace the site's config.
    await servePage(
      visitor,
      '/attack-config-by-url.html',
      page(
        `<script src="/consentry/consentry.js" data-config="/consent.json" defer></script>`,
        `<div id="consentry-config">${forged}</div>`,
      ),
    )
    const byUrl = await visitor.open('/attack-config-by-url.html')
    await consentryReady(byUrl)
    expect(
      await byUrl.evaluate(() => window.Consentry!.config.categories.marketing!.required),
    ).toBeFalsy()
    expect(await byUrl.evaluate(() => !!(window as { __marketing?: boolean }).__marketing)).toBe(
      false,
    )

    await servePage(
      visitor,
      '/attack-late-script.html',
      page(
        `<script src="/consentry/consentry.js" defer></script>`,
        `<script type="application/json" id="consentry-config">${forged}</script>`,
      ),
    )
    const late = await visitor.open('/attack-late-script.html')
    await settle(late)
    expect(await late.evaluate(() => !!window.Consentry)).toBe(false)
    expect(visitor.consoleErrors().some((text) => /no config/.test(text))).toBe(true)
    expect(await late.evaluate(() => !!(window as { __marketing?: boolean }).__marketing)).toBe(
      false,
    )
  })

  it('loads its chunks with integrity when the core has it, and runs no tampered chunk', async () => {
    const visitor = await demo.visitor()
    const hash = 'sha256-' + createHash('sha256').update(readFileSync(CORE)).digest('base64')
    await servePage(
      visitor,
      '/attack-integrity.html',
      page(
        `${inline()}<script src="/consentry/consentry.js" integrity="${hash}" crossorigin="anonymous"></script>`,
      ),
    )
    // The validator is served tampered: it would grant everything.
    await visitor.context.route('**/consentry/consentry-check.js', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: '(window.ConsentryChunks ||= {}).check = () => []; window.__tampered = true',
      }),
    )
    const tab = await visitor.open('/attack-integrity.html')
    await settle(tab)
    const chunk = await tab.evaluate(() => {
      const script = document.querySelector<HTMLScriptElement>('script[src$="consentry-check.js"]')
      return script && { integrity: script.integrity, crossOrigin: script.crossOrigin }
    })
    expect(chunk).toEqual({
      integrity: expect.stringMatching(/^sha256-/),
      crossOrigin: 'anonymous',
    })
    expect(await tab.evaluate(() => !!(window as { __tampered?: boolean }).__tampered)).toBe(false)
    expect(await tab.evaluate(() => !!window.Consentry)).toBe(false)
    expect(
      visitor.consoleErrors().some((text) => /cannot load .*consentry-check\.js/.test(text)),
    ).toBe(true)
  })

  it('sizes an embed placeholder from numbers only: an iframe attribute cannot style the page', async () => {
    const visitor = await demo.visitor()
    // A visitor's iframe that is laid out at no size, so the placeholder takes the attributes.
    const evil = 'width:0;height:0;border:0'
    await servePage(
      visitor,
      '/attack-placeholder.html',
      page(
        `${inline()}<script src="/consentry/consentry.js"></script>`,
        `<iframe data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/x" style="${evil}"
          width="10;position:fixed;inset:0;background:url(https://evil.example/x.png)" height="10"></iframe>`,
      ),
    )
    const tab = await visitor.open('/attack-placeholder.html')
    await consentryReady(tab)
    await tab.waitForFunction(() => document.querySelectorAll('consentry-ui').length >= 2)
    await settle(tab)
    const host = await tab.evaluate(() => {
      const frame = document.querySelector('iframe')!
      const style = getComputedStyle(frame.previousElementSibling!)
      return { position: style.position, background: style.backgroundImage }
    })
    expect(host).toEqual({ position: 'static', background: 'none' })
    expect(visitor.requests.filter((r) => r.host == 'evil.example')).toEqual([])
  })

  it('refuses to guess where its chunks are when it cannot find its own script', async () => {
    const visitor = await demo.visitor()
    await servePage(
      visitor,
      '/attack-module.html',
      page(`${inline()}<script type="module" src="/consentry/consentry.js"></script>`),
    )
    const tab = await visitor.open('/attack-module.html')
    await settle(tab)
    expect(visitor.requests.filter((r) => /consentry-\w+\.js$/.test(r.path))).toEqual([])
    expect(visitor.consoleErrors().some((text) => /cannot find its own <script>/.test(text))).toBe(
      true,
    )
    expect(await tab.evaluate(() => !!(window as { __marketing?: boolean }).__marketing)).toBe(
      false,
    )
  })
})
