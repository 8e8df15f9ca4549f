// The three libraries the benchmark compares, each set up on the same article page
// (bench/pages/lib/<id>.html) with the same categories, services, gated scripts and texts.
import { readFileSync } from 'node:fs'

const versionOf = (pkg) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8'))
    .version

/**
 * @typedef {object} Library
 * @property {string} id the page `/page/<id>`
 * @property {string} name as the table shows it
 * @property {string} files the URL prefix under which every file the library ships is served
 * @property {[string, string?]} banner how to find the banner (see `probe`)
 */

/** @type {Library[]} */
export const LIBRARIES = [
  {
    id: 'consentry',
    name: 'Consentry',
    files: '/dist/',
    banner: ['consentry-ui', '[part~="banner"]'],
  },
  {
    id: 'cookieconsent',
    name: `vanilla-cookieconsent ${versionOf('vanilla-cookieconsent')}`,
    files: '/vendor/cookieconsent/',
    banner: ['#cc-main .cm'],
  },
  {
    id: 'orejime',
    name: `orejime ${versionOf('orejime')}`,
    files: '/vendor/orejime/',
    banner: ['.orejime-Banner'],
  },
]

/** What every banner's accept button says. */
export const ACCEPT = 'Accept all'

/** The gated scripts of the page that record themselves in `window.__gated` when they run. */
export const GATED = ['analytics', 'marketing']
