// What auto-blocking costs: a page with 20 third-party tags (5 written in the HTML, 15 inserted
// by their snippets, the way vendors' snippets do), loaded before any choice with consentry.js
// and with consentry-auto.js ("autoBlock": true), in fresh visitors with the CPU slowed down 4×.
// Two configs: hosts declared in the config (as a compiled config carries them), and services
// named by preset, inline, whose hosts arrive with consentry-presets.js (auto-blocking holds
// every third-party tag until then). Runs are interleaved, the page order turning each run;
// each figure is the median of the page's whole script time (Chromium's ScriptDuration) and of
// its long tasks (PerformanceObserver 'longtask').
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
    hosts: Array.from({ length: 20 }, (_, i) => `tag${i}.tracker${i % 7}.example`),
  },
  presets: {
    services: Object.fromEntries(Object.keys(PRESETS).map((id) => [id, { preset: id }])),
    hosts: Array.from({ length: 20 }, (_, i) => Object.values(PRESETS)[i % 7]),
  },
}

const config = (services, autoBlock) =>
  JSON.stringify({
    revision: 1,
    ...(autoBlock && { autoBlock: true }),
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    services,
  })

// Five tags in the HTML, fifteen inserted the way vendor snippets do.
const tags = (hosts) =>
  hosts
    .map((host, i) =>
      i < 5
        ? `<script async src="https://${host}/tag${i}.js"></script>`
        : `<script>(function(d){var s=d.createElement('script');s.async=true;
        s.src='https://${host}/tag${i}.js';d.head.appendChild(s)})(document)</script>`,
    )
    .join('\n')

const page = (
  file,
  { services, hosts },
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="application/json" id="consentry-config">${config(services, file == 'consentry-auto.js')}</script>
<script src="/dist/${file}"></script><title>20 tags</title>
${tags(hosts)}</head><body><main>${'<p>Text of the article.</p>'.repeat(50)}</main></body></html>`

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// One first visit: the page's script time and long tasks once Consentry has started and the
// page has been quiet for half a second.
async function visit(browser, url) {
  const { page, cdp, close } = await visitor(browser, {
    init: `window.__long = 0; new PerformanceObserver((l) => (window.__long += l.getEntries().length)).observe({ type: 'longtask', buffered: true })`,
  })
  try {
    await cdp.send('Performance.enable')
    await page.goto(url)
    await until(page, () => !!window.Consentry)
    await page.waitForTimeout(500)
    const { metrics } = await cdp.send('Performance.getMetrics')
    const scriptMs = metrics.find((m) => m.name == 'ScriptDuration').value * 1000
    return { scriptMs, longTasks: await page.evaluate(() => window.__long) }
  } finally {
    await close()
  }
}

/**
 * Measures the four pages (two files × two configs), interleaved, `runs` times each.
 * @returns {Promise<Record<string, { file: string, config: string, scriptMs: number, longTasks: number }>>}
 */
export async function measureAutoBlock(browser, server, runs) {
  const pages = []
  for (const [name, setup] of Object.entries(CONFIGS))
    for (const file of ['consentry.js', 'consentry-auto.js']) {
      const path = `/auto-block/${name}/${file.replace('.js', '.html')}`
      server.page(path, page(file, setup))
      pages.push({ path, file, config: name })
    }
  const seen = Object.fromEntries(pages.map(({ path }) => [path, []]))
  for (let run = 0; run < runs; run++)
    for (let i = 0; i < pages.length; i++) {
      const { path } = pages[(i + run) % pages.length]
      seen[path].push(await visit(browser, server.url + path))
    }
  return Object.fromEntries(
    pages.map(({ path, file, config }) => [
      path,
      {
        file,
        config,
        scriptMs: median(seen[path].map((v) => v.scriptMs)),
        longTasks: median(seen[path].map((v) => v.longTasks)),
      },
    ]),
  )
}

/** The figures as a Markdown section of the bench report. */
export function renderAutoBlock(figures, runs) {
  const rows = Object.values(figures)
  const line = (config) => {
    const [plain, auto] = ['consentry.js', 'consentry-auto.js'].map((file) =>
      rows.find((r) => r.file == file && r.config == config),
    )
    const added = ((auto.scriptMs / plain.scriptMs - 1) * 100).toFixed(1)
    const label = config == 'hosts' ? 'hosts in the config' : 'presets, inline'
    return `| ${label} | ${plain.scriptMs.toFixed(1)} ms | ${auto.scriptMs.toFixed(1)} ms | ${added} % | ${plain.longTasks} | ${auto.longTasks} |`
  }
  return [
    '## What auto-blocking costs',
    '',
    `A page with 20 third-party tags (5 in the HTML, 15 inserted by snippets), first visit, CPU 4× slower, median of ${runs} interleaved runs.`,
    '',
    '| config | script time, consentry.js | consentry-auto.js | added | long tasks, consentry.js | consentry-auto.js |',
    '| --- | --: | --: | --: | --: | --: |',
    line('hosts'),
    line('presets'),
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
