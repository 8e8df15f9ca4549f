// `npm run bench [-- options]`: Consentry (inline and compiled config), vanilla-cookieconsent,
// orejime and a static HTML banner on the same page in a 4×-slowed Chromium, with no network
// delay and on slow 4G, then Consentry's scale figures. Prints a Markdown report and writes it to
// bench/results.md. See bench/README.md for what each figure means and how it is measured.
//
//   --runs N          runs per library and profile, interleaved; every figure is the median (3)
//   --scale-runs N    runs of the scale scenarios (1)
//   --quick           one run of everything, for development (a result to look at, not to quote)
//   --screenshots DIR save each library's banner and the page after the click, once
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { measureAutoBlock, renderAutoBlock } from './auto-block.mjs'
import { launch } from './browser.mjs'
import { LIBRARIES, pagesOf } from './libraries.mjs'
import { PROFILES } from './network.mjs'
import { renderReport } from './render.mjs'
import { scalePages, scaleRun } from './scale.mjs'
import { articleWith, startServer } from './server.mjs'
import { medianTimeline } from './timeline.mjs'
import { firstView, manyScripts, returningVisit } from './visits.mjs'

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'scale-runs': { type: 'string' },
    // Auto-blocking's cost is a few percent of ~200 ms: it takes more runs than the rest to see.
    'auto-block-runs': { type: 'string', default: '15' },
    quick: { type: 'boolean', default: false },
    screenshots: { type: 'string' },
  },
})
const RUNS = flags.quick ? 1 : Number(flags.runs)
const SCALE_RUNS = flags.quick ? 1 : Number(flags['scale-runs'] ?? 1)
const AUTO_BLOCK_RUNS = flags.quick ? 1 : Number(flags['auto-block-runs'])
if (!(RUNS >= 1 && SCALE_RUNS >= 0 && AUTO_BLOCK_RUNS >= 1)) {
  console.error('bench: --runs and --auto-block-runs must be 1 or more, --scale-runs 0 or more')
  process.exit(2)
}
const RESULTS = new URL('results.md', import.meta.url)

if (!existsSync(new URL('../dist/consentry.js', import.meta.url))) {
  console.error('bench: dist/consentry.js is missing: run npm run build first')
  process.exit(1)
}

const started = Date.now()
const log = (message) =>
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)

/** Runs `fn` again once if it throws: one odd failure should not lose a fifteen-minute run. */
async function retried(what, fn) {
  try {
    return await fn()
  } catch (error) {
    log(`${what} failed, once more: ${error.message.split('\n')[0]}`)
    return fn()
  }
}

/**
 * Every view of one library on one profile: the figures of one run, the file timeline, and the
 * storage of a visitor who accepted. The page with many scripts measures the library's work
 * after the click, so it runs without network delay only, to keep the run short.
 */
async function measure(bench, library, { profile, screenshots }) {
  const what = `${library.name} (${profile.short})`
  const first = await retried(what, () => firstView(bench, library, { profile, screenshots }))
  const storageState = first.storageState
  const returning = await retried(what, () =>
    returningVisit(bench, library, { profile, storageState }),
  )
  const manyRan =
    profile == PROFILES[0]
      ? await retried(what, () => manyScripts(bench, library, { profile }))
      : undefined
  return { ...first, figures: { ...first.figures, ...returning, manyRan } }
}

const server = await startServer()
for (const library of LIBRARIES) {
  const { setup, many } = pagesOf(library)
  server.page(`/page/${library.id}`, await articleWith(library.id, { setup }))
  server.page(`/many/${library.id}`, await articleWith(library.id, many))
}
await scalePages(server)
const browser = await launch()
const bench = { browser, url: server.url }
try {
  if (flags.screenshots) mkdirSync(flags.screenshots, { recursive: true })
  const results = Object.fromEntries(
    PROFILES.map((p) => [p.id, Object.fromEntries(LIBRARIES.map((l) => [l.id, []]))]),
  )
  const timelines = structuredClone(results)
  let accepted
  for (let run = 0; run < RUNS; run++) {
    for (const profile of PROFILES) {
      // A different library goes first on each run, so none always gets the warmest browser.
      const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length])
      for (const library of order) {
        // Screenshots once, of the first run without network delay.
        const screenshots = run == 0 && profile == PROFILES[0] ? flags.screenshots : undefined
        const { figures, timeline, storageState } = await measure(bench, library, {
          profile,
          screenshots,
        })
        results[profile.id][library.id].push(figures)
        timelines[profile.id][library.id].push(timeline)
        // The scale run's page with 10,000 insertions is a returning visitor's.
        if (library.id == 'consentry') accepted = storageState
      }
    }
    log(`run ${run + 1}/${RUNS}`)
  }

  const scale = []
  for (let run = 0; run < SCALE_RUNS; run++) {
    scale.push(await retried('scale', () => scaleRun(bench, accepted)))
    log(`scale run ${run + 1}/${SCALE_RUNS}`)
  }

  // What auto-blocking adds to a page with 20 third-party tags (bench/auto-block.mjs).
  const autoBlock = await retried('auto-block', () =>
    measureAutoBlock(browser, server, AUTO_BLOCK_RUNS),
  )
  log('auto-block runs')

  const report = renderReport({
    browser: browser.version(),
    runs: RUNS,
    scaleRuns: SCALE_RUNS,
    quick: flags.quick,
    minutes: (Date.now() - started) / 60_000,
    results,
    timelines: Object.fromEntries(
      Object.entries(timelines).map(([profile, byLibrary]) => [
        profile,
        Object.fromEntries(
          Object.entries(byLibrary).map(([id, views]) => [id, medianTimeline(views)]),
        ),
      ]),
    ),
    scale,
  })
  // Formatted as the repository's Markdown is, so that the file passes `prettier --check`.
  const options = await prettier.resolveConfig(fileURLToPath(RESULTS))
  const formatted = await prettier.format(
    report + '\n' + renderAutoBlock(autoBlock, AUTO_BLOCK_RUNS),
    {
      ...options,
      parser: 'markdown',
    },
  )
  process.stdout.write('\n' + formatted)
  writeFileSync(RESULTS, formatted)
  log(`written to bench/results.md`)
} finally {
  await browser.close()
  await server.close()
}
