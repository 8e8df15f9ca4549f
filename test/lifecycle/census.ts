/*
 * Counts what a page holds on to: listeners on window and document, observers, tab channels,
 * pending timers and frames, and the DOM. `watch()` wraps the browser's constructors and
 * methods (restore() puts them back); `counts()` says how many of each are alive now.
 */

type Registration = [target: EventTarget, type: string, listener: unknown, capture: boolean]

const captureOf = (options?: boolean | AddEventListenerOptions) =>
  typeof options == 'boolean' ? options : !!options?.capture

/** Starts counting; call `restore()` when done, even if the test fails. */
export function watch() {
  const undo: (() => void)[] = []
  // Puts `value` in place of `target[key]`, to be undone by restore().
  const replace = <T extends object>(target: T, key: keyof T & string, value: unknown) => {
    const own = Object.getOwnPropertyDescriptor(target, key)
    Object.defineProperty(target, key, { value, configurable: true, writable: true })
    undo.push(() => (own ? Object.defineProperty(target, key, own) : delete target[key]))
  }

  // Listeners, as the DOM counts them: the same listener, type and capture once.
  const listeners: Registration[] = []
  const find = (entry: Registration) =>
    listeners.findIndex((other) => other.every((part, i) => part === entry[i]))
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener
    const remove = target.removeEventListener
    replace(
      target,
      'addEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        const entry: Registration = [this, type, listener, captureOf(options)]
        if (listener && find(entry) < 0) listeners.push(entry)
        return add.call(this, type, listener, options)
      },
    )
    replace(
      target,
      'removeEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        const at = find([this, type, listener, captureOf(options)])
        if (at >= 0) listeners.splice(at, 1)
        return remove.call(this, type, listener, options)
      },
    )
  }

  // Observers from observe() to disconnect().
  const observing = new Set<object>()
  const RealMutationObserver = window.MutationObserver
  replace(
    window,
    'MutationObserver',
    class extends RealMutationObserver {
      override observe(target: Node, options?: MutationObserverInit) {
        observing.add(this)
        super.observe(target, options)
      }
      override disconnect() {
        observing.delete(this)
        super.disconnect()
      }
    },
  )
  // jsdom has no ResizeObserver: a stand-in, so that the banner's observer is made and counted.
  // Like a browser's, it reports each element once as soon as it starts observing it.
  const resizing = new Set<object>()
  replace(
    window,
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        resizing.add(this)
        queueMicrotask(() => {
          if (resizing.has(this))
            this.report([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver)
        })
      }
      unobserve() {}
      disconnect() {
        resizing.delete(this)
      }
    },
  )

  // Tab channels from their opening to close().
  const channels = new Set<object>()
  const RealBroadcastChannel = globalThis.BroadcastChannel
  replace(
    globalThis,
    'BroadcastChannel',
    class extends RealBroadcastChannel {
      constructor(name: string) {
        super(name)
        channels.add(this)
      }
      override close() {
        channels.delete(this)
        super.close()
      }
    },
  )

  // Timers and animation frames from being set until they run or are cleared.
  const pending = new Set<unknown>()
  const timers = (set: 'setTimeout' | 'requestAnimationFrame', clear: string) => {
    const realSet = window[set] as (fn: () => void, ...rest: unknown[]) => unknown
    const realClear = window[clear as 'clearTimeout'] as (id: unknown) => void
    replace(window, set, (fn: (...args: unknown[]) => void, ...rest: unknown[]) => {
      const id = realSet(
        (...args: unknown[]) => {
          pending.delete(id)
          if (typeof fn == 'function') fn(...args)
        },
        ...rest,
      )
      pending.add(id)
      return id
    })
    replace(window, clear as 'clearTimeout', (id: unknown) => {
      pending.delete(id)
      realClear(id)
    })
  }
  timers('setTimeout', 'clearTimeout')
  timers('requestAnimationFrame', 'cancelAnimationFrame')

  return {
    /** What is alive now. */
    counts() {
      const byType: Record<string, number> = {}
      for (const [target, type] of listeners) {
        const key = (target == window ? 'window ' : 'document ') + type
        byType[key] = (byType[key] || 0) + 1
      }
      const fbq = Object.getOwnPropertyDescriptor(window, 'fbq')
      return {
        listeners: byType,
        mutationObservers: observing.size,
        resizeObservers: resizing.size,
        broadcastChannels: channels.size,
        timers: pending.size,
        elements: document.getElementsByTagName('*').length,
        uiHosts: document.querySelectorAll('consentry-ui').length,
        styles: document.querySelectorAll('style').length,
        rootStyle: document.documentElement.style.cssText,
        hiddenFrames: document.querySelectorAll('iframe[hidden]').length,
        fbqTrap: !!fbq?.get,
        fbq: typeof (window as { fbq?: unknown }).fbq,
      }
    },
    restore() {
      for (const step of undo.splice(0).reverse()) step()
    },
  }
}
