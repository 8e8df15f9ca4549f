// The Markdown report: per network profile, the libraries side by side (medians of every run),
// each library's first-view file timeline, then Consentry's scale figures.
import { sizeOf } from './bytes.mjs'
import { bytes, count, kB, median, ms, row, score, table } from './format.mjs'
import { MANY } from './libraries.mjs'

const NONE = '–'
// A figure some runs lack (the page with many scripts is measured on one profile) is '–'.
const med = (runs, read) => median(runs.map(read).filter((value) => value != null))
const shipped = (key) => (runs) =>
  `${kB(med(runs, (r) => r[key].gzip))} (${count(med(runs, (r) => r[key].files))})`
// What only a library's own files can tell: nothing for a banner that has none.
const ownScript = (read, format) => (runs, library) =>
  library.files ? format(med(runs, read)) : NONE

/** The rows of the comparison: a label, and how to print the median of a library's runs. */
const ROWS = [
  [
    'Time to banner (first paint), from navigation start',
    (runs) => ms(med(runs, (r) => r.bannerPainted)),
  ],
  ['Bytes shipped, first view, gzip (files)', shipped('firstBytes')],
  [
    'Long tasks until the banner is painted',
    (runs) => count(med(runs, (r) => r.longTasksToBanner)),
  ],
  [
    'Long tasks until the network is idle (the click)',
    (runs) => count(med(runs, (r) => r.longTasks)),
  ],
  ['Total blocking time until the click', (runs) => ms(med(runs, (r) => r.tbt))],
  ['Layout shift (CLS), first view', (runs) => score(med(runs, (r) => r.cls))],
  ['Library script time until the click', ownScript((r) => r.scriptLoad, ms)],
  ['Click on "Accept all" → banner gone', (runs) => ms(med(runs, (r) => r.clickToGone))],
  [
    `${MANY} gated scripts: click on "Accept all" → the last one ran`,
    (runs) => {
      const value = med(runs, (r) => r.manyRan)
      return Number.isNaN(value) ? NONE : ms(value)
    },
  ],
  ['Returning visit: bytes shipped, gzip (files)', shipped('returningBytes')],
  [
    'Returning visit: first consented script runs, from navigation start',
    (runs) => ms(med(runs, (r) => r.gatedAt)),
  ],
]

/**
 * The comparison on one network profile.
 * @param {import('./libraries.mjs').Library[]} libraries the columns, in order
 * @param {Record<string, object[]>} runs each library's figures, one object per run, by id
 */
export function comparisonTable(libraries, runs) {
  return table(
    ['Median', ...libraries.map((l) => l.name)],
    ROWS.map(([label, cell]) => [label, ...libraries.map((l) => cell(runs[l.id], l))])
      // A figure not measured on this profile.
      .filter((cells) => cells.slice(1).some((cell) => cell != NONE)),
  )
}

/**
 * A library's first-view files: gzip size, and when each was requested, arrived and ran under
 * each profile (medians), in the order of the first profile's requests.
 * @param {import('./libraries.mjs').Library} library
 * @param {{ profile: import('./network.mjs').Profile, rows: import('./timeline.mjs').TimelineRow[] }[]} timelines
 */
export function timelineTable(library, timelines) {
  const files = [...new Set(timelines.flatMap(({ rows }) => rows.map((r) => r.file)))]
  const head = ['File', 'gzip']
  for (const { profile } of timelines) head.push(`${profile.short}: requested`, 'arrived', 'ran')
  const at = (value) => (value == null ? NONE : ms(value))
  return table(
    head,
    files.map((file) => [
      `\`${file}\``,
      kB(sizeOf(library.files + file).gzip),
      ...timelines.flatMap(({ rows }) => {
        const found = rows.find((r) => r.file == file)
        return found ? [at(found.requested), at(found.arrived), at(found.ran)] : [NONE, NONE, NONE]
      }),
    ]),
  )
}

/** A library's first-view script time (until the click) by file, as one line of text. */
export function scriptByFile(runs) {
  const files = [...new Set(runs.flatMap((run) => Object.keys(run.scriptFiles)))]
  return files
    .map((file) => [file, median(runs.map((run) => run.scriptFiles[file] || 0))])
    .sort((a, b) => b[1] - a[1])
    .map(([file, time]) => `\`${file}\` ${ms(time)}`)
    .join(', ')
}

const ratio = (value, base) => (base > 0 ? '×' + (value / base).toFixed(2) : NONE)

/** The scale tables, from one figures object per run (see `scaleRun`). */
export function scaleTables(runs) {
  const m = (key) => median(runs.map((r) => r[key]))
  const config = [
    row(['Config (median)', '50 services, 200 cookies', '500 services, 2,000 cookies']),
    row(['---', '---:', '---:']),
    ...[
      ['Start-up, first visit (fetch the validator, validate, compile, start)', 'startFirst', ms],
      ['Start-up, returning visit (compiled config cached)', 'startReturning', ms],
      ['Preferences open, first time (fetches their chunk)', 'preferences', ms],
      ['Consent cookie after "Accept all"', 'cookie', bytes],
      ['Consent cookie, largest choice (every other service on its own)', 'cookieCustom', bytes],
    ].map(([label, key, format]) => row([label, format(m(key + 50)), format(m(key + 500))])),
  ]
  const gating = [
    row([`500 gated scripts, ${count(m('cookiesPresent'))} cookies present (median)`, 'Consentry']),
    row(['---', '---:']),
    row(['`acceptAll()` returns', ms(m('acceptAllReturned'))]),
    row(['`acceptAll()`: all 500 gated scripts have run', ms(m('acceptAllDone'))]),
    row(['`rejectAll()` returns', ms(m('rejectAllReturned'))]),
    row([
      `\`rejectAll()\`: the ${count(m('deleted'))} declared cookies are deleted`,
      ms(m('rejectAllDone')),
    ]),
  ]
  const inserting = [
    row(['10,000 elements inserted after start-up (median)', 'Consentry', 'without', '×']),
    row(['---', '---:', '---:', '---:']),
    ...[
      ['In 100 tasks of 100', 'insertBatches'],
      ['In one task', 'insertOnce'],
    ].map(([label, key]) => {
      const [withIt, without] = [m(`${key}_consentry`), m(`${key}_none`)]
      return row([label, ms(withIt), ms(without), ratio(withIt, without)])
    }),
  ]
  return {
    config: config.join('\n'),
    gating: gating.join('\n'),
    inserting: inserting.join('\n'),
  }
}
