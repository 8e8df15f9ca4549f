import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type {} from '../../demo/attacks/lab'
import { serveAttackSite } from '../../demo/attacks/lab-routes'
import { useDemo } from './harness'

/*
 * A sibling subdomain forges the consent cookie (issue 13, finding 4): www.example.test and
 * evil.example.test over https, answered by the test. The pages read and write the cookie with
 * the writer, the reader and consentCookieName, as the core does (demo/attacks/lab.ts).
 */

const WWW = 'https://www.example.test/attacks/cookie.html'
const EVIL = 'https://evil.example.test/attacks/sibling.html'

/** From the sibling subdomain: a valid record under the plain name, for the whole domain. */
const forgeFrom = async (evil: Page, path = '/') =>
  evil.evaluate((path) => {
    const value = window.__lab.forge('attacker-chosen-id')
    document.cookie = `consentry=${value}; domain=example.test; path=${path}; secure`
  }, path)

const open = async (page: Page, url: string) => {
  await page.goto(url)
  await page.waitForFunction(() => !!window.__lab)
}

describe('a consent cookie forged by a sibling subdomain', () => {
  const demo = useDemo()

  it('grants nothing on https: the site’s cookie is __Host- and the forged one is not read', async () => {
    const visitor = await demo.visitor()
    await serveAttackSite(visitor.context)
    const [www, evil] = [await visitor.context.newPage(), await visitor.context.newPage()]
    await open(evil, EVIL)
    await forgeFrom(evil)
    await open(www, WWW)
    // A new visitor: before the fix the forged record was their choice, with no banner.
    expect(await www.evaluate(() => window.__lab.storedChoice())).toBe('none')

    await www.evaluate(() => window.__lab.consent())
    await open(www, WWW)
    expect(await www.evaluate(() => window.__lab.storedChoice())).toMatch(/^reject-all /)
    const names = (await visitor.cookies()).map((cookie) => cookie.name).sort()
    expect(names).toEqual(['__Host-consentry', 'consentry'])
  })

  it('counts two different cookies of the name as no choice where the site shares its cookie', async () => {
    const visitor = await demo.visitor()
    await serveAttackSite(visitor.context)
    const [www, evil] = [await visitor.context.newPage(), await visitor.context.newPage()]
    await open(www, WWW)
    // The site's config sets cookie.domain: the plain name, which every subdomain can write.
    await www.evaluate(() => window.__lab.consent('example.test'))
    await open(evil, EVIL)
    // A longer path comes first in document.cookie on the pages under it.
    await forgeFrom(evil, '/attacks/')
    await open(www, WWW)
    expect(await www.evaluate(() => window.__lab.storedChoice('example.test'))).toBe('none')
  })
})
