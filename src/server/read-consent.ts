import type { ConsentModel } from '../config/build-model'
import { compileConfig } from '../config/compile-config'
import { ConfigError } from '../config/config-error'
import { decodeRecord } from '../consent/record'
import { regimeFor } from '../consent/regime'
import { answeredByGpc, stateOf } from '../consent/state'
import type { ConsentConfig, ConsentState, Preset } from '../types'
import { cookieValue } from './cookie-header'

/** Options of {@link readConsent}. */
export interface ReadConsentOptions {
  /**
   * Whether the page is served over https. There the browser keeps the choice in
   * `__Host-<name>` when the config sets no cookie `domain`; over http in `<name>`.
   * @default either name, `__Host-<name>` first
   */
  secure?: boolean | undefined
  /**
   * Whether the request carries Global Privacy Control (`Sec-GPC: 1`), for the same answer the
   * browser gives under it.
   * @default false
   */
  gpc?: boolean | undefined
  /** The visitor's region (`"US-CA"`), as the host knows it. @default config `region` */
  region?: string | undefined
  /** The preset catalogue, for a config whose services name a `preset`. */
  presets?: Record<string, Preset> | undefined
  /** The time to judge expiry by, in milliseconds since the epoch. @default Date.now() */
  now?: number | undefined
}

// A server reads the same config on every request: it is compiled once per config object.
const compiled = new WeakMap<object, ConsentModel>()

function modelOf(config: ConsentConfig, presets?: Record<string, Preset>): ConsentModel {
  let model = compiled.get(config)
  if (!model) {
    const result = compileConfig(config, presets)
    if (!result.model) throw new ConfigError(result.issues)
    compiled.set(config, (model = result.model))
  }
  return model
}

// The names the browser may have stored the choice under, in the order to try them.
function cookieNames(model: ConsentModel, secure: boolean | undefined): string[] {
  const { name, domain } = model.cookie
  if (domain) return [name]
  const host = '__Host-' + name
  return secure === undefined ? [host, name] : [secure ? host : name]
}

/**
 * Reads the visitor's choice from a request's `Cookie` header, as the browser would: a value
 * that is missing, edited, from an older config revision or expired grants nothing optional;
 * required categories and their services are always granted. Needs no DOM and no Node API, so
 * it runs in Node, Deno, Bun and edge runtimes.
 *
 * @param cookieHeader the request's `Cookie` header (`null` or `undefined` when absent).
 * @throws {ConfigError} when the config is invalid.
 * @example
 * const consent = readConsent(request.headers.get('cookie'), config)
 * if (consent.categories.analytics) html += analyticsSnippet
 */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
  options: ReadConsentOptions = {},
): ConsentState {
  const model = modelOf(config, options.presets)
  const signals = {
    gpc: !!options.gpc,
    regime: regimeFor(model.regimes, options.region || model.config.region),
  }
  const raw = cookieNames(model, options.secure)
    .map((name) => cookieValue(cookieHeader, name))
    .find((value) => value !== undefined)
  let record = decodeRecord(raw, model, options.now ?? Date.now())
  // A choice GPC made alone stands only where GPC still answers for the visitor.
  if (record?.method == 'gpc' && !answeredByGpc(model, signals)) record = undefined
  return stateOf(model, signals, record)
}
