import { it } from 'vitest'
import { chromium } from 'playwright-core'
import { startFixtures } from '/work/wt/scanner/scanner/test/fixture-server'
it('probe', async () => {
  const f = await startFixtures()
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', ...f.browserArgs] })
  const p = await b.newPage()
  p.on('console', (m) => console.log('console', m.text()))
  p.on('response', (r) => r.status() >= 400 && console.log('bad', r.url())); p.on('pageerror', (m) => console.log('err', m.message))
  await p.goto('http://leaky.test/')
  await p.waitForTimeout(1500); console.log(await p.evaluate(() => (window as any).CookieConsent.run({ categories: { necessary: { enabled: true, readOnly: true }, analytics: {} }, language: { default: 'en', translations: { en: { consentModal: { title: 'x', description: 'y', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' }, preferencesModal: { title: 'S', sections: [] } } } } }).then(() => 'ok', (e: Error) => String(e)))); console.log(await p.evaluate(() => document.cookie + ' ' + !!document.querySelector('#cc-main')))
  console.log(await p.evaluate(() => [!!document.querySelector('#cc-main'), document.querySelector('#cc-main')?.innerHTML.slice(0, 300), typeof (window as any).CookieConsent]))
  await b.close(); await f.close()
}, 60000)
