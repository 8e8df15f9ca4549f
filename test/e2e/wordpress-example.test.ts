import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, stateOf, useDemo, type Visitor } from './harness'

// The README links examples/wordpress/functions.php as the way to set Consentry up in a theme.
// PHP renders the page exactly as a theme with that code would, and Chromium opens it.
const THEME = '/wp-content/themes/example/'
const GA = 'www.googletagmanager.com'

function renderTheme(): string {
  const php = spawnSync('php', [new URL('wordpress/render-theme.php', import.meta.url).pathname], {
    encoding: 'utf8',
  })
  if (php.error)
    throw new Error(
      `the WordPress example needs PHP to be checked (apt-get install php-cli): ${php.error.message}`,
    )
  if (php.status != 0)
    throw new Error(`PHP failed on examples/wordpress/functions.php:\n${php.stderr}${php.stdout}`)
  return php.stdout
}

async function openWordPressPage(visitor: Visitor, html: string): Promise<Page> {
  await visitor.context.route(/\/wp\/$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  )
  // The theme's js/consentry/ folder holds the package's dist/consentry*.js files, as step 1 says.
  await visitor.context.route(new RegExp(`${THEME}js/consentry/consentry[\\w-]*\\.js$`), (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: readFileSync(
        new URL(`../../dist/${route.request().url().split('/').pop()}`, import.meta.url),
      ),
    }),
  )
  const page = await visitor.open('/wp/')
  await consentryReady(page)
  return page
}

describe('the WordPress example (examples/wordpress/functions.php)', () => {
  const demo = useDemo()
  const html = renderTheme()

  it('prints the config and consentry.js first in <head>, before the gated tag', () => {
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head.indexOf('id="consentry-config"')).toBeLessThan(head.indexOf('consentry.js'))
    expect(head.indexOf('consentry.js')).toBeLessThan(
      head.indexOf('data-consent="google-analytics"'),
    )
  })

  it('starts without an error, keeps Google Analytics inert until "Accept all", then runs it', async () => {
    const visitor = await demo.visitor()
    const errors: string[] = []
    visitor.context.on('page', (page) =>
      page.on('console', (message) => message.type() == 'error' && errors.push(message.text())),
    )
    const page = await openWordPressPage(visitor, html)
    await page.getByRole('button', { name: 'Accept all' }).waitFor()
    await settle(page)
    expect(visitor.requests.filter((request) => request.host == GA)).toEqual([])

    await page.getByRole('button', { name: 'Accept all' }).click()
    await visitor.waitForRequest(`https://${GA}/gtag/js?id=G-XXXXXXX`)
    expect((await stateOf(page)).services).toMatchObject({
      'google-analytics': true,
      youtube: true,
    })
    expect([...errors, ...visitor.pageErrors()]).toEqual([])
  })

  it("opens the preferences from the [consentry_settings] shortcode's button", async () => {
    const visitor = await demo.visitor()
    const page = await openWordPressPage(visitor, html)
    await page.getByRole('button', { name: 'Reject all' }).click()
    await page.getByRole('button', { name: 'Cookie settings' }).click()
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor()
  })
})
