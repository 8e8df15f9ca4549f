// The whole report, as Markdown: the machine, then each profile's comparison, the file
// timelines, and Consentry's scale figures.
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { CPU_SLOWDOWN } from './browser.mjs'
import { LIBRARIES, MANY } from './libraries.mjs'
import { PROFILES } from './network.mjs'
import { comparisonTable, scaleTables, scriptByFile, timelineTable } from './report.mjs'

const plural = (n, noun) => `${n} ${noun}${n == 1 ? '' : 's'}`

/** `nproc`, or what Node counts if there is no such command. */
function processors() {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim())
  } catch {
    return cpus().length
  }
}

/**
 * @param {{
 *   browser: string, runs: number, scaleRuns: number, quick: boolean, minutes: number,
 *   results: Record<string, Record<string, object[]>>,
 *   timelines: Record<string, Record<string, import('./timeline.mjs').TimelineRow[]>>,
 *   scale: object[],
 * }} measured by profile id, then by library id
 */
export function renderReport({
  browser,
  runs,
  scaleRuns,
  quick,
  minutes,
  results,
  timelines,
  scale,
}) {
  const machine = `${processors()} processors (\`nproc\`), ${cpus()[0]?.model.trim() || 'an unknown CPU'}`
  const profiles = PROFILES.map((p) => `**${p.name}**`).join(' and ')
  const sections = [
    `## Benchmark

Measured on ${new Date().toISOString().slice(0, 10)} with Chromium ${browser} (headless, CPU
slowed down ${CPU_SLOWDOWN}×) on ${machine}, Node ${process.version}, under two network
profiles: ${profiles}. Each figure is the median of ${plural(runs, 'run')} per library and
profile, interleaved in one invocation (scale: ${plural(scaleRuns, 'run')}); \`npm run bench\`
took ${minutes.toFixed(1)} minutes.${quick ? ' **Quick mode: one run, not a result to quote.**' : ''}
How each figure is measured: [bench/README.md](bench/README.md).

Every library is set up on the same article page, served gzipped from the same local server,
with the same categories (necessary, analytics, marketing), services (Google Analytics, Meta
Pixel, YouTube), four gated scripts, one gated video embed and banner texts; every visit starts
from a new browser profile. Consentry is its script tag with the config inline (and, in its
second column, the same config run through \`npx consentry compile\`). The static HTML banner is
the floor: markup in the page and a few lines of inline script, no file.`,
  ]
  for (const profile of PROFILES) {
    sections.push(`### ${profile.name[0].toUpperCase() + profile.name.slice(1)}`)
    sections.push(comparisonTable(LIBRARIES, results[profile.id]))
    sections.push(
      `Consentry's script time until the click, by file: ${scriptByFile(results[profile.id].consentry)}.`,
    )
  }
  sections.push(`### First view, file by file

When each file of a library was requested, arrived (its last byte) and started to run, in
milliseconds from navigation start (medians), until the click on "Accept all". A stylesheet does
not run.`)
  for (const library of LIBRARIES) {
    if (library.files == null) continue
    sections.push(`**${library.name}**`)
    sections.push(
      timelineTable(
        library,
        PROFILES.map((profile) => ({ profile, rows: timelines[profile.id][library.id] })),
      ),
    )
  }
  if (scale.length) {
    const { config, gating, inserting } = scaleTables(scale)
    sections.push('### Scale (Consentry, no network delay)', config, gating, inserting)
    sections.push('"×": with Consentry divided by the same page without it.')
  }
  sections.push(
    `The ${MANY}-script page: ${MANY} gated scripts in each library's own syntax, one in ten external, after the article.`,
  )
  return sections.join('\n\n') + '\n'
}
