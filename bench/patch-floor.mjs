// The floor under auto-blocking's time cost: what the surface it must watch costs with no logic
// at all. The article markup of bench/auto-block.mjs, with one inline script in <head>, in fresh
// contexts with the CPU slowed down 4×, two ways:
// - baseline: the script creates a script element and sets its `src`, as the page's snippets
//   do on either page of the auto-blocking comparison (so that the browser builds the script
//   element's interfaces on both sides);
// - surface: the same, plus a pass-through wrapper on each DOM method and setter that
//   consentry-auto.js patches (src/gating/auto-block/install.ts), and a MutationObserver on the
//   document that reads each node the parser adds, as auto-blocking's does.
// The difference is what any auto-blocker pays to see every insertion before it happens, before
// it decides anything (bench/patch-surface.mjs has the list). `--minimal` wraps only what
// an auto-blocker cannot do without (URL setters, setAttribute, appendChild, insertBefore,
// append, innerHTML, document.write), without what install.ts added since to close leaks.
//   node bench/patch-floor.mjs [runs] [--minimal]
import { fileURLToPath } from 'node:url'
import { launch, visitor } from './browser.mjs'
import { median, table } from './format.mjs'
import { patchSurface } from './patch-surface.mjs'
import { startServer } from './server.mjs'

const page = (surface, minimal) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>document.createElement('script').src = '/nothing.js'${surface ? `;(${patchSurface})(${minimal})` : ''}</script>
<title>The floor</title></head><body><main>${'<p>Text of the article.</p>'.repeat(50)}</main></body></html>`

async function scriptTime(browser, url) {
  const { page, cdp, close } = await visitor(browser)
  try {
    await cdp.send('Performance.enable')
    await page.goto(url)
    await page.waitForTimeout(300)
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name == 'ScriptDuration').value * 1000
  } finally {
    await close()
  }
}

/**
 * The page's script time with and without the surface, `runs` back-to-back pairs (which one
 * goes first alternates): medians of each, and of the pairs' differences.
 */
export async function measureFloor(browser, server, runs, minimal = false) {
  const urls = [false, true].map((surface) => {
    const path = `/patch-floor/${surface ? 'surface' : 'baseline'}${minimal ? '-minimal' : ''}.html`
    server.page(path, page(surface, minimal))
    return server.url + path
  })
  const seen = [[], []]
  for (let run = 0; run < runs; run++)
    for (const i of run % 2 ? [1, 0] : [0, 1]) seen[i].push(await scriptTime(browser, urls[i]))
  return {
    baseline: median(seen[0]),
    surface: median(seen[1]),
    added: median(seen[0].map((baseline, run) => seen[1][run] - baseline)),
  }
}

if (process.argv[1] == fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2]) || 30
  const minimal = process.argv.includes('--minimal')
  const server = await startServer()
  const browser = await launch()
  try {
    const { baseline, surface, added } = await measureFloor(browser, server, runs, minimal)
    const ms = (figure) => `${figure.toFixed(1)} ms`
    console.log(
      table(
        ['surface', 'runs', 'baseline', 'with the surface watched', 'added (median of pairs)'],
        [
          [
            minimal ? 'minimal' : 'as install.ts',
            String(runs),
            ms(baseline),
            ms(surface),
            ms(added),
          ],
        ],
      ),
    )
  } finally {
    await browser.close()
    await server.close()
  }
}
