// `npm run bench`: Consentry, vanilla-cookieconsent and orejime on the same page in a 4×-slowed
// Chromium, then Consentry's scale figures. Prints a Markdown report and writes it to
// bench/results.md. See bench/README.md for what each figure means and how it is measured.
//
//   BENCH_RUNS=15          runs per library (the median is reported)
//   BENCH_SCALE_RUNS=15    runs of the scale scenarios (default: BENCH_RUNS)
//   BENCH_SCREENSHOTS=dir  save each library's banner and the page after the click, once
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { CPU_SLOWDOWN, launch } from './browser.mjs'
import { LIBRARIES } from './libraries.mjs'
import { comparisonTable, median, scaleTables, scriptByFile } from './report.mjs'
import { scalePages, scaleRun } from './scale.mjs'
import { startServer } from './server.mjs'
import { firstVisit, pageAlone, returningVisit } from './visits.mjs'

const RUNS = Number(process.env.BENCH_RUNS || 15)
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS || RUNS)
const SCREENSHOTS = process.env.BENCH_SCREENSHOTS
const RESULTS = new URL('results.md', import.meta.url)

if (!existsSync(new URL('../dist/consentry.js', import.meta.url))) {
  console.error('bench: dist/consentry.js is missing: run npm run build first')
  process.exit(1)
}

const started = Date.now()
const log = (message) =>
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)

const plural = (n, noun) => `${n} ${noun}${n == 1 ? '' : 's'}`

/** Runs `fn` again once if it throws: one odd failure should not lose a ten-minute run. */
async function retried(what, fn) {
  try {
    return await fn()
  } catch (error) {
    log(`${what} failed, once more: ${error.message.split('\n')[0]}`)
    return fn()
  }
}

const server = await startServer()
await scalePages(server)
const browser = await launch()
const bench = { browser, url: server.url }
try {
  // A visit of each library that is not measured: it checks that every banner shows, closes
  // on "Accept all" and lets the gated scripts run, before anything is timed.
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true })
  const accepted = {}
  for (const library of LIBRARIES) {
    const first = await firstVisit(bench, library, { screenshots: SCREENSHOTS })
    await returningVisit(bench, library, first.storageState)
    accepted[library.id] = first.storageState
  }
  log(`checked ${LIBRARIES.map((l) => l.name).join(', ')}`)

  const runs = Object.fromEntries(LIBRARIES.map((library) => [library.name, []]))
  const alone = []
  for (let run = 0; run < RUNS; run++) {
    // A different library goes first on each run, so none always gets the warmest browser.
    const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length])
    for (const library of order) {
      const first = await retried(library.name, () => firstVisit(bench, library))
      const returning = await retried(library.name, () =>
        returningVisit(bench, library, first.storageState),
      )
      runs[library.name].push({ ...first.figures, ...returning })
    }
    alone.push(await retried('the page alone', () => pageAlone(bench)))
    log(`run ${run + 1}/${RUNS}`)
  }

  const scale = []
  for (let run = 0; run < SCALE_RUNS; run++) {
    scale.push(await retried('scale', () => scaleRun(bench, accepted.consentry)))
    log(`scale run ${run + 1}/${SCALE_RUNS}`)
  }

  const page = {
    longTasks: median(alone.map((a) => a.longTasks)),
    tbt: median(alone.map((a) => a.tbt)),
    cls: median(alone.map((a) => a.cls)),
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() || 'CPU'}`
  const { config, gating, inserting } = scaleTables(scale)
  const report = `## Benchmark

Measured on ${new Date().toISOString().slice(0, 10)} with Chromium ${browser.version()} (headless,
CPU slowed down ${CPU_SLOWDOWN}×) on ${machine}, Node ${process.version}. Each figure is the
median of ${plural(RUNS, 'run')} (scale: ${plural(SCALE_RUNS, 'run')}); \`npm run bench\` took ${minutes} minutes.
How each figure is measured: [bench/README.md](bench/README.md).

Each library is set up on the same article page with the same categories (necessary,
analytics, marketing), services (Google Analytics, Meta Pixel), four gated scripts and banner
texts, and every visit starts from a new browser profile. "×" is the library's figure divided
by Consentry's: above 1, Consentry's is smaller.

${comparisonTable(LIBRARIES, runs)}

Consentry's script time until the click, by file: ${scriptByFile(runs[LIBRARIES[0].name])}.

The page alone, without any library: ${plural(page.longTasks, 'long task')}, ${Math.round(page.tbt)} ms
of blocking time and a layout shift of ${page.cls.toFixed(3)} until one second after its load.

### Scale (Consentry)

${config}

${gating}

${inserting}

"×": with Consentry divided by the same page without it.
`
  // Formatted as the repository's Markdown is, so that the file passes `prettier --check`.
  const options = await prettier.resolveConfig(fileURLToPath(RESULTS))
  const formatted = await prettier.format(report, { ...options, parser: 'markdown' })
  process.stdout.write('\n' + formatted)
  writeFileSync(RESULTS, formatted)
  log(`written to bench/results.md`)
} finally {
  await browser.close()
  await server.close()
}
