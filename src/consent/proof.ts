import type { ConsentRecord, ProofRecord } from '../types'

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
