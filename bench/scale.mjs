// Consentry at scale (issue 5, "Scale"): a config with 500 services and 2,000 cookies, a page with
// 500 gated scripts and 300 cookies, and a page that inserts 10,000 elements after start-up.
// Every page is the benchmark's article page, in the same 4×-slowed Chromium.
import { articleWith } from './server.mjs'
import { until, visitor } from './browser.mjs'
import { probeScript } from './probe.mjs'

const CATEGORIES = ['analytics', 'marketing', 'media', 'preferences']
const BANNER = ['consentry-ui', '[part~="banner"]']
const PREFERENCES = ['consentry-ui', '[part~="preferences"]']

/**
 * A config with `count` services spread over four optional categories, each with a provider,
 * purpose, privacy policy and four cookies, one of each kind of name pattern: exact, `*`, a
 * placeholder and a regular expression (500 services: 2,000 cookie declarations).
 */
export function configWith(count) {
  const services = {}
  for (let i = 0; i < count; i++)
    services[`service-${i}`] = {
      name: `Service ${i}`,
      provider: `Provider ${i} Ltd`,
      purpose: `Measures how visitors use the site, part ${i}.`,
      privacyPolicyUrl: `https://provider-${i}.example/privacy`,
      category: CATEGORIES[i % CATEGORIES.length],
      cookies: [
        { name: `s${i}_id`, duration: '1 year', purpose: 'Tells visitors apart' },
        { name: `_s${i}_*`, duration: '30 days', purpose: 'Counts sessions' },
        { name: `s${i}_sess_{hash}`, duration: 'session', purpose: 'Keeps a session' },
        { name: `/^s${i}_v\\d+$/`, duration: '2 years', purpose: 'Remembers a version' },
      ],
    }
  return {
    revision: 1,
    categories: {
      necessary: {
        required: true,
        title: 'Strictly necessary',
        cookies: [{ name: 'PHPSESSID', duration: 'session' }],
      },
      ...Object.fromEntries(
        CATEGORIES.map((id) => [id, { title: id[0].toUpperCase() + id.slice(1) }]),
      ),
    },
    services,
    privacyPolicyUrl: '/privacy/',
  }
}

/** Consentry's setup with that config, timing its start: `__start` to `__ready`. */
const setup = (config, after = '') => `
<script>
  window.__start = performance.now()
  addEventListener('consentry:ready', () => (window.__ready = performance.now()))
</script>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script>
${after}`

/** Registers the scale pages on the server. */
export async function scalePages(server) {
  for (const count of [50, 500])
    server.page(
      `/scale/services-${count}`,
      await articleWith('consentry', { setup: setup(configWith(count)) }),
    )

  // 500 gated scripts, one in ten external, the others inline, named after categories and
  // services in turn; each counts itself, and the last one to run says when.
  const config = configWith(50)
  const names = [...CATEGORIES, ...Object.keys(config.services)]
  const scripts = Array.from({ length: 500 }, (_, i) => {
    const name = names[i % names.length]
    return i % 10 == 9
      ? `<script type="text/plain" data-consent="${name}" src="/scale/gated.js?n=${i}"></script>`
      : `<script type="text/plain" data-consent="${name}">window.__count()</script>`
  }).join('\n')
  const counter = `<script>
  window.__ran = 0
  window.__count = () => ++window.__ran == 500 && (window.__allRan = performance.now())
</script>`
  server.page('/scale/gated.js', 'window.__count()', 'text/javascript; charset=utf-8')
  server.page(
    '/scale/scripts',
    await articleWith('consentry', { setup: counter + setup(config), extra: scripts }),
  )
}

/**
 * 300 cookies for 127.0.0.1: 200 that the 50-service config declares (so rejecting deletes
 * them) and 100 of the site's own.
 */
function existingCookies(url) {
  const names = []
  for (let i = 0; i < 50; i++) names.push(`s${i}_id`, `_s${i}_x`, `s${i}_sess_ab12`, `s${i}_v1`)
  for (let i = 0; i < 100; i++) names.push(`site_pref_${i}`)
  return names.map((name) => ({ name, value: 'x'.repeat(12), url }))
}

/** The visitor sees the banner; returns once it has settled. */
async function bannerShown(page) {
  await until(page, () => window.__bench.found.shownAt != null)
  await until(page, () => !window.__bench.animating())
  await page.waitForTimeout(300)
}

/**
 * One run of each scale scenario.
 * @param {{ browser: import('playwright-core').Browser, url: string }} bench
 * @param {object} accepted the storage state of a visitor who accepted everything on the
 *   article page, for the 10,000 elements (a returning visitor: no banner, the observer on)
 */
export async function scaleRun({ browser, url }, accepted) {
  const figures = {}
  const init = probeScript({ banner: BANNER, watch: true })

  for (const count of [50, 500]) {
    const first = await visitor(browser, { init })
    try {
      const { page } = first
      await page.goto(`${url}/scale/services-${count}`)
      await until(page, () => window.__ready)
      figures[`startFirst${count}`] = await page.evaluate(() => window.__ready - window.__start)
      await bannerShown(page)
      figures[`preferences${count}`] = await page.evaluate(async (what) => {
        const start = performance.now()
        window.Consentry.showPreferences()
        return (await window.__bench.whenVisible(what)) - start
      }, PREFERENCES)
      const consentCookie = () =>
        document.cookie.split('; ').find((pair) => pair.startsWith('consentry='))
      await page.evaluate(() => window.Consentry.acceptAll())
      figures[`cookie${count}`] = Buffer.byteLength(await until(page, consentCookie))
      const state = await first.context.storageState()
      // The largest record: every other service granted on its own, no optional category, so
      // that every service's choice differs from its category's and is listed.
      const before = await page.evaluate(consentCookie)
      await page.evaluate(() => {
        const ids = Object.keys(window.Consentry.getState().services)
        window.Consentry.save({ categories: [], services: ids.filter((_, i) => i % 2 == 0) })
      })
      figures[`cookieCustom${count}`] = Buffer.byteLength(
        await until(
          page,
          (old) =>
            document.cookie
              .split('; ')
              .find((pair) => pair.startsWith('consentry=') && pair != old),
          before,
        ),
      )
      const back = await visitor(browser, { storageState: state })
      try {
        await back.page.goto(`${url}/scale/services-${count}`)
        await until(back.page, () => window.__ready)
        figures[`startReturning${count}`] = await back.page.evaluate(
          () => window.__ready - window.__start,
        )
      } finally {
        await back.close()
      }
    } finally {
      await first.close()
    }
  }

  for (const decision of ['acceptAll', 'rejectAll']) {
    const visit = await visitor(browser, { init })
    try {
      const { page, context } = visit
      await context.addCookies(existingCookies(url))
      await page.goto(`${url}/scale/scripts`)
      await bannerShown(page)
      // The banner fetches what writes decisions: a visitor's click finds it there.
      await until(page, () => window.ConsentryChunks?.write)
      const cookiesBefore = await page.evaluate(() => document.cookie.split('; ').length)
      const result = await page.evaluate(async (decision) => {
        const declared = () =>
          document.cookie.split('; ').filter((pair) => /^_?s\d+_/.test(pair)).length
        const before = declared()
        const start = performance.now()
        window.Consentry[decision]()
        const returned = performance.now() - start
        if (decision == 'acceptAll') {
          while (window.__allRan == null) await new Promise((next) => setTimeout(next, 5))
          return { returned, done: window.__allRan - start, ran: window.__ran }
        }
        // Deleting waits for the writer's promise (already fetched) and runs in the microtasks
        // that follow: done at the first task after the declared cookies have gone.
        for (let i = 0; i < 1000 && declared() > 0; i++)
          await new Promise((next) => setTimeout(next))
        return { returned, done: performance.now() - start, deleted: before - declared() }
      }, decision)
      figures.cookiesPresent = cookiesBefore
      figures[`${decision}Returned`] = result.returned
      figures[`${decision}Done`] = result.done
      if (decision == 'acceptAll' && result.ran != 500)
        throw new Error(`acceptAll ran ${result.ran} of the 500 gated scripts`)
      if (decision == 'rejectAll') figures.deleted = result.deleted
    } finally {
      await visit.close()
    }
  }

  for (const library of ['consentry', 'none']) {
    const visit = await visitor(browser, { storageState: accepted })
    try {
      const { page } = visit
      await page.goto(`${url}/page/${library}`)
      if (library == 'consentry') await until(page, () => window.Consentry)
      await page.waitForTimeout(300)
      const times = await page.evaluate(async () => {
        // Hidden, so that laying out 10,000 rows frame after frame does not drown the script
        // time measured (and the run): the observer sees the same insertions.
        const box = document.createElement('div')
        box.hidden = true
        document.querySelector('main').append(box)
        const insert = (from, count) => {
          for (let i = from; i < from + count; i++) {
            const row = document.createElement('div')
            row.className = 'row'
            row.textContent = `Row ${i}`
            box.append(row)
          }
        }
        // From the first insertion to the end of the microtasks that follow it, where the
        // observer's callback runs.
        let batches = 0
        for (let b = 0; b < 100; b++) {
          await new Promise((next) => setTimeout(next))
          const start = performance.now()
          insert(b * 100, 100)
          await null
          batches += performance.now() - start
        }
        box.textContent = ''
        await new Promise((next) => setTimeout(next, 50))
        const start = performance.now()
        insert(0, 10_000)
        await null
        return { batches, once: performance.now() - start }
      })
      figures[`insertBatches_${library}`] = times.batches
      figures[`insertOnce_${library}`] = times.once
    } finally {
      await visit.close()
    }
  }
  return figures
}
