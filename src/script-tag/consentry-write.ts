import { createWriter } from '../consent/writer'
import { consentLog } from '../signals/consent-log'

/*
 * consentry-write.js: what a decision writes with (js-cookie, the record's encoding, cookie
 * deletion, proof records) and the consent log that sends them. The core fetches it once the
 * visitor is shown the UI, when a refused cookie must be deleted, or when an earlier page left
 * records undelivered; a returning visitor who changes nothing never does.
 */
;(window.ConsentryChunks ||= {}).write = {
  writer: () => createWriter(),
  log: (consent) => consentLog().setup(consent),
}
