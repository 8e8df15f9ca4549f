import type { Preset } from 'consentry'
import type { PresetCookie } from 'consentry/presets'

/*
 * Renders docs/presets.md from the preset catalogue, so that the page can never drift from the
 * data. Tables come out padded the way Prettier pads them, so the page passes `prettier --check`
 * as it is and the test needs no formatter. test/services/presets-doc.test.ts compares the result
 * with the committed file, and rewrites the file when run with `-u`.
 */

const INTRO = `# Service presets

A service that names a \`preset\` gets the fields below filled in by \`expandPresets\`; any field
the service writes itself wins, field by field. Listing \`cookies\` on the service replaces the
preset's list entirely; to add cookies, declare them at the top-level \`cookies\` with
\`"service": "<id>"\`. The category is a suggestion: the service's own \`category\` wins.

\`\`\`json
"services": { "ga": { "preset": "google-analytics", "category": "analytics" } }
\`\`\`

Cookie names are patterns (\`<site>\`, \`<hash>\` and the like stand for any text). Lifetimes are
the vendors' defaults; where a cookie lasts a session or longer by the visitor's choice, the
longer. Cookies marked _third-party_ live on the vendor's domain: they are listed so visitors
can see them, but the site cannot delete them. Entries marked _localStorage_ or _sessionStorage_
are web storage keys, not cookies. The sources are where each fact comes from; comments in
\`src/services/presets.ts\` say which facts could not be confirmed on the vendor's own pages. The
[Open Cookie Database](https://github.com/jkwakman/Open-Cookie-Database) (Apache-2.0) was used as
a cross-check, and as the only source where a vendor publishes no cookie list.

Hosts are bare host names. Where a vendor serves each customer from a subdomain of its own
(\`<company>.sc.omtrdc.net\`, \`<account>.zendesk.com\`), the preset lists the shared parent
domain (\`omtrdc.net\`, \`zendesk.com\`), which stands for its subdomains. Services that run in
front of the site or inside it (Cloudflare, load balancers, frameworks, CMSs) list no hosts.

Not in the catalogue on purpose: Google Optimize and AddThis, both shut down in 2023, and
consent tools (Cookiebot, OneTrust and the like), which a site replaces with Consentry rather
than gates.

This page is generated from \`src/services/presets.ts\` by \`scripts/presets-doc.ts\`; a unit test
fails when it is out of date, and
\`npx vitest run --project unit test/services/presets-doc.test.ts -u\` rewrites it.
`

const code = (text: string) => `\`${text}\``
const codes = (items: readonly string[] | undefined) => (items?.length ? items.map(code) : [])
const cell = (text: string) => text.replace(/\|/g, '\\|')

/** A Markdown table with every column as wide as its widest cell, as Prettier writes it. */
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((_, i) => Math.max(3, ...[head, ...rows].map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
}

/** A lifetime as the tables show it: seconds get their approximate days. */
const lifetime = (duration: PresetCookie['duration']) =>
  typeof duration == 'number' ? `${duration} s (≈ ${Math.round(duration / 86400)} days)` : duration

/** The cookie column: the pattern, then where it lives when that is not the site's cookie jar. */
const cookieName = (cookie: PresetCookie) => {
  const notes = [
    ...(cookie.thirdParty ? ['third-party'] : []),
    ...(cookie.storage && cookie.storage != 'cookie' ? [cookie.storage] : []),
  ]
  return code(cookie.name) + (notes.length ? ` (${notes.join(', ')})` : '')
}

const overview = (entries: [string, Preset][]) => [
  '## Overview',
  '',
  ...table(
    ['id', 'name', 'category', 'vendor adapter', 'Consent Mode keys'],
    entries.map(([id, preset]) => [
      code(id),
      cell(preset.name),
      preset.category,
      preset.vendor ? code(preset.vendor) : '—',
      codes(preset.consentMode).join(', ') || '—',
    ]),
  ),
]

const section = ([id, preset]: [string, Preset]) => {
  const facts = [
    `- Provider: ${preset.provider} ([privacy policy](${preset.privacyPolicyUrl}))`,
    `- Suggested category: ${preset.category}`,
    ...(preset.vendor ? [`- Vendor consent calls: ${code(preset.vendor)}`] : []),
    ...(preset.consentMode?.length
      ? [`- Consent Mode: ${codes(preset.consentMode).join(', ')}`]
      : []),
    `- Hosts: ${codes(preset.hosts).join(', ') || 'none (served by the site itself)'}`,
    `- Sources: ${preset.sources.map((url) => `<${url}>`).join(', ')}`,
  ]
  const cookies = preset.cookies.length
    ? table(
        ['cookie', 'lifetime', 'purpose'],
        preset.cookies.map((c) => [
          cell(cookieName(c)),
          lifetime(c.duration),
          cell(c.purpose ?? ''),
        ]),
      )
    : ['Sets no cookies.']
  return [`## ${code(id)} — ${preset.name}`, '', preset.purpose, '', ...facts, '', ...cookies]
}

/**
 * The Markdown of docs/presets.md for a catalogue.
 * @param catalogue Presets by id, in the order the page lists them.
 */
export function renderPresetsDoc(catalogue: Record<string, Preset>): string {
  const entries = Object.entries(catalogue)
  const blocks = [overview(entries), ...entries.map(section)]
  return INTRO + '\n' + blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n'
}
