// The measured visits of one library on one network profile: a first view (banner, click on
// "Accept all"), a returning visit, and a first view of the page with 200 gated scripts.
import { bytesShipped } from './bytes.mjs'
import { until, visitor } from './browser.mjs'
import { ACCEPT, GATED, MANY } from './libraries.mjs'
import { probeScript } from './probe.mjs'
import { scriptTime, TRACE_CATEGORIES } from './script-time.mjs'
import { fileTimeline, scriptRuns } from './timeline.mjs'

/** How long nothing may be in flight for the network to count as idle. */
const QUIET_MS = 500

const sum = (values) => values.reduce((a, b) => a + b, 0)
// What runs or loads only with consent: the gated scripts, the embed's player.
const EMBED = '.video iframe[src^="https://www.youtube-nocookie.com/"]'
const gatedRan = (embed) =>
  (window.__gated || []).length + (window.__ran || 0) + document.querySelectorAll(embed).length
const sleep = (ms) => new Promise((done) => setTimeout(done, ms))

/** Waits until nothing has been in flight for `QUIET_MS`. */
async function networkIdle(visit, what) {
  for (const end = Date.now() + 30_000; !visit.network.idle(QUIET_MS); await sleep(50))
    if (Date.now() > end)
      throw new Error(
        `${what}: the network never went idle: ${[...visit.network.requests.values()].filter((r) => r.finished == null).map((r) => r.url)}`,
      )
}

/**
 * Waits for the banner to be painted, to settle and for the network to go idle, checks that
 * nothing gated ran, then clicks "Accept all" with the mouse and waits for the banner to go.
 */
async function acceptOnce(visit, library, screenshots) {
  const { page } = visit
  await until(page, () => window.__bench.found.shownAt != null).catch(() => {
    throw new Error(`${library.name}: the banner was never painted`)
  })
  await until(page, () => !window.__bench.animating())
  await networkIdle(visit, library.name)
  if (await page.evaluate(gatedRan, EMBED))
    throw new Error(`${library.name}: a gated script ran before consent`)
  const button = await page.evaluate((text) => window.__bench.button(text), ACCEPT)
  if (!button) throw new Error(`${library.name}: no "${ACCEPT}" button in the banner`)
  if (screenshots) await page.screenshot({ path: `${screenshots}/${library.id}-banner.png` })
  await page.evaluate(() => window.__bench.arm())
  await page.mouse.click(button.x, button.y)
  await until(page, () => window.__bench.found.goneAt != null).catch(() => {
    throw new Error(`${library.name}: the banner did not go after "${ACCEPT}"`)
  })
}

const gatedScriptsRan = (page, library, who) =>
  until(
    page,
    ([count, embed]) => (window.__gated || []).length >= count && document.querySelector(embed),
    [GATED.length, EMBED],
  ).catch(() => {
    throw new Error(`${library.name}: the gated scripts or the embed did not run for ${who}`)
  })

/**
 * A new visitor on the library's article page, traced: see `acceptOnce`, then the gated scripts
 * must run. Throws if any of that does not happen.
 * @param {{ browser: import('playwright-core').Browser, url: string }} bench
 * @param {import('./libraries.mjs').Library} library
 * @param {{ profile: import('./network.mjs').Profile, screenshots?: string }} options
 * @returns the figures, the file timeline, and the storage state of a visitor who accepted
 */
export async function firstView({ browser, url }, library, { profile, screenshots }) {
  const init = probeScript({ banner: library.banner, watch: true })
  const visit = await visitor(browser, { init, profile })
  const { page } = visit
  const isLibrary = (src) => library.files != null && src.startsWith(url + library.files)
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    let trace
    let resources
    try {
      await page.goto(`${url}/page/${library.id}`, { waitUntil: 'commit' })
      await acceptOnce(visit, library, screenshots)
      await gatedScriptsRan(page, library, 'a visitor who accepted')
      resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map(({ name, startTime, responseEnd }) => ({
          name,
          startTime,
          responseEnd,
        })),
      )
      if (screenshots) await page.screenshot({ path: `${screenshots}/${library.id}-after.png` })
    } finally {
      trace = await browser.stopTracing()
    }
    const { traceEvents } = JSON.parse(trace.toString('utf8'))
    const found = await page.evaluate(() => window.__bench.found)
    const before = (at) => found.longTasks.filter((task) => task.start < at)
    const script = scriptTime(traceEvents, isLibrary)
    const timeline = fileTimeline({
      network: [...visit.network.requests.values()],
      resources: resources.filter((entry) => entry.startTime < found.pointerAt),
      runs: scriptRuns(traceEvents),
      isLibrary,
    })
    return {
      storageState: await visit.context.storageState(),
      timeline,
      figures: {
        firstBytes: bytesShipped(visit.requests, library.files),
        bannerPainted: found.shownAt,
        longTasksToBanner: before(found.shownAt).length,
        longTasks: before(found.pointerAt).length,
        tbt: sum(before(found.pointerAt).map((task) => Math.max(0, task.duration - 50))),
        cls: sum(found.shifts.filter((shift) => !shift.input).map((shift) => shift.value)),
        scriptLoad: script.load,
        scriptFiles: script.files,
        clickToGone: found.goneAt - found.pointerAt,
      },
    }
  } finally {
    await visit.close()
  }
}

/**
 * The same visitor coming back with their choice stored: no banner may show, and the gated
 * scripts must run.
 */
export async function returningVisit({ browser, url }, library, { profile, storageState }) {
  const init = probeScript({ banner: library.banner, watch: false })
  const visit = await visitor(browser, { init, storageState, profile })
  const { page } = visit
  try {
    await page.goto(`${url}/page/${library.id}`, { waitUntil: 'commit' })
    await gatedScriptsRan(page, library, 'a returning visitor')
    await networkIdle(visit, library.name)
    if (await page.evaluate(() => window.__bench.visible()))
      throw new Error(`${library.name}: the banner showed to a returning visitor`)
    const gated = await page.evaluate(() => window.__gated)
    return {
      returningBytes: bytesShipped(visit.requests, library.files),
      // When the first consented script ran, from navigation start.
      gatedAt: Math.min(...gated.map((script) => script.at)),
    }
  } finally {
    await visit.close()
  }
}

/**
 * A new visitor on the page with `MANY` gated scripts: from the click on "Accept all" (the
 * input's time stamp) to the moment the last of them ran.
 */
export async function manyScripts({ browser, url }, library, { profile }) {
  const init = probeScript({ banner: library.banner, watch: true })
  const visit = await visitor(browser, { init, profile })
  const { page } = visit
  try {
    await page.goto(`${url}/many/${library.id}`, { waitUntil: 'commit' })
    await acceptOnce(visit, library)
    await until(page, () => window.__allRan != null).catch(async () => {
      const ran = await page.evaluate(() => window.__ran)
      throw new Error(`${library.name}: ${ran} of the ${MANY} gated scripts ran after the click`)
    })
    return await page.evaluate(() => window.__allRan - window.__bench.found.pointerAt)
  } finally {
    await visit.close()
  }
}
