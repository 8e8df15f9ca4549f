import type { CookieRule } from '../cookies/delete-cookies'
import { cookiePattern } from '../cookies/pattern'
import { durationSeconds } from './duration'
import type { ConsentConfig, CookieConfig } from './schema'

/** A validated config, resolved into what the engine works with. @internal */
export interface ConsentModel {
  config: ConsentConfig
  revision: number
  /** Category ids in declaration order. */
  categories: string[]
  required: Set<string>
  /** Service id → its category id. */
  services: Record<string, string>
  rules: CookieRule[]
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
 * script-tag core can skip validation for a config already validated in this browser.
 * @internal
 */
export function buildModel(config: ConsentConfig): ConsentModel {
  const categories = Object.keys(config.categories)
  const services: Record<string, string> = {}
  const rules: CookieRule[] = []
  const addRules = (cookies: CookieConfig[] = [], owner?: string) =>
    cookies.forEach((cookie) =>
      rules.push({
        match: cookiePattern(cookie.name),
        owner: owner || cookie.service || cookie.category!,
        storage: cookie.storage == 'cookie' ? undefined : cookie.storage,
        domain: cookie.domain,
        path: cookie.path,
      }),
    )
  for (const id of categories) addRules(config.categories[id]!.cookies, id)
  for (const [id, service] of Object.entries(config.services || {})) {
    services[id] = service.category
    addRules(service.cookies, id)
  }
  addRules(config.cookies)
  const { cookie = {}, expiry = {} } = config
  return {
    config,
    revision: config.revision,
    categories,
    required: new Set(categories.filter((id) => config.categories[id]!.required)),
    services,
    rules,
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
