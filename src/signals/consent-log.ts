import type { ConsentPlugin } from '../types'
import { createRecordLog, OUTBOX, type RecordLogEnv } from './record-log'

/**
 * Sends every decision's proof of consent to the config's `log.endpoint`, and on start re-sends
 * what earlier page views could not deliver. Does nothing without an endpoint.
 * @example createConsent(config, { plugins: [consentLog()] })
 */
export const consentLog = (env?: RecordLogEnv): ConsentPlugin => ({
  name: 'consent-log',
  setup(consent) {
    const endpoint = consent.config.log?.endpoint
    if (!endpoint) return
    const log = createRecordLog(endpoint, env)
    try {
      if ((env?.storage === undefined ? localStorage : env.storage)?.getItem(OUTBOX)) log.retry()
    } catch {
      // No storage, no outbox.
    }
    return consent.on('record', log.send)
  },
})
