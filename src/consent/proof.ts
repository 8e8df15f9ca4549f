import type { ConsentMethod, ConsentRecord } from './record'

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
  language: string
  method: ConsentMethod
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
}

/** The proof for `record`, replacing `previous` if there was one. @internal */
export const proofOf = (
  record: ConsentRecord,
  { previous, configHash, gpc, url }: ProofContext,
): ProofRecord => ({
  id: idOf(record),
  consentId: record.consentId,
  timestamp: new Date(record.lastDecision).toISOString(),
  revision: record.revision,
  configHash,
  language: record.language,
  method: record.method,
  categories: record.categories,
  services: record.services,
  gpc,
  url,
  ...(previous && { replaces: idOf(previous) }),
})
