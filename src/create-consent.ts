import { compileConfig } from './config/compile-config'
import { ConfigError } from './config/config-error'
import { createWriter } from './consent/writer'
import { startConsent } from './start-consent'
import type { Consent, ConsentOptions, ConsentUI } from './types'

// Without a UI, say so rather than silently never asking.
const noUI: ConsentUI = {
  show: (view) =>
    console.info(
      `Consentry: no UI given (import createUI from 'consentry/ui'), so the ${view} cannot be shown.`,
    ),
}

// The manager alive on each page, until its destroy(). A second one on the same document (a
// component mounted twice, a hot reload) would show a second banner and gate everything twice.
const running = new WeakMap<Document, Consent>()

/**
 * Creates a consent manager from a config (a parsed JSON object).
 *
 * It reads the stored choice, activates the `data-consent` markup that choice grants, watches
 * the page for more, and deletes the cookies of whatever is denied. Until a valid choice
 * exists, nothing optional is granted.
 *
 * One manager runs per document: called again before the first one's `destroy()`, it warns in
 * the console and returns that first manager, whatever the new config and options. `destroy()`
 * takes away everything it added (listeners, observers, the tab channel, the UI, what plugins
 * set up), so that a single-page app can start a new one.
 *
 * @throws {ConfigError} listing every problem, when the config is invalid.
 * @example
 * const consent = createConsent(await (await fetch('/consent.json')).json())
 * consent.whenGranted('analytics', () => startAnalytics())
 */
export function createConsent(config: unknown, options: ConsentOptions = {}): Consent {
  const { model, issues } = compileConfig(config, options.presets)
  if (!model) throw new ConfigError(issues)
  const { onRecord, plugins = [], ui = noUI } = options
  const doc = options.document === undefined ? globalThis.document || null : options.document
  const live = doc && running.get(doc)
  if (live) {
    console.warn(
      'Consentry: createConsent() was called again on this page, so it returns the manager already running. Call its destroy() first to start another.',
    )
    return live
  }
  let destroyed = false
  const consent = startConsent(model, {
    ...options,
    // The core only shows the UI (and still would after destroy(), when it must add nothing); its
    // attach runs as a plugin, whose teardown destroy() runs.
    ui: { show: (view, consent) => destroyed || ui.show(view, consent) },
    document: doc,
    writer: createWriter(options.jar),
    plugins: [
      // `onRecord` is a listener from the start, before any plugin or GPC can decide.
      { name: 'on-record', setup: (consent) => onRecord && consent.on('record', onRecord) },
      { name: 'ui', setup: (consent) => ui.attach?.(consent) },
      ...plugins,
      // Leaves the page to a new manager (unless one has already taken it: destroy() twice).
      {
        name: 'live',
        setup: (consent) => () => {
          destroyed = true
          if (doc && running.get(doc) == consent) running.delete(doc)
        },
      },
    ],
  })
  if (doc) running.set(doc, consent)
  return consent
}
