import type { ProofRecord } from '../types'

/**
 * The most a record may weigh as JSON. A real one is about half a kilobyte; 500 services granted
 * by id make some 8 kB. Anything larger did not come from Consentry.
 */
export const MOST_BYTES = 16_384

const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'reset', 'expired']
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

const text = (most: number) => (value: unknown) =>
  typeof value == 'string' && value.length > 0 && value.length <= most
const ids = (value: unknown) =>
  Array.isArray(value) && value.length <= 2000 && value.every(text(200))

// The page's URL without its query or fragment, as proofOf() writes it; a URL with either could
// carry a token out of the page.
const pageUrl = (value: unknown) => {
  if (!text(2048)(value)) return false
  try {
    const url = new URL(value as string)
    return /^https?:$/.test(url.protocol) && !/[?#]/.test(value as string)
  } catch {
    return false
  }
}

const FIELDS: Record<keyof ProofRecord, (value: unknown) => boolean> = {
  id: text(100),
  consentId: text(100),
  timestamp: (value) => typeof value == 'string' && ISO_TIME.test(value),
  revision: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  configHash: text(32),
  language: text(35),
  textsVersion: (value) => value === undefined || text(16)(value),
  method: (value) => METHODS.includes(value as string),
  categories: ids,
  services: ids,
  gpc: (value) => typeof value == 'boolean',
  url: (value) => value === '' || pageUrl(value),
  expires: (value) => value === undefined || (typeof value == 'string' && ISO_TIME.test(value)),
  replaces: (value) => value === undefined || text(100)(value),
}

/**
 * Whether `value` is a proof-of-consent record as Consentry makes them: every field of the
 * right type and size, no other field, and no more than {@link MOST_BYTES} as JSON. The outbox
 * lives in `localStorage`, which any script of the origin can write: what is not a record must
 * never be POSTed to the log endpoint in the visitor's name.
 * @internal
 */
export function isProofRecord(value: unknown): value is ProofRecord {
  if (typeof value != 'object' || value == null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  const known = Object.keys(record).every((key) => Object.hasOwn(FIELDS, key))
  if (!known) return false
  for (const [key, valid] of Object.entries(FIELDS)) if (!valid(record[key])) return false
  return JSON.stringify(value).length <= MOST_BYTES
}
