// What the benchmark compares, each set up on the same article page (bench/pages/lib/<id>.html)
// with the same categories, services, gated scripts, embed and texts. Adding a variant is one
// entry: a library whose `setup` derives its page from another's.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = new URL('..', import.meta.url)
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8')
const versionOf = (pkg) => JSON.parse(read(`node_modules/${pkg}/package.json`)).version

const CONFIG = /(<script type="application\/json" id="consentry-config">)([^]*?)(<\/script>)/

/**
 * Consentry's setup with its inline config run through `npx consentry compile`, as a site with
 * a build step ships it: the core starts without its validator.
 */
function compiledConsentry() {
  const setup = read('bench/pages/lib/consentry.html')
  const input = join(mkdtempSync(join(tmpdir(), 'consentry-bench-')), 'consent.json')
  writeFileSync(input, CONFIG.exec(setup)[2])
  const compiled = execFileSync(
    process.execPath,
    [fileURLToPath(new URL('dist/cli.js', ROOT)), 'compile', input],
    {
      encoding: 'utf8',
    },
  )
  return setup.replace(CONFIG, (_, open, __, close) => open + compiled.trim() + close)
}

const consentryScript = (category, attributes, body) =>
  `<script type="text/plain" data-consent="${category}"${attributes}>${body}</script>`

/**
 * @typedef {object} Library
 * @property {string} id its page is `/page/<id>`
 * @property {string} name as the tables show it
 * @property {string | null} files the URL prefix under which every file the library ships is
 *   served; null for the static banner, which has none
 * @property {[string, string?]} banner how to find the banner (see `probe`)
 * @property {() => string} [setup] the setup's HTML, when not bench/pages/lib/<id>.html
 * @property {(category: string, attributes: string, body: string) => string} gated one inert
 *   script of the category ('analytics' or 'marketing'), as the library's documentation writes
 *   it; `attributes` starts with a space when not empty
 */

/** @type {Library[]} Consentry first: the report's columns follow this order. */
export const LIBRARIES = [
  {
    id: 'consentry',
    name: 'Consentry',
    files: '/dist/',
    banner: ['consentry-ui', '[part~="banner"]'],
    gated: consentryScript,
  },
  {
    id: 'consentry-compiled',
    name: 'Consentry, compiled config',
    files: '/dist/',
    banner: ['consentry-ui', '[part~="banner"]'],
    setup: compiledConsentry,
    gated: consentryScript,
  },
  {
    id: 'cookieconsent',
    name: `vanilla-cookieconsent ${versionOf('vanilla-cookieconsent')}`,
    files: '/vendor/cookieconsent/',
    banner: ['#cc-main .cm'],
    gated: (category, attributes, body) =>
      `<script type="text/plain" data-category="${category}"${attributes}>${body}</script>`,
  },
  {
    id: 'orejime',
    name: `orejime ${versionOf('orejime')}`,
    files: '/vendor/orejime/',
    banner: ['.orejime-Banner'],
    // Orejime gates markup by purpose (a service), not by its group.
    gated: (category, attributes, body) =>
      `<template data-purpose="${category == 'analytics' ? 'google-analytics' : 'meta-pixel'}"><script${attributes}>${body}</script></template>`,
  },
  {
    id: 'static',
    name: 'static HTML banner',
    files: null,
    banner: ['#static-banner'],
    gated: (_, attributes, body) =>
      `<script type="text/plain" data-gated${attributes}>${body}</script>`,
  },
]

/** What every banner's accept button says. */
export const ACCEPT = 'Accept all'

/** The gated scripts of the page that record themselves in `window.__gated` when they run. */
export const GATED = ['analytics', 'marketing']

/** How many gated scripts the "many scripts" page has. */
export const MANY = 200

/**
 * The library's setup, and the extra markup of its "many scripts" page: `MANY` gated scripts,
 * by category in turn, one in ten external; each counts itself, and the last to run records
 * `window.__allRan`.
 */
export function pagesOf(library) {
  const setup = library.setup ? library.setup() : read(`bench/pages/lib/${library.id}.html`)
  const scripts = Array.from({ length: MANY }, (_, i) => {
    const category = GATED[i % GATED.length]
    return i % 10 == 9
      ? library.gated(category, ` src="/pages/counted.js?n=${i}"`, '')
      : library.gated(category, '', 'window.__count()')
  })
  const counter = `<script>
  window.__ran = 0
  window.__count = () => ++window.__ran == ${MANY} && (window.__allRan = performance.now())
</script>`
  return { setup, many: { setup: counter + '\n' + setup, extra: scripts.join('\n') } }
}
