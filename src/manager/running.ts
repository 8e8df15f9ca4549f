import type { Consent } from '../types'

// On the document itself, under a global symbol, so that the script tag and any npm copy on the
// same page (two bundles, two module instances) see the same claim.
const RUNNING = Symbol.for('consentry.running')
type Claimed = Document & { [RUNNING]?: Consent | 'starting' }

/**
 * The manager running on a document, `'starting'` while a script tag is still fetching its
 * config, or `undefined`. One manager per document: a second would show a second banner and
 * gate everything twice.
 * @internal
 */
export const runningOn = (doc: Document): Consent | 'starting' | undefined =>
  (doc as Claimed)[RUNNING]

/** Claims a document for a manager (or one that is starting), or releases it. @internal */
export const claim = (doc: Document, by: Consent | 'starting' | undefined): void => {
  if (by) (doc as Claimed)[RUNNING] = by
  else delete (doc as Claimed)[RUNNING]
}
