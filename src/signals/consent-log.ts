import type { ConsentPlugin } from '../types'
import { createRecordLog, OUTBOX, type RecordLogEnv } from './record-log'

type LogFactory = typeof createRecordLog

/**
 * {@link consentLog} with the sender fetched on demand: the script-tag core fetches it with the
 * first decision, or on start only if an earlier page view left records undelivered.
 * @internal
 */
export const consentLogWith = (
  sender: () => Promise<LogFactory>,
  env?: RecordLogEnv,
): ConsentPlugin => ({
  name: 'consent-log',
  setup(consent) {
    const endpoint = consent.config.log?.endpoint
    if (!endpoint) return
    let log: ReturnType<LogFactory> | undefined
    // A sender that cannot be fetched (offline) leaves the decision to the next page view's
    // consent cookie; there is nothing more to do here.
    const withLog = (use: (log: ReturnType<LogFactory>) => void) =>
      sender().then((create) => use((log ||= create(endpoint, env))), Object)
    try {
      if ((env?.storage === undefined ? localStorage : env.storage)?.getItem(OUTBOX))
        withLog((log) => log.retry())
    } catch {
      // No storage, no outbox.
    }
    return consent.on('record', (record) => withLog((log) => log.send(record)))
  },
})

/**
 * Sends every decision's proof of consent to the config's `log.endpoint`, and on start re-sends
 * what earlier page views could not deliver. Does nothing without an endpoint.
 * @example createConsent(config, { plugins: [consentLog()] })
 */
export const consentLog = (env?: RecordLogEnv): ConsentPlugin =>
  consentLogWith(() => Promise.resolve(createRecordLog), env)
