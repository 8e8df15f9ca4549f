/**
 * Descriptions for `consentry.schema.json`, by JSON path (`*` for any key, `[]` for any item).
 * Kept apart from the schema so that the script-tag core does not carry them.
 * @internal
 */
export const schemaDocs: Record<string, string> = {
  '': 'Consentry configuration: the cookie categories, services and cookies of a site.',
  $schema: 'The JSON Schema this file follows, for editor completion.',
  $compiled:
    'Set by `npx consentry compile`: the config is validated, presets are filled in, and the script tag starts without consentry-check.js. Never write it by hand.',
  trustedMarkup:
    'A CSS selector, e.g. "#site-header, #site-footer, main > article": only data-consent and data-consent-action markup inside (or matching) it counts, so that visitors\' content can neither run gated markup nor record a decision.',
  revision:
    'Policy revision. Raise it when what you ask consent for changes: every visitor is asked again.',
  categories:
    'Cookie categories by id (letters, digits, "-", "_"), in display order. One must be "required".',
  'categories.*.required':
    'Always on and cannot be switched off: strictly necessary cookies. Never deleted.',
  'categories.*.title': 'Heading shown in the preferences: one string, or one per language code.',
  'categories.*.description': 'What this category is for and why: one string, or one per language.',
  'categories.*.cookies': 'Cookies this category sets that belong to no particular service.',
  services:
    'Third-party services by id. A `data-consent` attribute may name a service or a category.',
  'services.*.category': 'The category this service belongs to.',
  'services.*.name': 'Display name, e.g. "Google Analytics".',
  'services.*.provider': 'Who provides the service, e.g. "Google Ireland Ltd".',
  'services.*.purpose': 'What the service does with the data: one string, or one per language.',
  'services.*.privacyPolicyUrl': "The provider's privacy policy.",
  'services.*.exempt':
    '"audience-measurement": consent-exempt audience measurement (CNIL), which runs before a choice until the visitor objects. Only for first-party cookies of at most 13 months, no advertising key or vendor, aggregated statistics.',
  'services.*.cookies': 'Cookies and storage keys the service sets, deleted when it is refused.',
  cookies: 'Cookies declared on their own, each with the category or service that owns it.',
  'cookies[].category': 'The owning category (give this or "service").',
  'cookies[].service': 'The owning service (give this or "category").',
  '*.name':
    'Cookie name or pattern: exact, with * for any run of characters, with policy placeholders ({hash}, [UID], <site_id>), or a /regex/flags.',
  '*.purpose': 'What the cookie is for.',
  '*.duration': 'Lifetime: "session", a phrase such as "14 days" or "2 years", or seconds.',
  '*.domain': 'The domain it is set on, if not the current host (tried first when deleting).',
  '*.path': 'The path it is set on, if not "/" (tried first when deleting).',
  '*.thirdParty': 'Set by another site (shown as third-party; cannot be deleted by this page).',
  '*.storage': 'Where it lives: a cookie (default), or a localStorage or sessionStorage key.',
  language: 'Language settings.',
  'language.default':
    'Language used when no translation fits the visitor, e.g. "en". @default "en"',
  'language.available':
    'Languages offered, in order of preference, e.g. ["en", "de"]. The visitor gets the first that matches <html lang>, then their browser languages, else the default. @default every built-in language',
  texts: 'Text overrides by language code, then by text key.',
  cookie: 'The consent cookie itself.',
  'cookie.name': 'Its name. @default "consentry"',
  'cookie.domain':
    'Domain to set it on, e.g. "example.com" to share consent across subdomains. @default the current host',
  'cookie.path': 'Path to set it on. @default "/"',
  expiry: 'How long a choice lasts before the visitor is asked again (at most 13 months).',
  'expiry.consent': 'Lifetime of a choice that grants something optional. @default "13 months"',
  'expiry.refusal': 'Lifetime of a choice that grants nothing optional. @default "6 months"',
  reloadOnWithdraw:
    'Reload the page after a withdrawal, since scripts that already ran cannot be unloaded.',
  privacyPolicyUrl: "The site's privacy policy, linked from the banner.",
  aliases:
    'Names used by markup written for another consent tool (Cookiebot, CookieConsent, Klaro, Orejime), each mapped to a category or service id here, e.g. { "statistics": "analytics" }. Without one, well-known names map by themselves (statistics → analytics, preferences → functional, marketing → advertising) when the config lacks them.',
  autoBlock:
    "With consentry-auto.js: block every resource from a declared service's hosts until it is granted, without changing the markup (README: auto-blocking). @default false",
  'autoBlock.undeclared':
    'Third-party hosts no service declares: "warn" once per host, or "block" them as well. @default "warn"',
  ui: 'How the banner and preferences look and behave.',
  'ui.layout':
    'First layer: a bar at the bottom, a bar at the top, a box in a corner, or a centered modal dialog. @default "bar"',
  'ui.position': 'Corner of the "box" layout. @default "bottom-right"',
  'ui.theme':
    'Colour scheme; "auto" follows the visitor\'s system setting. @default "light", or "auto" on a page that declares dark support (color-scheme meta or CSS)',
  'ui.floatingButton':
    'A small button on every page that reopens the preferences, and its corner. @default false',
  'ui.closeButton':
    'Show a close (×) button on the banner. Closing is never consent. @default false',
  'ui.closeAction':
    'What closing the banner (× or Escape) means: ask again on the next page, or a refusal. @default "ask-again"',
  'ui.placeholders':
    'Show a placeholder with "Load this once" and "Always allow" in place of gated iframes. @default true',
  'categories.*.consentMode':
    'Google Consent Mode keys this category grants. @default by id: marketing → the ad keys, analytics → analytics_storage, preferences → functionality and personalization',
  'categories.*.gpc':
    'Whether Global Privacy Control opts the visitor out of this category. @default true for categories with ad keys',
  'services.*.preset':
    'A well-known service to take name, provider, cookies, hosts, Consent Mode keys and vendor calls from (see docs/presets.md). Fields written here win.',
  'services.*.hosts': 'Hosts its scripts and embeds load from, e.g. "www.googletagmanager.com".',
  'services.*.consentMode': 'Google Consent Mode keys this service grants on its own.',
  'services.*.vendor':
    "The vendor whose own consent calls to make for this service (README: other vendors' consent calls).",
  'services.*.gpc':
    'Whether Global Privacy Control opts the visitor out of this service, wherever it is filed. @default true for a service with ad keys or a vendor that sells or shares data (Meta, TikTok, Microsoft UET)',
  'services.*.ids': 'Account ids the vendor call needs: GA4 measurement ids for ga-disable.',
  googleConsentMode:
    'Google Consent Mode v2: true, or settings. The default (all denied but security_storage) goes out before any Google tag; every choice is an update.',
  'googleConsentMode.mode':
    '"basic" keeps Google tags inert until consent; "advanced" lets them load and obey the signals (a legal risk in the EU). @default "basic"',
  'googleConsentMode.template':
    'The Consentry GTM template sets the defaults and the stored choice; only decisions on the page are sent from here. @default false',
  'googleConsentMode.waitForUpdate':
    'Milliseconds Google tags wait for an update after the default. @default none (500 when the config comes by URL)',
  'googleConsentMode.adsDataRedaction': 'Redact ads data while ad_storage is denied.',
  'googleConsentMode.urlPassthrough': 'Pass ad click ids through URLs while storage is denied.',
  'googleConsentMode.regions':
    'Region-specific defaults: region codes (ISO 3166-1/2) and the state of each key there.',
  regime:
    '"opt-in": nothing optional before a yes (EU). "opt-out": optional categories on until the visitor says no (US). @default "opt-in"',
  regimes: 'Regime by visitor region code, e.g. { "US-CA": "opt-out" }; the most specific wins.',
  region:
    'The visitor\'s region as the host knows it, e.g. "US-CA" (also data-region on the script tag). Never looked up.',
  gpc: 'The server saw Sec-GPC: 1 (Global Privacy Control). The browser signal is read as well.',
  log: 'Where to send proof-of-consent records.',
  'log.endpoint':
    'URL that receives each record as a POST with a JSON body (sent as text/plain). Failed sends are retried on the next page view.',
}
