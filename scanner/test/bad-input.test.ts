import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFixtures, type FixtureServer } from './fixture-server'
import { runScan } from './scan'

let fixtures: FixtureServer
const scan = (url: string, args: string[] = []) =>
  runScan(url, [...fixtures.browserArgs.map((flag) => `--browser-arg=${flag}`), ...args])

beforeAll(async () => void (fixtures = await startFixtures()))
afterAll(() => fixtures?.close())

describe('a site that cannot be scanned exits 2 with a message that says why', () => {
  it.each([
    [
      'an unreachable host',
      'http://nowhere.test/',
      /could not be scanned: .*ERR_NAME_NOT_RESOLVED/,
    ],
    ['a redirect loop', 'http://bad.test/loop', /could not be scanned: .*ERR_TOO_MANY_REDIRECTS/],
    [
      'a server error',
      'http://bad.test/error',
      /could not be scanned: .*the page answered HTTP 500/,
    ],
    [
      'a JSON response',
      'http://bad.test/data.json',
      /not a web page \(Content-Type: application\/json\)/,
    ],
  ])('%s', async (_, url, message) => {
    const run = await scan(url)
    expect(run.stderr).toMatch(message)
    expect(run.code).toBe(2)
    expect(run.report).toBeUndefined()
  })

  it('a page that never finishes loading, within the page time limit', async () => {
    fixtures.pages.set(
      'bad.test/hang',
      '<!doctype html><title>Hang</title><img src="/never" alt="">',
    )
    const run = await scan('http://bad.test/hang', ['--page-timeout', '3'])
    expect(run.stderr).toMatch(
      /could not be scanned: .*(Timeout 3000ms exceeded|gave up after 3000 ms)/,
    )
    expect(run.code).toBe(2)
  })

  it('a command line without a URL, or with an unknown option', async () => {
    for (const args of [[], ['http://plain.test/', '--frobnicate']]) {
      const run = await runScan(args[0] || '', args.slice(1))
      expect(run.stderr).toMatch(
        /consentry-scan: (which site\? Give its URL|unknown option --frobnicate)/,
      )
      expect(run.code).toBe(2)
    }
  })
})

describe('a page of 10,000 links', () => {
  it('is crawled up to --pages, breadth-first, without reading every link', async () => {
    const run = await scan('http://bad.test/links', ['--pages', '3'])
    expect(run.report!.pages.map((page) => new URL(page.url).pathname)).toEqual([
      '/links',
      '/links/0',
      '/links/1',
    ])
    expect(run.code).toBe(1) // no banner anywhere
  })
})

describe('the time limit of the whole scan', () => {
  it('ends a long crawl with a partial report', async () => {
    // One second: over before the first page is done, which is finished all the same.
    const run = await scan('http://bad.test/links', ['--pages', '50', '--timeout', '1'])
    expect(run.stderr).toMatch(/partial report: the scan reached its time limit after 1 page$/m)
    expect(run.report!.partial).toBe('the scan reached its time limit after 1 page')
    expect(run.report!.pages.map((page) => new URL(page.url).pathname)).toEqual(['/links'])
  })
})
