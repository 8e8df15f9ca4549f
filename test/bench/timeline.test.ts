import { describe, expect, it } from 'vitest'
import { fileTimeline, medianTimeline, scriptRuns } from '../../bench/timeline.mjs'

const CORE = 'http://127.0.0.1:1/dist/consentry.js'
const UI = 'http://127.0.0.1:1/dist/consentry-ui.js'
const CSS = 'http://127.0.0.1:1/vendor/x/x.css'

describe('the first-view file timeline', () => {
  // Navigation start is at 1,000 s on the monotonic clock: 1,000,000 ms.
  const view = {
    network: [
      { url: 'http://127.0.0.1:1/page/consentry', sent: 1000.001 },
      { url: CORE, sent: 1000.1 },
      { url: UI, sent: 1000.4 },
    ],
    resources: [
      { name: UI, startTime: 400, responseEnd: 450 },
      { name: CORE, startTime: 100, responseEnd: 180 },
      { name: 'http://127.0.0.1:1/pages/analytics.js', startTime: 900, responseEnd: 950 },
    ],
    runs: [
      { url: CORE, ts: 1_000_200_000 },
      { url: UI, ts: 1_000_500_000 },
      { url: 'http://127.0.0.1:1/pages/analytics.js', ts: 1_000_960_000 },
    ],
    isLibrary: (url: string) => url.includes('/dist/'),
  }

  it("puts when each library file ran on the page's clock, in the order they were requested", () => {
    expect(fileTimeline(view)).toEqual([
      { file: 'consentry.js', requested: 100, arrived: 180, ran: 200 },
      { file: 'consentry-ui.js', requested: 400, arrived: 450, ran: 500 },
    ])
  })

  it('leaves out when a file ran if the trace never saw it run, as for a stylesheet', () => {
    const rows = fileTimeline({
      ...view,
      resources: [{ name: CSS, startTime: 50, responseEnd: 90 }],
      isLibrary: (url) => url.includes('/vendor/'),
    })
    expect(rows).toEqual([{ file: 'x.css', requested: 50, arrived: 90 }])
  })

  it('reads script runs from the trace events that evaluate a script with a URL', () => {
    const events = [
      { name: 'EvaluateScript', ts: 5, args: { data: { url: CORE } } },
      { name: 'EvaluateScript', ts: 6, args: { data: {} } },
      { name: 'FunctionCall', ts: 7, args: { data: { url: CORE } } },
    ]
    expect(scriptRuns(events)).toEqual([{ url: CORE, ts: 5 }])
  })

  it('takes the median of each column over the views, file by file', () => {
    const rows = medianTimeline([
      [{ file: 'a.js', requested: 10, arrived: 20, ran: 30 }],
      [{ file: 'a.js', requested: 30, arrived: 40 }],
      [
        { file: 'a.js', requested: 20, arrived: 60, ran: 50 },
        { file: 'b.js', requested: 5, arrived: 6, ran: 7 },
      ],
    ])
    expect(rows).toEqual([
      { file: 'b.js', requested: 5, arrived: 6, ran: 7 },
      { file: 'a.js', requested: 20, arrived: 40, ran: 40 },
    ])
  })
})
