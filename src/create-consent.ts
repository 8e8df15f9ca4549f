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

/**
 * Creates a consent manager from a config (a parsed JSON object).
 *
 * It reads the stored choice, activates the `data-consent` markup that choice grants, watches
 * the page for more, and deletes the cookies of whatever is denied. Until a valid choice
 * exists, nothing optional is granted.
 *
 * @throws {ConfigError} listing every problem, when the config is invalid.
 * @example
 * const consent = createConsent(await (await fetch('/consent.json')).json())
 * consent.whenGranted('analytics', () => startAnalytics())
 */
export function createConsent(config: unknown, options?: ConsentOptions): Consent {
  const { model, issues } = compileConfig(config, options?.presets)
  if (!model) throw new ConfigError(issues)
  const { onRecord, plugins = [] } = options || {}
  return startConsent(model, {
    ui: noUI,
    ...options,
    document: options?.document === undefined ? globalThis.document || null : options.document,
    writer: createWriter(options?.jar),
    // `onRecord` is a listener from the start, before any plugin or GPC can decide.
    plugins: onRecord
      ? [{ name: 'on-record', setup: (consent) => consent.on('record', onRecord) }, ...plugins]
      : plugins,
  })
}
