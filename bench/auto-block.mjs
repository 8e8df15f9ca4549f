// What auto-blocking costs: a page with 20 third-party tags (5 written in the HTML, 15 inserted
// by their snippets, the way vendors' snippets do), in fresh browser contexts with the CPU slowed
// down 4×, blocked two ways: by hand with consentry.js (each tag in the page contract's gated
// form, `type="text/plain" data-consent=…`: in the HTML as written there, by a snippet as it
// inserts it), and as written with consentry-auto.js ("autoBlock": true). Both pages run the
// same snippets and no tag before a choice, so what differs is what auto-blocking costs. (A
// baseline that lets the tags load unblocked charged consentry.js for loading them and flattered
// auto-blocking by 15-25 % in earlier runs; one whose snippets never run charged auto-blocking
// for the snippets' own work.)
// Two configs: hosts declared in the config (as a compiled config carries them), and services
// named by preset, inline, whose hosts arrive with consentry-presets.js (auto-blocking holds
// every third-party tag until then); a first visit, and a returning visitor who refused (on the
// same page). Each visit is measured until Consentry's UI shows (the banner, or the floating
// button of a visitor who decided) and half a second more. Each figure is the median of the
// page's whole script time (Chromium's ScriptDuration), of its long tasks (PerformanceObserver
// 'longtask') and of their blocking time (what each lasted past 50 ms, summed: Total Blocking
// Time), which tells a task that grew from one that merely split.
//   node bench/auto-block.mjs [runs]      (npm run bench runs it too)
import { fileURLToPath } from 'node:url'
import { launch, until, visitor } from './browser.mjs'
import { startServer } from './server.mjs'

// Seven services; the preset config names real presets, so tags go to their hosts.
const PRESETS = {
  'google-analytics': 'www.googletagmanager.com',
  hotjar: 'static.hotjar.com',
  'meta-pixel': 'connect.facebook.net',
  'tiktok-pixel': 'analytics.tiktok.com',
  'linkedin-insight': 'snap.licdn.com',
  'microsoft-clarity': 'www.clarity.ms',
  'pinterest-tag': 's.pinimg.com',
}
const CONFIGS = {
  hosts: {
    services: Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `tracker${i}`,
        { category: i % 2 ? 'analytics' : 'marketing', hosts: [`*.tracker${i}.example`] },
      ]),
    ),
    tags: Array.from({ length: 20 }, (_, i) => ({
      service: `tracker${i % 7}`,
      host: `tag${i}.tracker${i % 7}.example`,
    })),
  },
  presets: {
    services: Object.fromEntries(Object.keys(PRESETS).map((id) => [id, { preset: id }])),
    tags: Array.from({ length: 20 }, (_, i) => {
      const [service, host] = Object.entries(PRESETS)[i % 7]
      return { service, host }
    }),
  },
}

const config = (services, autoBlock) =>
  JSON.stringify({
    revision: 1,
    ...(autoBlock && { autoBlock: true }),
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    services,
  })

// Five tags in the HTML, fifteen inserted the way vendor snippets do. `byHand`: each gated by
// hand in the page contract's form, the five in the HTML as written there, the fifteen by their
// snippet as it inserts them, so that the snippets run on both pages.
const tags = (list, byHand) =>
  list
    .map(({ service, host }, i) => {
      const src = `https://${host}/tag${i}.js`
      if (i < 5)
        return `<script${byHand ? ` type="text/plain" data-consent="${service}"` : ''} async src="${src}"></script>`
      const gate = byHand ? `s.type='text/plain';s.setAttribute('data-consent','${service}');` : ''
      return `<script>(function(d){var s=d.createElement('script');s.async=true;${gate}
        s.src='${src}';d.head.appendChild(s)})(document)</script>`
    })
    .join('\n')

const page = (file, { services, tags: list }) => {
  const auto = file == 'consentry-auto.js'
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="application/json" id="consentry-config">${config(services, auto)}</script>
<script src="/dist/${file}"></script><title>20 tags</title>
${tags(list, !auto)}</head><body><main>${'<p>Text of the article.</p>'.repeat(50)}</main></body></html>`
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// What a visit ends with, in Consentry's shadow root: a first visit's banner, a returning
// visitor's floating button. Each page is measured at the same point of its work: a fixed wait
// after Consentry started cut some visits before the UI's chunk had run and some after.
const done = (part) =>
  !!document.querySelector('consentry-ui')?.shadowRoot?.querySelector(`[part~="${part}"]`)

// One visit: the page's script time and long tasks once Consentry's UI is on screen and the page
// has been quiet for half a second. With `storageState`, a returning visitor's.
async function visit(browser, url, storageState) {
  const { page, cdp, close } = await visitor(browser, {
    storageState,
    init: `window.__long = []; new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true })`,
  })
  try {
    await cdp.send('Performance.enable')
    await page.goto(url)
    await until(page, done, storageState ? 'floating-button' : 'banner')
    await page.waitForTimeout(500)
    const { metrics } = await cdp.send('Performance.getMetrics')
    const scriptMs = metrics.find((m) => m.name == 'ScriptDuration').value * 1000
    const long = await page.evaluate(() => window.__long)
    const blockingMs = long.reduce((sum, ms) => sum + ms - 50, 0)
    return { scriptMs, longTasks: long.length, blockingMs }
  } finally {
    await close()
  }
}

// A visitor who refused everything on that page: what their next views start from.
async function refusedOn(browser, url) {
  const { page, context, close } = await visitor(browser)
  try {
    await page.goto(url)
    await until(page, () => !!window.Consentry)
    await page.evaluate(() => window.Consentry.rejectAll())
    await until(page, () => document.cookie.includes('consentry='))
    return await context.storageState()
  } finally {
    await close()
  }
}

const FILES = ['consentry.js', 'consentry-auto.js']

/**
 * Measures each config's page with consentry.js and with consentry-auto.js, for a first visit
 * and for a returning visitor who refused, `runs` times each. The two files are measured back
 * to back in each run (which one goes first alternates), and `added` is the median of those
 * pairs' ratios: what the machine's load does to both cancels out.
 * @returns {Promise<{ config: string, visit: string, plain: object, auto: object, added: number }[]>}
 */
export async function measureAutoBlock(browser, server, runs) {
  const rows = []
  for (const [config, setup] of Object.entries(CONFIGS)) {
    const urls = FILES.map((file) => {
      const path = `/auto-block/${config}/${file.replace('.js', '.html')}`
      server.page(path, page(file, setup))
      return server.url + path
    })
    // Each page's returning visitor refused on that page: one who refused on the other page
    // would bring a config new to this one (it differs by "autoBlock"), which is validated again.
    const returning = [await refusedOn(browser, urls[0]), await refusedOn(browser, urls[1])]
    for (const [kind, states] of [
      ['first visit', []],
      ['returning, refused', returning],
    ]) {
      const seen = [[], []]
      for (let run = 0; run < runs; run++)
        for (const i of run % 2 ? [1, 0] : [0, 1])
          seen[i].push(await visit(browser, urls[i], states[i]))
      const medians = seen.map((visits) =>
        Object.fromEntries(
          ['scriptMs', 'longTasks', 'blockingMs'].map((key) => [
            key,
            median(visits.map((v) => v[key])),
          ]),
        ),
      )
      const ratios = seen[0].map((plain, run) => seen[1][run].scriptMs / plain.scriptMs)
      rows.push({
        config,
        visit: kind,
        plain: medians[0],
        auto: medians[1],
        added: median(ratios) - 1,
      })
    }
  }
  return rows
}

/** The figures as a Markdown section of the bench report. */
export function renderAutoBlock(rows, runs) {
  const ms = (figure) => `${figure.toFixed(1)} ms`
  const line = ({ config, visit, plain, auto, added }) =>
    `| ${config == 'hosts' ? 'hosts in the config' : 'presets, inline'} | ${visit} | ${ms(plain.scriptMs)} | ${ms(auto.scriptMs)} | ${(added * 100).toFixed(1)} % | ${plain.longTasks} | ${auto.longTasks} | ${ms(plain.blockingMs)} | ${ms(auto.blockingMs)} |`
  return [
    '## What auto-blocking costs',
    '',
    `A page with 20 third-party tags (5 in the HTML, 15 inserted by snippets), CPU 4× slower, ${runs} runs: consentry.js with each tag gated by hand (\`type="text/plain" data-consent\`, in the HTML or by the snippet that inserts it), consentry-auto.js with the tags as written. Each visit is measured until Consentry's UI shows (the banner, or a returning visitor's floating button) and half a second more; a returning visitor refused on the same page. "added" is the median of each run's ratio (the two pages measured back to back), the rest are medians.`,
    '',
    '| config | visit | script time, gated by hand | auto-blocked | added | long tasks, by hand | auto | blocking time, by hand | auto |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(line),
    '',
  ].join('\n')
}

if (process.argv[1] == fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2]) || 7
  const server = await startServer()
  const browser = await launch()
  try {
    console.log(renderAutoBlock(await measureAutoBlock(browser, server, runs), runs))
  } finally {
    await browser.close()
    await server.close()
  }
}
