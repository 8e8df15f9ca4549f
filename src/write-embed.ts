import { createWriter, type Writer } from './consent/writer'
import { consentLog } from './signals/consent-log'
import type { Consent } from './types'

// `consentry-write.js`: what a decision writes with (js-cookie, the record's encoding, cookie
// deletion, proof records and their sender). The core fetches it with the first decision, when
// a refused cookie must be deleted, or when an earlier page left records undelivered; a
// returning visitor who changes nothing never does. One writer per manager, and the manager's
// records go to its log endpoint from the moment the writer exists, which is before the first.
const writers = new WeakMap<Consent, Writer>()
;(window.ConsentryChunks ||= {}).write = (consent) => {
  let writer = writers.get(consent)
  if (!writer) {
    writers.set(consent, (writer = createWriter()))
    consentLog().setup(consent)
  }
  return writer
}
