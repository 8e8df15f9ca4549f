import type { ConsentModel } from '../config/build-model'
import { hash } from './hash'
import type { ConsentMethod, ConsentRecord } from '../types'

// version, consent id, first and last decision, revision (base 36), method, language,
// granted categories, service overrides, checksum.
const FORMAT =
  /^1~([\w-]{8,64})~([\da-z]{1,12})~([\da-z]{1,12})~([\da-z]{1,12})~([arcg])~([A-Za-z][\w-]{1,34})~([\w.-]*)~([\w.!-]*)~([\da-z]+)$/
// Stored by first letter, which is unique among them.
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc']
// A record may be dated this far ahead of the clock: a clock corrected back by a little keeps
// the choice, and none can stretch a consent by more than this.
const AHEAD = 36e5

/**
 * How many seconds a record stays valid: a refusal (nothing optional granted) expires sooner
 * than a consent.
 * @internal
 */
export const lifetime = (record: ConsentRecord, model: ConsentModel): number =>
  model.expiry[
    record.categories.every((id) => model.required.includes(id)) &&
    record.services.every((id) => model.required.includes(model.services[id]!))
      ? 'refusal'
      : 'consent'
  ]

/**
 * Writes a record as a compact cookie value: `~`-separated fields, granted categories, and only
 * the services whose state differs from their category's (`id` granted, `!id` denied), so that
 * even 50 services stay far below 1 KB. Every character is cookie-safe without escaping.
 * @internal
 */
export function encodeRecord(record: ConsentRecord, model: ConsentModel): string {
  const granted = new Set(record.categories)
  const services = record.services
  const overrides = Object.keys(model.services)
    .filter((id) => granted.has(model.services[id] as string) != services.includes(id))
    .map((id) => (services.includes(id) ? id : '!' + id))
  const body = [
    1,
    record.consentId,
    ...[record.firstDecision, record.lastDecision, record.revision].map((n) => n.toString(36)),
    record.method[0],
    record.language,
    record.categories.filter((id) => !model.required.includes(id)).join('.'),
    overrides.join('.'),
  ].join('~')
  return body + '~' + hash(body)
}

/**
 * Reads a stored value back. Anything missing, malformed, edited, from another library, from an
 * older config revision, expired, or dated in the future yields `undefined`: no choice. Never
 * throws, and never grants a name the config does not declare.
 * @internal
 */
export function decodeRecord(
  raw: string | undefined,
  model: ConsentModel,
  now: number,
): ConsentRecord | undefined {
  const record = readRecord(raw, model, now)
  return record && !expired(record, model, now) ? record : undefined
}

/**
 * A stored record that is valid in every way but its age: the choice it held has expired, and
 * the proof of consent says so (a server re-set, or a clock, can keep the cookie past it).
 * @internal
 */
export function expiredRecord(
  raw: string | undefined,
  model: ConsentModel,
  now: number,
): ConsentRecord | undefined {
  const record = readRecord(raw, model, now)
  return record && expired(record, model, now) ? record : undefined
}

const expired = (record: ConsentRecord, model: ConsentModel, now: number) =>
  now - record.lastDecision > lifetime(record, model) * 1000

// Everything decodeRecord checks but the record's age.
function readRecord(
  raw: string | undefined,
  model: ConsentModel,
  now: number,
): ConsentRecord | undefined {
  const fields = FORMAT.exec(raw || '')
  if (!fields || fields[9] != hash(raw!.slice(0, raw!.lastIndexOf('~')))) return
  const [, consentId, first, last, revision, method, language, cats, svcs] =
    fields as unknown as string[]
  const [firstDecision, lastDecision, rev] = [first, last, revision].map((f) =>
    parseInt(f!, 36),
  ) as number[]
  // A clock set back, or a forged date, must not stretch a consent past its lifetime.
  if (rev != model.revision || firstDecision! > lastDecision! || lastDecision! > now + AHEAD) return
  const categories = new Set([
    ...model.required,
    ...cats!.split('.').filter((id) => model.categories.includes(id)),
  ])
  // A service follows its category unless named. (Required categories are always in the set;
  // their services are granted by the state whatever a forged override says.)
  const overrides = new Set(svcs!.split('.'))
  const services = Object.keys(model.services).filter((id) =>
    categories.has(model.services[id]!) ? !overrides.has('!' + id) : overrides.has(id),
  )
  return {
    consentId: consentId!,
    firstDecision: firstDecision!,
    lastDecision: lastDecision!,
    revision: rev!,
    method: METHODS.find((m) => m[0] == method)!,
    language: language!,
    categories: [...categories],
    services,
  }
}
