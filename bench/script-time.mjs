// A library's own script time, from a Chromium trace with V8's sampling profiler on.

/** The trace categories `scriptTime` needs: the timeline's events and V8's CPU samples. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-v8.cpu_profiler']

/**
 * Milliseconds of main-thread time in which the library's code was running: every CPU sample
 * with a function from one of the library's files anywhere on its JavaScript stack counts, for
 * as long as that sample lasted. So what the library calls (the DOM, JSON.parse, the code of a
 * microtask or event handler it registered) counts too; the browser's own style, layout and
 * paint work between scripts does not, nor does the page's inline configuration object.
 *
 * The time is split at the first `pointerdown` the page handled: `load` is before it (reading
 * the config, showing the banner), `click` from it on (handling "Accept all"). `files` splits
 * `load` by the file of the innermost library function on the stack.
 * @param {object[]} traceEvents the `traceEvents` of what `browser.stopTracing()` returned
 * @param {(url: string) => boolean} isLibrary whether a script URL is one of the library's
 * @returns {{ load: number, click: number, files: Record<string, number> }} milliseconds
 */
export function scriptTime(traceEvents, isLibrary) {
  const click = traceEvents.find(
    (e) => e.name == 'EventDispatch' && e.args?.data?.type == 'pointerdown',
  )?.ts
  const profiles = new Map()
  for (const event of traceEvents) {
    const key = `${event.pid}:${event.id}`
    if (event.name == 'Profile')
      profiles.set(key, { start: event.args.data.startTime, nodes: new Map(), chunks: [] })
    else if (event.name == 'ProfileChunk') profiles.get(key)?.chunks.push(event)
  }
  let load = 0
  let clicked = 0
  const files = {}
  for (const profile of profiles.values()) {
    const samples = []
    const deltas = []
    for (const chunk of profile.chunks.sort((a, b) => a.ts - b.ts)) {
      const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data
      for (const node of cpuProfile.nodes || []) profile.nodes.set(node.id, node)
      samples.push(...(cpuProfile.samples || []))
      deltas.push(...timeDeltas)
    }
    // The URL of the innermost library function on the stack of a profile node, or ''.
    const ours = new Map()
    const libraryFileOf = (id) => {
      if (!ours.has(id)) {
        const node = profile.nodes.get(id)
        const url = node?.callFrame.url || ''
        ours.set(id, isLibrary(url) ? url : node?.parent ? libraryFileOf(node.parent) : '')
      }
      return ours.get(id)
    }
    let at = profile.start
    samples.forEach((id, i) => {
      at += deltas[i] || 0
      // A sample stands for the time until the next one.
      const lasted = deltas[i + 1] || 0
      const file = libraryFileOf(id)
      if (!file) return
      if (click != null && at >= click) return void (clicked += lasted)
      load += lasted
      const name = file.replace(/.*\//, '')
      files[name] = (files[name] || 0) + lasted / 1000
    })
  }
  return { load: load / 1000, click: clicked / 1000, files }
}
