import { createWriter } from './consent/writer'
import { createRecordLog } from './signals/record-log'

// `consentry-write.js`: what a decision writes with (js-cookie, the record's encoding, cookie
// deletion, proof records and their sender). The core fetches it with the first decision, or
// when a refused cookie must be deleted; a returning visitor who changes nothing never does.
;(window.ConsentryChunks ||= {}).write = { createWriter, createRecordLog }
