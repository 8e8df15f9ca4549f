import type { ConsentMethod, ConsentRecord } from './record'

/**
 * How a record came about: a decision's method, or the end of a choice: `reset` (the site called
 * `reset()`) or `expired` (its lifetime passed, noticed on a later page view).
 */
export type ProofMethod = ConsentMethod | 'reset' | 'expired'

/** What the visitor was shown when deciding, as the UI reports it. @internal */
export interface ShownTexts {
  /** The language of the banner and preferences the visitor read. */
  language: string
  /** A short hash of the banner's and the preferences' texts in that language. */
  textsVersion: string
}

/**
 * Proof of consent (GDPR Art. 7(1)): one per decision, handed to `onRecord`, the `record` event
 * and the configured log endpoint. It holds no IP address and no user agent.
 */
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
  /** The id of the record this decision replaces (a change or a withdrawal). */
  replaces?: string
}

// Derived from what the consent cookie already holds, so that the record a later decision
// replaces can be named without storing anything more.
const idOf = (record: ConsentRecord) => record.consentId + '.' + record.lastDecision.toString(36)

/** What a proof says besides the record itself. @internal */
export interface ProofContext {
  /** The record this decision replaces, if any. */
  previous: ConsentRecord | undefined
  configHash: string
  gpc: boolean
  url: string
  /** The UI texts shown, when Consentry's UI showed. */
  textsVersion?: string | undefined
  /** For a record that ends a choice (`reset`, `expired`): says so instead of `record.method`. */
  method?: ProofMethod | undefined
}

/** The proof for `record`, replacing `previous` if there was one. @internal */
export const proofOf = (
  record: ConsentRecord,
  { previous, configHash, gpc, url, textsVersion, method }: ProofContext,
): ProofRecord => ({
  id: idOf(record),
  consentId: record.consentId,
  timestamp: new Date(record.lastDecision).toISOString(),
  revision: record.revision,
  configHash,
  language: record.language,
  ...(textsVersion && { textsVersion }),
  method: method || record.method,
  categories: record.categories,
  services: record.services,
  gpc,
  url,
  ...(previous && { replaces: idOf(previous) }),
})
