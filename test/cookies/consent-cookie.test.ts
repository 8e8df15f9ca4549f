import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { consentCookieName } from '../../src/consent/cookie-name'
import { readCookies } from '../../src/cookies/read-cookies'

describe('the consent cookie’s name', () => {
  it('is __Host-<name> on https when no domain is configured', () => {
    expect(consentCookieName({ name: 'consentry' }, true)).toBe('__Host-consentry')
    expect(consentCookieName({ name: 'consentry', path: '/' }, true)).toBe('__Host-consentry')
  })

  it('keeps the plain name on http, with a shared domain, or on a narrower path', () => {
    expect(consentCookieName({ name: 'consentry' }, false)).toBe('consentry')
    expect(consentCookieName({ name: 'consentry', domain: 'example.com' }, true)).toBe('consentry')
    expect(consentCookieName({ name: 'consentry', path: '/shop' }, true)).toBe('consentry')
  })
})

describe('reading cookies the page sees twice', () => {
  // What a browser gives for a name set twice (for two paths, or by a parent domain too).
  const pageSees = (cookies: string) =>
    vi.spyOn(Document.prototype, 'cookie', 'get').mockReturnValue(cookies)
  afterEach(() => void vi.restoreAllMocks())

  it('gives no value for a name seen twice with two different values', () => {
    pageSees('consentry=forged; other=1; consentry=genuine')
    const jar = readCookies()
    expect(jar.get('consentry')).toBeUndefined()
    expect(jar.get('other')).toBe('1')
    expect([...jar.keys()]).toContain('consentry')
  })

  it('keeps a value the page sees twice when both are the same', () => {
    pageSees('a=1; a=1')
    expect(readCookies().get('a')).toBe('1')
  })
})

describe('server-side rendering', () => {
  it('decides in Node, with no document or location, without throwing', () => {
    // Bundled and run in a plain Node process: this test file's own global is a jsdom window
    // (and esbuild's API refuses to run in one, hence its command line).
    const entry = `
      import { createConsent, createBrowserJar } from './src/index.ts'
      const consent = createConsent(
        { revision: 1, categories: { necessary: { required: true }, analytics: {} } },
        { ui: false },
      )
      consent.acceptAll()
      console.log(JSON.stringify({
        location: createBrowserJar().location(),
        decided: consent.getState().decided,
      }))`
    const bundle = execFileSync(
      'node_modules/.bin/esbuild',
      ['--bundle', '--platform=node', '--format=esm', '--loader=ts', '--log-level=error'],
      { input: entry, encoding: 'utf8' },
    )
    const out = execFileSync(process.execPath, ['--input-type=module'], {
      input: bundle,
      encoding: 'utf8',
    })
    expect(JSON.parse(out)).toEqual({
      location: { host: '', path: '/', secure: false },
      decided: true,
    })
  })
})
