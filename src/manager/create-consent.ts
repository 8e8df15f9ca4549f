import type { ConsentModel } from '../config/build-model'
import { compileConfig } from '../config/compile-config'
import { ConfigError } from '../config/config-error'
import { createWriter } from '../consent/writer'
import { createForeignMarkup } from '../gating/foreign-markup'
import type { Consent, ConsentOptions } from '../types'
import { launch } from './launch'
import { runningOn } from './running'

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
 * set up), so that a single-page app can start a new one. With `document: null` (server-side
 * rendering) it touches no browser global and shows nothing.
 *
 * @throws {ConfigError} listing every problem, when the config is invalid.
 * @throws {Error} when the script tag is still starting on this page.
 * @example
 * const consent = createConsent(await (await fetch('/consent.json')).json())
 * consent.whenGranted('analytics', () => startAnalytics())
 */
export function createConsent(config: unknown, options: ConsentOptions = {}): Consent {
  const { model, issues } = compileConfig(config, options.presets)
  if (!model) throw new ConfigError(issues)
  const doc = options.document === undefined ? globalThis.document || null : options.document
  const live = doc && runningOn(doc)
  if (live == 'starting')
    throw new Error(
      'Consentry: the script tag is starting on this page; use window.Consentry once consentry:ready fires.',
    )
  if (live) {
    console.warn(
      'Consentry: a manager already runs on this page, so it is returned. Call its destroy() first to start another.',
    )
    return live
  }
  return launch(withoutUnsentSignals(model, options), {
    ...options,
    document: doc,
    writer: createWriter(options.jar),
    foreignMarkup: createForeignMarkup,
    // Without a document, launch() shows nothing anyway.
    ui: options.ui || noUI,
  })
}

/**
 * Advanced Consent Mode lets Google's tags load before consent and trusts the Consent Mode
 * signals to restrain them: without the plugin that sends those signals, they would run
 * unrestrained, so the mode falls back to basic (nothing before consent), with a warning. (The
 * script tag always starts that plugin.)
 */
const withoutUnsentSignals = (model: ConsentModel, { plugins }: ConsentOptions): ConsentModel => {
  if (!model.ungated.length || plugins?.some((plugin) => plugin.name == 'consent-mode'))
    return model
  console.warn(
    'Consentry: googleConsentMode.mode "advanced" needs the googleConsentMode() plugin; without it Google tags stay blocked until consent (basic mode).',
  )
  return { ...model, ungated: [] }
}

// Without a UI, say so rather than silently never asking.
const noUI = {
  show: (view: string) =>
    console.info(
      `Consentry: no UI given (import createUI from 'consentry/ui'), so the ${view} cannot be shown.`,
    ),
}
