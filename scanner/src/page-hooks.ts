/*
 * Code that runs in every frame before the page's own scripts (Playwright init scripts). It
 * reports back through the `__consentryScan` binding: which script wrote which cookie through
 * `document.cookie`, and when the first Google Consent Mode `default` command was queued.
 */

/** What the hooks report, one message per event. */
export type HookMessage =
  { type: 'cookie-write'; name: string; script: string } | { type: 'consent-default' }

/** The binding's name on `window`. */
export const HOOK_BINDING = '__consentryScan'

/** Installed with `context.addInitScript(installHooks, { gpc })`. */
export function installHooks({ gpc }: { gpc: boolean }): void {
  const send = (message: HookMessage) => {
    const binding = (window as unknown as Record<string, (m: HookMessage) => void>)[
      '__consentryScan'
    ]
    try {
      void binding?.(message)
    } catch {
      // The page may have replaced or frozen it; the scan then knows less, nothing breaks.
    }
  }
  if (gpc) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })

  // The script that wrote a cookie is the first URL of the stack other than this hook's.
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return descriptor.get!.call(this)
    },
    set(value: string) {
      const stack = new Error().stack || ''
      const script = /(https?:\/\/[^\s)]+?):\d+:\d+/.exec(stack.split('\n').slice(2).join('\n'))
      const name = String(value).split('=')[0]!.trim()
      send({ type: 'cookie-write', name, script: script?.[1] || location.href })
      descriptor.set!.call(this, value)
    },
  })

  // gtag() pushes its `arguments`; a Consent Mode default is ['consent', 'default', {...}].
  let layer: unknown[] | undefined
  let reported = false
  const watch = (array: unknown[]) => {
    const push = array.push
    const check = (item: unknown) => {
      const args = item as ArrayLike<unknown> | undefined
      if (!reported && args?.[0] == 'consent' && args[1] == 'default') {
        reported = true
        send({ type: 'consent-default' })
      }
    }
    Array.prototype.forEach.call(array, check)
    array.push = function (...items: unknown[]) {
      items.forEach(check)
      return push.apply(this, items)
    }
  }
  Object.defineProperty(window, 'dataLayer', {
    configurable: true,
    get: () => layer,
    set(value: unknown) {
      layer = value as unknown[]
      if (Array.isArray(value)) watch(value)
    },
  })
}
