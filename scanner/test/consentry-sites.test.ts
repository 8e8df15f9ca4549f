import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type DemoServer } from '../../demo/server.js'
import { startFixtures, type FixtureServer } from './fixture-server'
import { runScan, violationsOf } from './scan'

/*
 * Sites that run Consentry (they need the build in dist/, which `npm test` makes first): the
 * demo, set up right, and the leaky site's draft config pasted into a Consentry page.
 */

let fixtures: FixtureServer
let demo: DemoServer
const scan = (url: string, args: string[] = []) =>
  runScan(url, [...fixtures.browserArgs.map((flag) => `--browser-arg=${flag}`), ...args])

beforeAll(async () => {
  fixtures = await startFixtures()
  demo = await startServer({ port: 0 })
})
afterAll(async () => {
  await demo?.close()
  await fixtures?.close()
})

describe('the demo site, with Consentry set up right', () => {
  it('has no violations, finds Consentry through its API, and exits 0', async () => {
    const run = await scan(demo.url)
    expect(violationsOf(run)).toEqual([])
    expect(run.report!.pages.map((page) => [new URL(page.url).pathname, page.banner])).toEqual([
      ['/', 'consentry'],
      ['/blog/hello-world/', 'consentry'],
      ['/privacy-policy/', 'consentry'],
    ])
    // "Accept all" did run the gated trackers, and nothing else did.
    const phases = Object.fromEntries(run.report!.requests.map((r) => [r.host, r.phases]))
    expect(phases['www.googletagmanager.com']).toEqual(['accept'])
    expect(phases['static.hotjar.com']).toEqual(['accept'])
    expect(run.code).toBe(0)
  })
})

// The leaky site's markup with its snippets gated by the draft's service ids, as a site owner
// does when moving to Consentry.
function pastedPage(draft: unknown, services: Record<string, string>): string {
  const leaky = readFileSync(new URL('./fixtures/leaky.test/index.html', import.meta.url), 'utf8')
  const gate = (html: string) =>
    html
      .replace(
        /<script( async)? src="https:\/\/([^/]+)\/([^"]*)"><\/script>/g,
        (_, async, host, path) =>
          `<script type="text/plain" data-consent="${services[host]}"${async || ''} src="https://${host}/${path}"></script>`,
      )
      .replace(
        /<script>(\s+window\.dataLayer[\s\S]*?)<\/script>/,
        `<script type="text/plain" data-consent="${services['www.googletagmanager.com']}">$1</script>`,
      )
  return gate(leaky)
    .replace(
      /<link rel="stylesheet" href="\/cookieconsent.css" \/>/,
      `<script type="application/json" id="consentry-config">${JSON.stringify(draft)}</script>\n<script src="/consentry/consentry.js"></script>`,
    )
    .replace(
      /<script src="\/cookieconsent.umd.js"><\/script>\s*<script src="\/banner.js"><\/script>/,
      '',
    )
}

describe('the leaky site’s draft config, pasted into a Consentry page', () => {
  it('gives a working banner that blocks everything that leaked', async () => {
    const leaky = await scan('http://leaky.test/', ['--pages', '1'])
    const draft = leaky.draft as { services: Record<string, { hosts?: string[] }> }
    const services = {
      'www.googletagmanager.com': 'google-analytics',
      'static.hotjar.com': 'hotjar',
      'connect.facebook.net': 'meta-pixel',
    }
    for (const id of Object.values(services)) expect(draft.services).toHaveProperty(id)
    fixtures.pages.set('pasted.test/', pastedPage(draft, services))

    const run = await scan('http://pasted.test/', ['--pages', '1'])
    expect(run.report!.pages[0]!.banner).toBe('consentry')
    expect(violationsOf(run)).toEqual([])
    // What leaked before now loads only after "Accept all".
    const phases = Object.fromEntries(run.report!.requests.map((r) => [r.host, r.phases]))
    for (const host of Object.keys(services)) expect(phases[host]).toEqual(['accept'])
    expect(run.code).toBe(0)
  })
})
