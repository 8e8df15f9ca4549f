// The Markdown report: medians of every run, the libraries side by side with ratios to
// Consentry, then Consentry's scale figures.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const kB = (bytes) => (bytes / 1000).toFixed(2) + ' kB'
const ms = (value) => (value < 10 ? value.toFixed(1) : Math.round(value).toString()) + ' ms'
const count = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1))
const score = (value) => value.toFixed(3)
const bytes = (value) => Math.round(value).toLocaleString('en-US') + ' B'

/** The rows of the comparison: a label, how to read one run's value, how to print it. */
const ROWS = [
  ['Bytes shipped, first visit, gzip', (r) => r.firstBytes.gzip, kB],
  ['Bytes shipped, first visit, brotli', (r) => r.firstBytes.brotli, kB],
  ['Bytes shipped, returning visit, gzip', (r) => r.returningBytes.gzip, kB],
  ['Bytes shipped, returning visit, brotli', (r) => r.returningBytes.brotli, kB],
  ['Files fetched, first visit', (r) => r.firstBytes.files, count],
  ['Files fetched, returning visit', (r) => r.returningBytes.files, count],
  ['Banner painted, from navigation start', (r) => r.bannerPainted, ms],
  ['Library script time, first visit until the click', (r) => r.scriptLoad, ms],
  ['Library script time, handling the click', (r) => r.scriptClick, ms],
  ['Library script time, returning visit', (r) => r.scriptReturning, ms],
  ['Long tasks, first visit until the click', (r) => r.longTasks, count],
  ['Total blocking time, first visit until the click', (r) => r.tbt, ms],
  ['Cumulative layout shift, first visit', (r) => r.cls, score],
  ['Click on "Accept all" → next paint (Event Timing)', (r) => r.clickToPaint, ms],
  ['Click on "Accept all" → banner gone', (r) => r.clickToGone, ms],
  ['Returning visit: first consented script runs, from navigation start', (r) => r.gatedAt, ms],
]

const ratio = (value, base) => (base > 0 ? '×' + (value / base).toFixed(2) : '–')

/**
 * The comparison table.
 * @param {{ name: string }[]} libraries the first is Consentry, the base of every ratio
 * @param {Record<string, object[]>} runs each library's figures, one object per run, by name
 */
export function comparisonTable(libraries, runs) {
  const [base, ...others] = libraries
  const head = ['Metric (median)', base.name, ...others.flatMap((l) => [l.name, '×'])]
  const lines = [row(head), row(head.map((_, i) => (i ? '---:' : '---')))]
  for (const [label, read, format] of ROWS) {
    const value = (library) => median(runs[library.name].map(read))
    const first = value(base)
    lines.push(
      row([
        label,
        format(first),
        ...others.flatMap((l) => [format(value(l)), ratio(value(l), first)]),
      ]),
    )
  }
  return lines.join('\n')
}

const row = (cells) => `| ${cells.join(' | ')} |`

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

/** A library's first-visit script time (until the click) by file, as one line of text. */
export function scriptByFile(runs) {
  const files = [...new Set(runs.flatMap((run) => Object.keys(run.scriptFiles)))]
  return files
    .map((file) => [file, median(runs.map((run) => run.scriptFiles[file] || 0))])
    .sort((a, b) => b[1] - a[1])
    .map(([file, time]) => `\`${file}\` ${ms(time)}`)
    .join(', ')
}
