// What the benchmark measures inside the page. `probe` is serialized into an init script, so it
// runs in every document before the page's own scripts; it must not refer to anything outside
// itself. It keeps its findings on `window.__bench`.

/**
 * Records long tasks, layout shifts and slow interactions (PerformanceObserver, buffered), when
 * the banner is first painted and, after `arm()`, when a click makes it go away.
 *
 * The banner is `banner[0]` (a selector in the document) or, with `banner[1]`, the element
 * that selector finds in the shadow root of `banner[0]`. It counts as visible when any part of
 * it is inside the viewport, it is not `visibility: hidden`, and neither it nor an ancestor has
 * opacity 0: the first frame of a fade-in or slide-in counts, the last frame of a fade-out too.
 *
 * "Painted" and "gone" are timed from a requestAnimationFrame loop that checks the banner
 * before each frame is rendered; once the check passes, a MessageChannel message queued from
 * that callback runs right after the frame's rendering, and its `performance.now()` is the time
 * recorded. The loop runs only while it waits: it starts when a MutationObserver sees
 * `banner[0]` appear, and again on `pointerdown` after `arm()`.
 * @param {{ banner: [string, string?], watch: boolean }} options `watch: false` on visits where
 *   no banner is expected (nothing runs but the observers).
 */
export function probe({ banner, watch }) {
  const found = {
    longTasks: [],
    shifts: [],
    interactions: [],
    shownAt: undefined,
    pointerAt: undefined,
    goneAt: undefined,
  }
  const observe = (type, record, options = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
        type,
        buffered: true,
        ...options,
      })
    } catch {
      // An entry type this browser lacks: that figure stays empty.
    }
  }
  observe('longtask', (entry) =>
    found.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  )
  observe('layout-shift', (entry) =>
    found.shifts.push({ start: entry.startTime, value: entry.value, input: entry.hadRecentInput }),
  )
  // Event Timing reports an interaction from its input to the next paint, when that takes 16 ms
  // or more (its floor).
  observe(
    'event',
    (entry) =>
      entry.interactionId &&
      found.interactions.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
      }),
    { durationThreshold: 16 },
  )

  const findIn = ([outer, inner]) => {
    for (const host of document.querySelectorAll(outer)) {
      const el = inner ? host.shadowRoot?.querySelector(inner) : host
      if (el) return el
    }
  }
  const find = () => findIn(banner)
  const parentOf = (node) => node.parentElement || node.getRootNode().host
  const visible = (el) => {
    if (!el?.isConnected) return false
    const box = el.getBoundingClientRect()
    if (box.width < 1 || box.height < 1) return false
    if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth)
      return false
    if (getComputedStyle(el).visibility != 'visible') return false
    for (let node = el; node; node = parentOf(node))
      if (Number(getComputedStyle(node).opacity) == 0) return false
    return true
  }
  const afterPaint = (done) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => done(performance.now())
    channel.port2.postMessage(0)
  }
  const waitFor = (until, done) => {
    const frame = () => (until() ? afterPaint(done) : requestAnimationFrame(frame))
    requestAnimationFrame(frame)
  }

  if (watch) {
    const appeared = new MutationObserver(() => {
      if (!document.querySelector(banner[0])) return
      appeared.disconnect()
      waitFor(
        () => visible(find()),
        (at) => (found.shownAt = at),
      )
    })
    appeared.observe(document, { childList: true, subtree: true })
  }

  let armed = false
  addEventListener(
    'pointerdown',
    (event) => {
      if (!armed) return
      armed = false
      // When the browser received the input, on the page's clock: the delay before the page
      // gets to handle it counts.
      found.pointerAt = event.timeStamp
      waitFor(
        () => !visible(find()),
        (at) => (found.goneAt = at),
      )
    },
    true,
  )

  window.__bench = {
    found,
    arm: () => (armed = true),
    visible: () => visible(find()),
    /** The centre of the banner's button with that text, in viewport coordinates. */
    button(text) {
      const root = find()
      const button = Array.from(root?.querySelectorAll('button') || []).find(
        (b) => b.textContent.trim() == text,
      )
      if (!button) return
      const box = button.getBoundingClientRect()
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    },
    /** The time after the frame that first paints what `[outer, inner]` finds (as `banner`). */
    whenVisible: (what) => new Promise((done) => waitFor(() => visible(findIn(what)), done)),
    /** Whether anything in the banner still animates (an entrance transition, say). */
    animating: () =>
      document.getAnimations().length > 0 ||
      (find()?.getAnimations({ subtree: true }) || []).length > 0,
  }
}

/** The init script that runs `probe(options)` in every document of a context. */
export const probeScript = (options) => `(${probe})(${JSON.stringify(options)})`
