// When each of a library's files was requested, arrived and ran on a first view, on the page's
// clock (milliseconds from navigation start).
//
// Requested and arrived come from Resource Timing (`startTime`, `responseEnd`). When it ran is
// the trace's `EvaluateScript` event for the file's URL, on the browser's monotonic clock, which
// the DevTools protocol's Network events share: the offset between the two clocks is the median,
// over the files, of the protocol's `requestWillBeSent` time minus Resource Timing's
// `startTime`.
import { median } from './format.mjs'

/** The trace events that say a classic script started to run, with its URL. */
export const scriptRuns = (traceEvents) =>
  traceEvents
    .filter((e) => e.name == 'EvaluateScript' && e.args?.data?.url)
    .map((e) => ({ url: e.args.data.url, ts: e.ts }))

/**
 * @typedef {object} TimelineRow
 * @property {string} file the file name
 * @property {number} requested ms from navigation start
 * @property {number} arrived ms from navigation start (the last byte)
 * @property {number} [ran] ms from navigation start; none for a stylesheet
 */

/**
 * The library's files on one view, in the order they were requested.
 * @param {{
 *   network: { url: string, sent: number }[],
 *   resources: { name: string, startTime: number, responseEnd: number }[],
 *   runs: { url: string, ts: number }[],
 *   isLibrary: (url: string) => boolean,
 * }} view `network` in seconds, `runs` (see `scriptRuns`) in microseconds, both monotonic
 * @returns {TimelineRow[]}
 */
export function fileTimeline({ network, resources, runs, isLibrary }) {
  const sentAt = new Map()
  for (const request of network) if (!sentAt.has(request.url)) sentAt.set(request.url, request.sent)
  const offsets = resources
    .filter((entry) => sentAt.has(entry.name))
    .map((entry) => sentAt.get(entry.name) * 1000 - entry.startTime)
  const offset = offsets.length ? median(offsets) : undefined
  const rows = []
  for (const entry of resources) {
    if (!isLibrary(entry.name)) continue
    const run = runs.find((r) => r.url == entry.name)
    rows.push({
      file: new URL(entry.name).pathname.replace(/.*\//, ''),
      requested: entry.startTime,
      arrived: entry.responseEnd,
      ...(run && offset != null && { ran: run.ts / 1000 - offset }),
    })
  }
  return rows.sort((a, b) => a.requested - b.requested)
}

/**
 * Each file's median requested, arrived and ran over several views (a file some views lack is
 * counted over those that have it), in the order of the median request.
 * @param {TimelineRow[][]} views
 * @returns {TimelineRow[]}
 */
export function medianTimeline(views) {
  const byFile = new Map()
  for (const row of views.flat()) byFile.set(row.file, [...(byFile.get(row.file) || []), row])
  const rows = [...byFile].map(([file, all]) => {
    const ran = all.filter((row) => row.ran != null).map((row) => row.ran)
    return {
      file,
      requested: median(all.map((row) => row.requested)),
      arrived: median(all.map((row) => row.arrived)),
      ...(ran.length && { ran: median(ran) }),
    }
  })
  return rows.sort((a, b) => a.requested - b.requested)
}
