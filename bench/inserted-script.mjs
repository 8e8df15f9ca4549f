// When does Chromium run a script inserted from <head>, against the page's first paint and
// DOMContentLoaded? consentry.js fetches its UI that way (a returning visitor downloads the core
// alone), so this bounds how early a first view's banner can be. The bench's article page with no
// library, CPU 4× slower, no network delay; each way of inserting the script in turn.
//   node bench/inserted-script.mjs [views per way, default 5]
import { readFileSync } from 'node:fs'
import { launch, until, visitor } from './browser.mjs'
import { median } from './format.mjs'
import { startServer } from './server.mjs'

const VIEWS = Number(process.argv[2] || 5)
const article = readFileSync(new URL('pages/article.html', import.meta.url), 'utf8')

// Each way inserts /inserted.js from an inline script in <head>.
const insert = (how) => `<script>${how}</script>`
const element = (setup) =>
  insert(
    `const s = document.createElement('script'); s.src = '/inserted.js'; ${setup} document.head.append(s)`,
  )
const WAYS = {
  'async (the default)': element(''),
  'async = false': element('s.async = false;'),
  'fetchpriority = "high"': element("s.fetchPriority = 'high';"),
  'import()': insert("import('/inserted.js')"),
  'parser-blocking <script src>': '<script src="/inserted.js"></script>',
}

const server = await startServer()
server.page('/inserted.js', 'window.__ran = performance.now()', 'text/javascript; charset=utf-8')
for (const [i, html] of Object.values(WAYS).entries())
  server.page(`/way/${i}`, article.replace('<!-- library -->', html))

const browser = await launch()
const rows = Object.keys(WAYS).map(() => [])
try {
  for (let view = 0; view < VIEWS; view++)
    for (const i of Object.keys(WAYS).keys()) {
      const visit = await visitor(browser)
      try {
        await visit.page.goto(`${server.url}/way/${i}`)
        await until(visit.page, () => window.__ran != null)
        rows[i].push(
          await visit.page.evaluate(() => {
            const [nav] = performance.getEntriesByType('navigation')
            return {
              arrived: performance.getEntriesByName(location.origin + '/inserted.js')[0]
                .responseEnd,
              ran: window.__ran,
              paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
              parsed: nav.domContentLoadedEventStart,
            }
          }),
        )
      } finally {
        await visit.close()
      }
    }
} finally {
  await browser.close()
  await server.close()
}

const ms = (values) => `${Math.round(median(values))} ms`.padStart(8)
console.log(`Medians of ${VIEWS} views, milliseconds from navigation start, CPU 4× slower:\n`)
console.log(
  '| inserted as | arrived | first paint | DOMContentLoaded | ran | ran − DOMContentLoaded |',
)
console.log('| --- | --: | --: | --: | --: | --: |')
for (const [i, way] of Object.keys(WAYS).entries()) {
  const of = (key) => rows[i].map((row) => row[key])
  const after = rows[i].map((row) => row.ran - row.parsed)
  console.log(
    `| ${way} | ${ms(of('arrived'))} | ${ms(of('paint'))} | ${ms(of('parsed'))} | ${ms(of('ran'))} | ${ms(after)} |`,
  )
}
