// One measured first visit (banner, click on "Accept all") and one returning visit per library.
import { bytesShipped } from './bytes.mjs'
import { until, visitor } from './browser.mjs'
import { ACCEPT, GATED } from './libraries.mjs'
import { probeScript } from './probe.mjs'
import { scriptTime, TRACE_CATEGORIES } from './script-time.mjs'

/** How long the page is left alone after its banner has settled, before the click. */
const QUIET_MS = 500

const sum = (values) => values.reduce((a, b) => a + b, 0)
const gatedRan = () => (window.__gated || []).length

/**
 * A new visitor on the library's page: waits for the banner to be painted and to settle, clicks
 * "Accept all" with the mouse and waits for the banner to go and the gated scripts to run.
 * Throws if any of that does not happen, or if a gated script ran before the click.
 * @param {{ browser: import('playwright-core').Browser, url: string }} bench
 * @param {import('./libraries.mjs').Library} library
 * @param {{ screenshots?: string }} options a folder to save the banner, before and after
 * @returns the figures, and the storage state of a visitor who accepted
 */
export async function firstVisit({ browser, url }, library, { screenshots } = {}) {
  const visit = await visitor(browser, {
    init: probeScript({ banner: library.banner, watch: true }),
  })
  const { page } = visit
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    let trace
    try {
      await page.goto(`${url}/page/${library.id}`)
      await until(page, () => window.__bench.found.shownAt != null).catch(() => {
        throw new Error(`${library.name}: the banner was never painted`)
      })
      await until(page, () => !window.__bench.animating())
      await page.waitForTimeout(QUIET_MS)
      if (await page.evaluate(gatedRan))
        throw new Error(`${library.name}: a gated script ran before consent`)
      const button = await page.evaluate((text) => window.__bench.button(text), ACCEPT)
      if (!button) throw new Error(`${library.name}: no "${ACCEPT}" button in the banner`)
      if (screenshots) await page.screenshot({ path: `${screenshots}/${library.id}-banner.png` })

      await page.evaluate(() => window.__bench.arm())
      await page.mouse.click(button.x, button.y)
      await until(page, () => window.__bench.found.goneAt != null).catch(() => {
        throw new Error(`${library.name}: the banner did not go after "${ACCEPT}"`)
      })
      await until(page, (count) => (window.__gated || []).length >= count, GATED.length).catch(
        () => {
          throw new Error(`${library.name}: the gated scripts did not run after "${ACCEPT}"`)
        },
      )
      // Event Timing entries arrive after the next paint.
      await page.waitForTimeout(300)
      if (screenshots) await page.screenshot({ path: `${screenshots}/${library.id}-after.png` })
    } finally {
      trace = await browser.stopTracing()
    }
    const found = await page.evaluate(() => window.__bench.found)
    const loadTasks = found.longTasks.filter((task) => task.start < found.pointerAt)
    const clickEvents = found.interactions.filter((e) => e.start >= found.pointerAt - 1)
    const script = scriptTime(trace, (src) => src.startsWith(url + library.files))
    return {
      storageState: await visit.context.storageState(),
      figures: {
        firstBytes: bytesShipped(visit.requests, library.files),
        bannerPainted: found.shownAt,
        scriptLoad: script.load,
        scriptClick: script.click,
        scriptFiles: script.files,
        longTasks: loadTasks.length,
        tbt: sum(loadTasks.map((task) => Math.max(0, task.duration - 50))),
        cls: sum(found.shifts.filter((shift) => !shift.input).map((shift) => shift.value)),
        // Under Event Timing's 16 ms floor, no entry: counted as 16.
        clickToPaint: Math.max(16, ...clickEvents.map((e) => e.duration)),
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
export async function returningVisit({ browser, url }, library, storageState) {
  const visit = await visitor(browser, {
    init: probeScript({ banner: library.banner, watch: false }),
    storageState,
  })
  const { page } = visit
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    let trace
    try {
      await page.goto(`${url}/page/${library.id}`)
      await until(page, (count) => (window.__gated || []).length >= count, GATED.length).catch(
        () => {
          throw new Error(`${library.name}: the gated scripts did not run for a returning visitor`)
        },
      )
      await page.waitForTimeout(QUIET_MS)
      if (await page.evaluate(() => window.__bench.visible()))
        throw new Error(`${library.name}: the banner showed to a returning visitor`)
    } finally {
      trace = await browser.stopTracing()
    }
    const found = await page.evaluate(() => window.__bench.found)
    const gated = await page.evaluate(() => window.__gated)
    return {
      returningBytes: bytesShipped(visit.requests, library.files),
      scriptReturning: scriptTime(trace, (src) => src.startsWith(url + library.files)).load,
      // When the first consented script ran, from navigation start.
      gatedAt: Math.min(...gated.map((script) => script.at)),
      returningTbt: sum(found.longTasks.map((task) => Math.max(0, task.duration - 50))),
    }
  } finally {
    await visit.close()
  }
}

/**
 * The same page with no library, as a reference for what the page costs by itself: its long
 * tasks, blocking time and layout shifts until one second after its load event.
 */
export async function pageAlone({ browser, url }) {
  const visit = await visitor(browser, { init: probeScript({ banner: ['none'], watch: false }) })
  try {
    await visit.page.goto(`${url}/page/none`)
    await visit.page.waitForTimeout(2 * QUIET_MS)
    const found = await visit.page.evaluate(() => window.__bench.found)
    return {
      longTasks: found.longTasks.length,
      tbt: sum(found.longTasks.map((task) => Math.max(0, task.duration - 50))),
      cls: sum(found.shifts.filter((shift) => !shift.input).map((shift) => shift.value)),
    }
  } finally {
    await visit.close()
  }
}
