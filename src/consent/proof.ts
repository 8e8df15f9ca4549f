import type { ConsentRecord, ProofMethod, ProofRecord } from '../types'

/** What the visitor was shown when deciding, as the UI reports it. @internal */
export interface ShownTexts {
  /** The language of the banner and preferences the visitor read. */
  language: string
  /** A short hash of the banner's and the preferences' texts in that language. */
  textsVersion: string
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
  /** For a decision: how many seconds its choice lasts, to say when it lapses. */
  lifetime?: number | undefined
}

/** The proof for `record`, replacing `previous` if there was one. @internal */
export const proofOf = (
  record: ConsentRecord,
  { previous, configHash, gpc, url, textsVersion, method, lifetime }: ProofContext,
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
  ...(lifetime && { expires: new Date(record.lastDecision + lifetime * 1000).toISOString() }),
  ...(previous && { replaces: idOf(previous) }),
})
