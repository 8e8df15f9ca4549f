// What auto-blocking costs: a page with 20 third-party tags (5 written in the HTML, 15 inserted
// by their snippets), loaded before any choice with consentry.js and with consentry-auto.js
// ("autoBlock": true), in fresh visitors with the CPU slowed down 4×. Reports the page's whole
// script time (Chromium's ScriptDuration) and its long tasks, as medians.
//   node bench/auto-block.mjs [runs]
import { launch, visitor, until } from './browser.mjs'
import { startServer } from './server.mjs'

const RUNS = Number(process.argv[2]) || 7
const HOSTS = Array.from({ length: 20 }, (_, i) => `tag${i}.tracker${i % 7}.example`)

const config = (autoBlock) =>
  JSON.stringify({
    revision: 1,
    ...(autoBlock && { autoBlock: true }),
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    services: Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `tracker${i}`,
        { category: i % 2 ? 'analytics' : 'marketing', hosts: [`*.tracker${i}.example`] },
      ]),
    ),
  })

// Five tags in the HTML, fifteen inserted the way vendor snippets do.
const tags = HOSTS.map((host, i) =>
  i < 5
    ? `<script async src="https://${host}/tag.js"></script>`
    : `<script>(function(d){var s=d.createElement('script');s.async=true;
        s.src='https://${host}/tag.js';d.head.appendChild(s)})(document)</script>`,
).join('\n')

const page = (file, autoBlock) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="application/json" id="consentry-config">${config(autoBlock)}</script>
<script src="/dist/${file}"></script><title>20 tags</title>
${tags}</head><body><main>${'<p>Text of the article.</p>'.repeat(50)}</main></body></html>`

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function measure(browser, url) {
  const times = []
  const longTasks = []
  for (let run = 0; run < RUNS; run++) {
    const { page, cdp, close } = await visitor(browser, {
      init: `window.__long = 0; new PerformanceObserver((l) => (window.__long += l.getEntries().length)).observe({ type: 'longtask', buffered: true })`,
    })
    await cdp.send('Performance.enable')
    await page.goto(url)
    await until(page, () => !!window.Consentry)
    await page.waitForTimeout(500)
    const { metrics } = await cdp.send('Performance.getMetrics')
    times.push(metrics.find((m) => m.name == 'ScriptDuration').value * 1000)
    longTasks.push(await page.evaluate(() => window.__long))
    await close()
  }
  return { scriptMs: median(times), longTasks: median(longTasks) }
}

const server = await startServer()
server.page('/auto-block/plain.html', page('consentry.js', false))
server.page('/auto-block/auto.html', page('consentry-auto.js', true))
const browser = await launch()
try {
  const plain = await measure(browser, `${server.url}/auto-block/plain.html`)
  const auto = await measure(browser, `${server.url}/auto-block/auto.html`)
  console.log(`20 third-party tags, median of ${RUNS} first visits (CPU 4× slower):`)
  console.log(
    `  consentry.js:       ${plain.scriptMs.toFixed(1)} ms script, ${plain.longTasks} long tasks`,
  )
  console.log(
    `  consentry-auto.js:  ${auto.scriptMs.toFixed(1)} ms script, ${auto.longTasks} long tasks`,
  )
  console.log(`  difference:         ${(auto.scriptMs - plain.scriptMs).toFixed(1)} ms`)
} finally {
  await browser.close()
  await server.close()
}
