import { CONSENT_MODE_KEYS } from './consent-mode-keys'
import { VENDOR_IDS } from '../types/vendors'
import { array, boolean, number, object, oneOf, record, string, union, type Infer } from './shape'

/*
 * The Consentry configuration, described once. Types, validation and
 * `dist/consentry.schema.json` all come from here; descriptions for editors live in
 * `schema-docs.ts` so that they do not ride along in the script-tag core.
 */

// Ids end up in the consent cookie and in `data-consent` attributes: keep them to characters
// that need no escaping in either place.
const id = string(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "-" or "_" (at most 64)')
const text = union(string(), record(string()))
const duration = union(string(), number(0))

const consentModeKeys = array(oneOf(...CONSENT_MODE_KEYS))
const grant = oneOf('granted', 'denied')
const regime = oneOf('opt-in', 'opt-out')

const cookieFields = {
  purpose: text,
  duration,
  domain: string(),
  path: string(),
  thirdParty: boolean(),
  storage: oneOf('cookie', 'localStorage', 'sessionStorage'),
}

/** @internal */
export const cookieShape = object({ name: string() }, cookieFields)
const topCookieShape = object({ name: string() }, { ...cookieFields, category: id, service: id })

/** @internal */
export const categoryShape = object(
  {},
  {
    required: boolean(),
    title: text,
    description: text,
    cookies: array(cookieShape),
    consentMode: consentModeKeys,
    gpc: boolean(),
  },
)

/** @internal */
export const serviceShape = object(
  { category: id },
  {
    name: string(),
    provider: string(),
    purpose: text,
    privacyPolicyUrl: string(),
    cookies: array(cookieShape),
    preset: id,
    hosts: array(string()),
    consentMode: consentModeKeys,
    vendor: oneOf(...VENDOR_IDS),
    ids: array(string()),
    gpc: boolean(),
    exempt: oneOf('audience-measurement'),
  },
)

/** @internal */
export const configShape = object(
  { revision: number(0, true), categories: record(categoryShape, id) },
  {
    $schema: string(),
    $compiled: string(),
    services: record(serviceShape, id),
    cookies: array(topCookieShape),
    language: object({}, { default: string(), available: array(string()) }),
    texts: record(record(string())),
    cookie: object(
      {},
      {
        name: string(/^[\w!#$%&'*+.^`|~-]+$/, 'a cookie name'),
        domain: string(),
        path: string(),
      },
    ),
    expiry: object({}, { consent: duration, refusal: duration }),
    trustedMarkup: string(),
    reloadOnWithdraw: boolean(),
    googleConsentMode: union(
      boolean(),
      object(
        {},
        {
          mode: oneOf('basic', 'advanced'),
          template: boolean(),
          waitForUpdate: number(0, true),
          adsDataRedaction: boolean(),
          urlPassthrough: boolean(),
          regions: array(
            object(
              { region: array(string()) },
              Object.fromEntries(CONSENT_MODE_KEYS.map((key) => [key, grant])) as Record<
                (typeof CONSENT_MODE_KEYS)[number],
                typeof grant
              >,
            ),
          ),
        },
      ),
    ),
    regime,
    regimes: record(
      regime,
      string(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'a region code such as "US" or "US-CA"'),
    ),
    region: string(),
    gpc: boolean(),
    log: object({ endpoint: string() }, {}),
    privacyPolicyUrl: string(),
    aliases: record(id),
    autoBlock: union(boolean(), object({}, { undeclared: oneOf('warn', 'block') })),
    ui: object(
      {},
      {
        layout: oneOf('bar', 'bar-top', 'box', 'modal'),
        position: oneOf('bottom-right', 'bottom-left', 'top-right', 'top-left'),
        theme: oneOf('light', 'dark', 'auto'),
        floatingButton: union(boolean(), oneOf('bottom-right', 'bottom-left')),
        closeButton: boolean(),
        closeAction: oneOf('ask-again', 'reject'),
        placeholders: boolean(),
      },
    ),
  },
)

/** The JSON configuration a site declares (see `consentry.schema.json`). */
export type ConsentConfig = Infer<typeof configShape>
/** A category declaration. */
export type CategoryConfig = Infer<typeof categoryShape>
/** A service declaration. */
export type ServiceConfig = Infer<typeof serviceShape>
/** A cookie (or storage key) declaration; `name` is a pattern. */
export type CookieConfig = Infer<typeof topCookieShape>
/** A text, either one string or one per language code. */
export type LocalizedText = Infer<typeof text>
