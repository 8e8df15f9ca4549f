/*
 * The public types, in a folder that imports nothing else from src/ (ESLint holds it so): the
 * engine, UI and bindings import their public types from here, never the other way round.
 * This index names what `consentry` exports; internal-only types stay in their own files.
 */
export type {
  ConsentConfig,
  CategoryConfig,
  ServiceConfig,
  CookieConfig,
  LocalizedText,
  ConfigIssue,
  ConsentModeKey,
  Regime,
  VendorId,
} from './config'
export type { CookieJar, CookieAttributes, StorageArea } from './cookies'
export type { ConsentMethod, ConsentRecord, ProofMethod, ProofRecord } from './record'
export type { Preset } from './presets'
export type {
  ConsentAction,
  ConsentState,
  ConsentChange,
  ConsentErrorEvent,
  ConsentWarning,
  ConsentEvents,
  ConsentPlugin,
  ConsentChoice,
  ConsentUI,
  ConsentOptions,
  Consent,
} from './consent'
