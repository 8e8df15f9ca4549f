import { presetForCookie } from './catalogue'
import { classifyCookie, classifyHost } from './classify'
import type { Declarations } from './declarations'
import type { Phase, SeenCookie, Violation, Visit } from './types'

/*
 * The JSON report: `{ pages, cookies, storage, requests, violations }`, plus `warnings`
 * (declared-not-seen) and `iframes`. Each cookie, storage key and host is listed once, with
 * the phases and pages it was seen in.
 */

/** The report `--report` writes. */
export interface Report {
  site: string
  pages: {
    url: string
    banner: string
    buttons: Pick<Visit['banner'], 'accept' | 'reject'>
    errors: { phase: Phase; error: string }[]
    screenshot?: string
  }[]
  cookies: (SeenCookie & { class: string; preset?: string; phases: Phase[]; pages: string[] })[]
  storage: { key: string; storage: string; origin: string; phases: Phase[] }[]
  requests: {
    host: string
    thirdParty: boolean
    preset?: string
    tracker: boolean
    count: number
    phases: Phase[]
  }[]
  iframes: string[]
  violations: Violation[]
  warnings: Violation[]
  /** Why the scan stopped early, when it did. */
  partial?: string
}

const add = <T>(list: T[], item: T) => (list.includes(item) ? list : list.push(item), list)

/** Builds the report from the visits and the analysis. */
export function buildReport(options: {
  site: string
  visits: Visit[]
  violations: Violation[]
  warnings: Violation[]
  declared?: Declarations | undefined
  partial?: string | undefined
}): Report {
  const { visits } = options
  const cookies = new Map<string, Report['cookies'][number]>()
  const storage = new Map<string, Report['storage'][number]>()
  const requests = new Map<string, Report['requests'][number]>()
  for (const visit of visits) {
    for (const cookie of visit.cookies) {
      const key = `${cookie.name}|${cookie.domain}|${cookie.path}`
      const preset = presetForCookie(cookie.name)?.id
      const entry = cookies.get(key) || {
        ...cookie,
        class: classifyCookie(cookie.name, options.declared),
        ...(preset && { preset }),
        phases: [],
        pages: [],
      }
      cookies.set(key, entry)
      add(entry.phases, visit.phase)
      add(entry.pages, visit.page)
    }
    for (const item of visit.storage) {
      const key = `${item.storage}|${item.origin}|${item.key}`
      const entry = storage.get(key) || { ...item, phases: [] }
      storage.set(key, entry)
      add(entry.phases, visit.phase)
    }
    for (const request of visit.requests) {
      const { match, tracker } = classifyHost(request.host)
      const entry = requests.get(request.host) || {
        host: request.host,
        thirdParty: request.thirdParty,
        ...(match && { preset: match.id }),
        tracker,
        count: 0,
        phases: [],
      }
      requests.set(request.host, entry)
      entry.count++
      add(entry.phases, visit.phase)
    }
  }
  const pageUrls = [...new Set(visits.map((v) => v.page))]
  return {
    site: options.site,
    pages: pageUrls.map((url) => {
      const own = visits.filter((v) => v.page == url)
      const before = own.find((v) => v.phase == 'before')
      return {
        url,
        banner: before?.banner.tool || 'none',
        buttons: {
          ...(before?.banner.accept && { accept: before.banner.accept }),
          ...(before?.banner.reject && { reject: before.banner.reject }),
        },
        errors: own.filter((v) => v.error).map((v) => ({ phase: v.phase, error: v.error! })),
      }
    }),
    cookies: [...cookies.values()],
    storage: [...storage.values()],
    requests: [...requests.values()].filter((r) => r.thirdParty),
    iframes: [...new Set(visits.flatMap((v) => v.iframes))],
    violations: options.violations,
    warnings: options.warnings,
    ...(options.partial && { partial: options.partial }),
  }
}
