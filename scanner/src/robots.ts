import type { Browser } from 'playwright-core'

/*
 * robots.txt (RFC 9309): the rules of the group for our user agent, or of `*`; the longest
 * matching rule wins, and Allow wins a tie. Fetched through Chromium, so that the host resolves
 * as it does for the pages (host-resolver rules included).
 */

/** The name the scanner goes by in robots.txt groups. */
export const USER_AGENT = 'consentry-scan'

type Rule = { allow: boolean; pattern: RegExp; length: number }

/** Reads robots.txt into a test of whether a path may be crawled. */
export function parseRobots(text: string): (path: string) => boolean {
  const groups: { agents: string[]; rules: Rule[] }[] = []
  let current: { agents: string[]; rules: Rule[] } | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim()
    const [, key, value = ''] = /^([\w-]+)\s*:\s*(.*)$/.exec(line) || []
    if (!key) continue
    const field = key.toLowerCase()
    if (field == 'user-agent') {
      if (!current || current.rules.length) groups.push((current = { agents: [], rules: [] }))
      current.agents.push(value.toLowerCase())
    } else if ((field == 'allow' || field == 'disallow') && current && value) {
      const source = value
        .replace(/[.+?^{}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\\\$$|\$$/, '$')
      current.rules.push({
        allow: field == 'allow',
        pattern: RegExp('^' + source),
        length: value.length,
      })
    }
  }
  const mine = groups.filter((group) =>
    group.agents.some((agent) => USER_AGENT.startsWith(agent) && agent),
  )
  const rules = (mine.length ? mine : groups.filter((group) => group.agents.includes('*'))).flatMap(
    (group) => group.rules,
  )
  return (path) => {
    const matching = rules.filter((rule) => rule.pattern.test(path))
    if (!matching.length) return true
    const best = Math.max(...matching.map((rule) => rule.length))
    return matching.some((rule) => rule.length == best && rule.allow)
  }
}

/** Fetches the origin's robots.txt; a missing or unreadable one allows everything. */
export async function fetchRobots(
  browser: Browser,
  origin: string,
  timeout: number,
): Promise<(path: string) => boolean> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const response = await page.goto(new URL('/robots.txt', origin).href, { timeout })
    if (!response?.ok() || !/text\/plain/.test(response.headers()['content-type'] || ''))
      return () => true
    return parseRobots(await response.text())
  } catch {
    return () => true
  } finally {
    await context.close().catch(() => undefined)
  }
}
