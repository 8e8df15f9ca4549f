// Types of timeline.mjs, for the tests under test/bench/.
export interface TimelineRow {
  file: string
  requested: number
  arrived: number
  ran?: number
}
export function scriptRuns(traceEvents: object[]): { url: string; ts: number }[]
export function fileTimeline(view: {
  network: { url: string; sent: number }[]
  resources: { name: string; startTime: number; responseEnd: number }[]
  runs: { url: string; ts: number }[]
  isLibrary: (url: string) => boolean
}): TimelineRow[]
export function medianTimeline(views: TimelineRow[][]): TimelineRow[]
