import { isSaleOrSharing } from './catalogue'
import { classifyCookie, classifyHost } from './classify'
import type { Declarations } from './declarations'
import type { Banner, Violation, Visit } from './types'

/*
 * The rules, applied to the visits. Each violation names its rule by the ids of the README's
 * table, the page it was seen on, and what exactly was seen.
 */

/** What the rules need besides the visits. */
export interface RuleOptions {
  gpc: boolean
  /** The site's declarations (its own Consentry config, or `--config`). */
  declared?: Declarations | undefined
}

// An area this much smaller than accept's makes reject the lesser button.
const SMALLER = 0.75
// WCAG 2.2 AA for normal text.
const READABLE = 4.5

/** Every violation, in page order, then the site-wide ones; and the warnings. */
export function analyse(
  visits: Visit[],
  options: RuleOptions,
): { violations: Violation[]; warnings: Violation[] } {
  const violations: Violation[] = []
  const add = (rule: string, page: string, detail: string) =>
    violations.push({ rule, page, detail })
  for (const visit of visits.filter((v) => !v.error || v.requests.length)) {
    const trackers = (afterChoice: boolean) => [
      ...new Set(
        visit.requests
          .filter(
            (r) => r.thirdParty && r.afterChoice == afterChoice && classifyHost(r.host).tracker,
          )
          .map((r) => r.host),
      ),
    ]
    const optionalCookies = visit.cookies.filter(
      (c) => classifyCookie(c.name, options.declared) == 'optional',
    )
    const cookieDetail = (c: Visit['cookies'][number]) =>
      `${c.name} (${c.domain}${c.setBy ? `, set by ${c.setBy}` : ''})`
    if (visit.phase == 'before') {
      for (const host of trackers(false))
        add('tracker-before-consent', visit.page, `${host} (${classifyHost(host).match!.id})`)
      for (const cookie of optionalCookies)
        add('cookie-before-consent', visit.page, cookieDetail(cookie))
      bannerRules(visit.page, visit.banner, add)
      for (const host of visit.googleBeforeDefault)
        add(
          'consent-mode-late',
          visit.page,
          `${host} was requested before any Consent Mode default`,
        )
      if (options.gpc)
        for (const host of trackers(false).filter((h) => isSaleOrSharing(classifyHost(h).match)))
          add('gpc-ignored', visit.page, `${host} loaded although the browser sent Sec-GPC: 1`)
    } else if (visit.phase == 'reject') {
      for (const host of trackers(true))
        add('tracker-after-reject', visit.page, `${host} (${classifyHost(host).match!.id})`)
      for (const cookie of optionalCookies)
        add('cookie-after-reject', visit.page, cookieDetail(cookie))
    }
  }
  const warnings: Violation[] = []
  if (options.declared) declarationRules(visits, options.declared, add, warnings)
  return { violations, warnings }
}

function bannerRules(
  page: string,
  banner: Banner,
  add: (rule: string, page: string, detail: string) => void,
) {
  if (banner.tool == 'none') return add('no-banner', page, 'no consent banner appeared')
  const { accept, reject } = banner
  if (!reject)
    add(
      'no-reject-on-first-layer',
      page,
      `${banner.tool}: no "Reject all" next to "${accept?.text || 'Accept'}"`,
    )
  if (accept && reject) {
    const area = (b: typeof accept) => b.width * b.height
    if (area(reject) < area(accept) * SMALLER)
      add(
        'unequal-buttons',
        page,
        `"${reject.text}" is ${reject.width}×${reject.height} px, "${accept.text}" ${accept.width}×${accept.height} px`,
      )
    if (reject.contrast < accept.contrast && reject.contrast < READABLE)
      add(
        'unequal-buttons',
        page,
        `"${reject.text}" has contrast ${reject.contrast}:1, "${accept.text}" ${accept.contrast}:1`,
      )
    if (accept.inViewport && !reject.inViewport)
      add(
        'unequal-buttons',
        page,
        `"${reject.text}" needs scrolling to reach, "${accept.text}" does not`,
      )
  }
  if (banner.preticked.length)
    add('preticked', page, `switched on before the visitor chose: ${banner.preticked.join(', ')}`)
}

// Site-wide: each undeclared cookie or host once, on the first page it was seen.
function declarationRules(
  visits: Visit[],
  declared: Declarations,
  add: (rule: string, page: string, detail: string) => void,
  warnings: Violation[],
) {
  const reported = new Set<string>()
  const once = (key: string) => !reported.has(key) && !!reported.add(key)
  for (const visit of visits) {
    for (const cookie of visit.cookies)
      if (!declared.cookie(cookie.name).declared && once('c:' + cookie.name))
        add(
          'undeclared-cookie',
          visit.page,
          `${cookie.name} (${cookie.domain}${cookie.setBy ? `, set by ${cookie.setBy}` : ''})`,
        )
    for (const request of visit.requests)
      if (request.thirdParty && !declared.host(request.host) && once('h:' + request.host))
        add('undeclared-host', visit.page, request.host)
  }
  const names = visits.flatMap((v) => v.cookies.map((c) => c.name))
  const hosts = visits.flatMap((v) => v.requests.map((r) => r.host))
  for (const item of declared.listed)
    if (!item.test(names, hosts))
      warnings.push({
        rule: 'declared-not-seen',
        page: visits[0]?.page || '',
        detail: `${item.kind} ${item.id}`,
      })
}
