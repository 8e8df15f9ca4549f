/** How a decision was made. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc'

/** The stored choice, as `getRecord()` returns it. Times are milliseconds since the epoch. */
export interface ConsentRecord {
  /** Random id of this visitor's consent, kept across later decisions. */
  consentId: string
  firstDecision: number
  lastDecision: number
  /** The config `revision` the visitor decided on. */
  revision: number
  method: ConsentMethod
  language: string
  /** Granted categories, required ones included. */
  categories: string[]
  /** Granted services, those of required categories included. */
  services: string[]
}

/**
 * Proof of consent (GDPR Art. 7(1)): one per decision, handed to `onRecord`, the `record` event
 * and the configured log endpoint. It holds no IP address and no user agent.
 */
/**
 * How a record came about: a decision's method, or the end of a choice: `reset` (the site called
 * `reset()`) or `expired` (its lifetime passed, noticed on a later page view).
 */
export type ProofMethod = ConsentMethod | 'reset' | 'expired'

export interface ProofRecord {
  /** Unique per decision; a log endpoint can ignore a record it already has. */
  id: string
  consentId: string
  /** When the decision was made, ISO 8601. */
  timestamp: string
  revision: number
  /** A hash of the exact config the visitor saw. */
  configHash: string
  /**
   * The language the visitor read: the banner's or the preferences' when Consentry's UI showed
   * on this page view, else the page's own (`<html lang>`), else the config's default.
   */
  language: string
  /** A short hash of the UI texts the visitor read; absent when no Consentry UI showed. */
  textsVersion?: string
  method: ProofMethod
  /** Granted categories and services. */
  categories: string[]
  services: string[]
  /** Whether a Global Privacy Control signal was honoured. */
  gpc: boolean
  /** The page, without query string or fragment. */
  url: string
  /**
   * When the choice lapses unless the visitor decides again, ISO 8601: on a decision's record
   * only, so that a log shows the end of a choice even if no later page view records it.
   */
  expires?: string
  /** The id of the record this decision replaces (a change or a withdrawal). */
  replaces?: string
}
