import type { CookieRule } from '../cookies/delete-cookies'
import { cookiePattern } from '../cookies/pattern'
import { gpcApplies, gpcAppliesToService, keysOf } from './consent-mode-defaults'
import { durationSeconds } from './duration'
import { regimeTable } from './regime-table'
import type { ConsentConfig, ConsentModeKey, CookieConfig, Regime } from '../types'

/**
 * A validated config, resolved into what the engine works with. Built from the page's own config
 * on every page view (docs/adr/0003-storage-holds-no-authority.md).
 * @internal
 */
export interface ConsentModel {
  /** The config, presets filled in. */
  config: ConsentConfig
  revision: number
  /** Category ids in declaration order. */
  categories: string[]
  /** Required category ids. */
  required: string[]
  /** Service id → its category id. */
  services: Record<string, string>
  /** The declared cookies and storage keys, their patterns compiled. */
  rules: CookieRule[]
  /**
   * Consent Mode key → the category and service ids that grant it; `security_storage` → the
   * required categories, so it is always granted.
   */
  consentMode: Partial<Record<ConsentModeKey, string[]>>
  /**
   * The categories Global Privacy Control opts the visitor out of, and the services it opts them
   * out of by their purpose (wherever they are filed).
   */
  gpc: string[]
  /** Regime by upper-case region code, `''` for everyone else. */
  regimes: Record<string, Regime>
  /** Whether those are all the optional categories (GPC then leaves nothing to ask). */
  gpcOnly: boolean
  /**
   * Services whose markup runs at once: in Consent Mode's advanced mode, Google's tags load
   * before consent and obey the signals instead.
   */
  ungated: string[]
  /**
   * Services the site declares consent-exempt audience measurement: on until the visitor
   * objects (see `check-exempt.ts` for the conditions).
   */
  exempt: string[]
  cookie: {
    name: string
    domain?: string | undefined
    path: string
  }
  /** Seconds a consent and a refusal stay valid. */
  expiry: { consent: number; refusal: number }
  language: string
}

/** The most any consent may last: 13 months (CNIL, EDPB practice). @internal */
export const MAX_EXPIRY = 34187400

/**
 * Resolves a config that `checkConfig` accepted. It checks nothing itself, so that the
 * script-tag core can skip validation for a config already validated in this browser. (A config
 * with a `/regex/` pattern is validated on every view there: only the validator bounds the cost
 * of a regular expression, and storage cannot vouch for it.)
 * @internal
 */
export function buildModel(config: ConsentConfig): ConsentModel {
  const categories = Object.keys(config.categories)
  const services: Record<string, string> = {}
  const rules: CookieRule[] = []
  const consentMode: ConsentModel['consentMode'] = {}
  const grants = (keys: readonly ConsentModeKey[] = [], id: string) =>
    keys.forEach((key) => (consentMode[key] ||= []).push(id))
  const addRules = (cookies: CookieConfig[] = [], owner?: string) =>
    cookies.forEach((cookie) => {
      rules.push({
        match: cookiePattern(cookie.name),
        owner: owner || cookie.service || cookie.category!,
        storage: cookie.storage == 'cookie' ? undefined : cookie.storage,
        domain: cookie.domain,
        path: cookie.path,
      })
    })
  for (const id of categories) {
    addRules(config.categories[id]!.cookies, id)
    grants(keysOf(config, id), id)
  }
  for (const [id, service] of Object.entries(config.services || {})) {
    services[id] = service.category
    addRules(service.cookies, id)
    grants(service.consentMode, id)
  }
  addRules(config.cookies)
  const required = categories.filter((id) => config.categories[id]!.required)
  // Security storage is always granted: it is what the required categories stand for.
  consentMode.security_storage = required
  const { cookie = {}, expiry = {} } = config
  return {
    config,
    revision: config.revision,
    categories,
    required,
    services,
    rules,
    consentMode,
    gpc: [
      ...categories.filter((id) => gpcApplies(config, id)),
      ...Object.keys(services).filter(
        (id) => !required.includes(services[id]!) && gpcAppliesToService(config.services![id]!),
      ),
    ],
    regimes: regimeTable(config),
    gpcOnly: categories.every((id) => config.categories[id]!.required || gpcApplies(config, id)),
    // `true` (the short form) has no mode: basic.
    ungated:
      (config.googleConsentMode as { mode?: string } | undefined)?.mode == 'advanced'
        ? Object.keys(services).filter((id) => config.services![id]!.consentMode)
        : [],
    exempt: Object.keys(services).filter((id) => config.services![id]!.exempt),
    cookie: {
      name: cookie.name || 'consentry',
      domain: cookie.domain,
      path: cookie.path || '/',
    },
    expiry: {
      consent: durationSeconds(expiry.consent ?? MAX_EXPIRY),
      refusal: durationSeconds(expiry.refusal ?? '6 months'),
    },
    language: config.language?.default || 'en',
  }
}
