import type { Report } from './report'
import type { Visit } from './types'

/*
 * The report for people (`--html`): one self-contained file with the violations, a screenshot
 * of the banner on each page, the cookie table, storage keys and third-party hosts.
 */

const escape = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const table = (head: string[], rows: unknown[][]) =>
  rows.length
    ? `<table><thead><tr>${head.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell ?? '')}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '<p>None.</p>'

const expiry = (seconds: number) =>
  seconds < 0 ? 'session' : new Date(seconds * 1000).toISOString().slice(0, 10)

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:13px}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:break-all}
th{background:#f2f2f2}.bad{color:#a00000}figure{margin:1rem 0}img{max-width:100%;border:1px solid #ccc}
`

// A figure per page: its URL, banner and errors, and the screenshot of the banner.
const figures = (report: Report, visits: Visit[]) =>
  report.pages.map((page) => {
    const shot = visits.find((v) => v.page == page.url && v.phase == 'before')?.screenshot
    const errors = page.errors.map((e) => ` · ${escape(e.phase)}: ${escape(e.error)}`).join('')
    const image = shot
      ? `<img alt="The banner on ${escape(page.url)}" src="data:image/png;base64,${shot.toString('base64')}">`
      : ''
    return `<figure><figcaption><a href="${escape(page.url)}">${escape(page.url)}</a> · banner: ${escape(page.banner)}${errors}</figcaption>${image}</figure>`
  })

/** The HTML page for a report; `visits` give the screenshots. */
export function renderHtml(report: Report, visits: Visit[]): string {
  const shots = figures(report, visits)
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Consent scan of ${escape(report.site)}</title>
<style>${STYLE}</style></head><body>
<h1>Consent scan of ${escape(report.site)}</h1>
<p>${report.pages.length} pages, ${report.cookies.length} cookies, ${report.requests.length} third-party hosts.
<strong class="${report.violations.length ? 'bad' : ''}">${report.violations.length} violations.</strong>
${report.partial ? `Partial scan: ${escape(report.partial)}.` : ''}</p>
<h2>Violations</h2>
${table(
  ['rule', 'page', 'detail'],
  report.violations.map((v) => [v.rule, v.page, v.detail]),
)}
<h2>Warnings</h2>
${table(
  ['rule', 'page', 'detail'],
  report.warnings.map((v) => [v.rule, v.page, v.detail]),
)}
<h2>Cookies</h2>
${table(
  [
    'name',
    'domain',
    'path',
    'expires',
    'HttpOnly',
    'Secure',
    'SameSite',
    'set by',
    'class',
    'preset',
    'seen',
  ],
  report.cookies.map((c) => [
    c.name,
    c.domain,
    c.path,
    expiry(c.expires),
    c.httpOnly ? 'yes' : '',
    c.secure ? 'yes' : '',
    c.sameSite,
    c.initiator ? `${c.setBy} (from ${c.initiator})` : c.setBy,
    c.class,
    c.preset,
    c.phases.join(', '),
  ]),
)}
<h2>Storage</h2>
${table(
  ['key', 'storage', 'origin', 'seen'],
  report.storage.map((s) => [s.key, s.storage, s.origin, s.phases.join(', ')]),
)}
<h2>Third-party hosts</h2>
${table(
  ['host', 'preset', 'tracker', 'requests', 'seen'],
  report.requests.map((r) => [
    r.host,
    r.preset,
    r.tracker ? 'yes' : '',
    r.count,
    r.phases.join(', '),
  ]),
)}
<h2>Iframes</h2>
${table(
  ['URL'],
  report.iframes.map((url) => [url]),
)}
<h2>Banners</h2>
${shots.join('\n')}
</body></html>
`
}
