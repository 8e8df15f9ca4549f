// consentry/server: the visitor's choice, read from a request on the server. No DOM, no Node API.
export { readConsent } from './read-consent'
export type { ReadConsentOptions } from './read-consent'
export { ConfigError } from '../config/config-error'
export type { ConsentConfig, ConsentState } from '../types'
