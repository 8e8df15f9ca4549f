import { liveScript, nextTask } from './activate-script'

/**
 * The types a browser runs (HTML's "JavaScript MIME type essence matches", plus modules). Any
 * other type is a data block: inserted, never run, and it fires neither `load` nor `error`.
 * @internal
 */
export const RUNNABLE =
  /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/javascript1\.[0-5]|text\/(jscript|livescript))$/i

/**
 * Whether the browser will fire `load` or `error` at this live external script: a data block
 * never does, nor a classic script marked `nomodule` in a browser that runs modules. Waiting for
 * either would hold every later inline script forever.
 */
const willSettle = (live: HTMLScriptElement) =>
  RUNNABLE.test(live.type.trim()) && (live.type == 'module' || !live.hasAttribute('nomodule'))

/**
 * Starts downloading a granted external script that waits behind inline ones, so that when its
 * turn comes it runs from memory instead of costing a round trip while every later script waits
 * (a round trip per external script, in series, on a page that mixes them with snippets). The
 * preload is fetched as the script will be (CORS mode, integrity, referrer policy, nonce, module
 * or not), so that the browser hands its response to the script. It is marked as Consentry's own
 * before it gets its URL: auto-blocking lets it through, as it lets the script (its service is
 * granted). It goes just before the script, and stays there.
 */
function preload(inert: HTMLScriptElement) {
  const link = inert.ownerDocument.createElement('link')
  link.setAttribute('data-consent-state', 'active')
  inert.before(
    Object.assign(link, {
      rel: inert.getAttribute('data-type') == 'module' ? 'modulepreload' : 'preload',
      as: 'script',
      crossOrigin: inert.crossOrigin,
      integrity: inert.integrity,
      referrerPolicy: inert.referrerPolicy,
      nonce: inert.nonce,
      href: inert.src,
    }),
  )
}

/**
 * Runs gated scripts in document order. External scripts without `async` are inserted with
 * `async = false`, which browsers download in parallel and run in insertion order; an inline
 * script first waits until every earlier one has loaded (or failed), as in the parsed page, and
 * a new task, so that the page stays responsive between services instead of running every
 * snippet in one long task; the external scripts behind it are preloaded meanwhile. `async`
 * scripts keep no order and go in at once.
 * @param onError told of every script that fails to load.
 * @internal
 */
export function createScriptQueue(onError: (name: string, element: Element) => void) {
  // `chain` orders insertions; `loads` settles when every ordered external script inserted so
  // far has loaded (or failed).
  let chain: Promise<unknown> = Promise.resolve()
  let loads: Promise<unknown> = chain
  let stopped = false

  const insert = (inert: HTMLScriptElement, name: string): Promise<void> => {
    const live = liveScript(inert)
    const loaded = new Promise<void>((done) => {
      live.addEventListener('load', () => done())
      live.addEventListener('error', () => {
        onError(name, live)
        done()
      })
    })
    inert.replaceWith(live)
    return live.src && willSettle(live) ? loaded : Promise.resolve()
  }

  return {
    /** Queues a granted inert script. */
    add(script: HTMLScriptElement, name: string) {
      if (!script.hasAttribute('src')) {
        chain = chain
          .then(() => loads)
          .then(nextTask)
          .then(() => void (!stopped && script.isConnected && insert(script, name)))
        return
      }
      if (script.hasAttribute('async')) return void insert(script, name)
      // One that waits behind inline scripts is preloaded meanwhile, in a task of its own:
      // starting a download takes the main thread a few milliseconds, which must not lengthen
      // the click that granted it. One the chain reached at once is no longer in the page.
      void nextTask().then(() => !stopped && script.isConnected && preload(script))
      // Ordered after any inline script before it, but it runs nothing when inserted: no wait.
      chain = chain.then(() => {
        if (!stopped && script.isConnected) loads = Promise.all([loads, insert(script, name)])
      })
    },
    /** Inserts nothing more. */
    stop: () => void (stopped = true),
  }
}
