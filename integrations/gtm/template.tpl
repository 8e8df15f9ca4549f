___TERMS_OF_SERVICE___

Publishing this template in the Community Template Gallery means accepting Google's
Community Template Gallery Developer Terms of Service
(https://developers.google.com/tag-manager/gallery-tos). Whoever submits it for the
Consentry project accepts them then; nothing here accepts them on anyone's behalf.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Consentry – Consent Mode",
  "categories": [
    "UTILITY"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Consentry"
  },
  "description": "Google Consent Mode v2 for sites that use the Consentry cookie banner. Fire it on Consent Initialization – All Pages: it sets the defaults and applies a returning visitor’s stored Consentry choice. Consentry sends the updates of choices made on the page.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "defaultsGroup",
    "displayName": "Consent Mode defaults",
    "groupStyle": "ZIPPY_OPEN",
    "help": "The state of every key until the visitor chooses. Consentry’s own defaults: all denied but security_storage.",
    "subParams": [
      {
        "type": "SELECT",
        "name": "ad_storage",
        "displayName": "ad_storage",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "denied"
      },
      {
        "type": "SELECT",
        "name": "ad_user_data",
        "displayName": "ad_user_data",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "denied"
      },
      {
        "type": "SELECT",
        "name": "ad_personalization",
        "displayName": "ad_personalization",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "denied"
      },
      {
        "type": "SELECT",
        "name": "analytics_storage",
        "displayName": "analytics_storage",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "denied"
      },
      {
        "type": "SELECT",
        "name": "functionality_storage",
        "displayName": "functionality_storage",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "denied"
      },
      {
        "type": "SELECT",
        "name": "personalization_storage",
        "displayName": "personalization_storage",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "denied"
      },
      {
        "type": "SELECT",
        "name": "security_storage",
        "displayName": "security_storage",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "denied",
            "displayValue": "Denied"
          },
          {
            "value": "granted",
            "displayValue": "Granted"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "granted"
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "regions",
        "displayName": "Region-specific defaults",
        "help": "Optional. One row per group of regions: ISO 3166-1 countries or ISO 3166-2 subdivisions, separated by commas (for example \"US-CA, US-CO\"). A visitor in one of them gets this row instead of the defaults above. Consentry never looks a visitor’s location up itself; Google does, for these rows.",
        "newRowButtonText": "Add regions",
        "simpleTableColumns": [
          {
            "type": "TEXT",
            "name": "region",
            "displayName": "Regions",
            "defaultValue": "",
            "isUnique": true,
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              },
              {
                "type": "REGEX",
                "args": [
                  "^\\s*[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?(\\s*,\\s*[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?)*\\s*$"
                ]
              }
            ]
          },
          {
            "type": "SELECT",
            "name": "ad_storage",
            "displayName": "ad_storage",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "ad_user_data",
            "displayName": "ad_user_data",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "ad_personalization",
            "displayName": "ad_personalization",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "analytics_storage",
            "displayName": "analytics_storage",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "functionality_storage",
            "displayName": "functionality_storage",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "personalization_storage",
            "displayName": "personalization_storage",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "security_storage",
            "displayName": "security_storage",
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "defaultValue": "granted"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "waitForUpdate",
        "displayName": "wait_for_update",
        "simpleValueType": true,
        "valueUnit": "milliseconds",
        "defaultValue": "500",
        "help": "How long Google tags wait for an update before they use the defaults. Leave empty or 0 for none.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^\\s*[0-9]{0,9}\\s*$"
            ]
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "adsDataRedaction",
        "checkboxText": "ads_data_redaction: redact ad click identifiers while ad_storage is denied",
        "simpleValueType": true,
        "defaultValue": false
      },
      {
        "type": "CHECKBOX",
        "name": "urlPassthrough",
        "checkboxText": "url_passthrough: pass ad click information in links while cookies are denied",
        "simpleValueType": true,
        "defaultValue": false
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "choiceGroup",
    "displayName": "Returning visitors",
    "groupStyle": "ZIPPY_OPEN",
    "help": "A visitor who already chose has Consentry’s cookie. This tag reads it and sends the matching update before any other tag fires. A cookie that is missing, edited, from another revision or from another library grants nothing.",
    "subParams": [
      {
        "type": "TEXT",
        "name": "cookieName",
        "displayName": "Consentry cookie name",
        "simpleValueType": true,
        "defaultValue": "consentry",
        "help": "Consentry’s \"cookie.name\" setting. The template may read only the cookies named in its \"Reads cookie value(s)\" permission, \"consentry\" and \"__Host-consentry\": if you change this name, change both there too (Templates → Consentry – Consent Mode → Permissions).",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^\\s*[A-Za-z0-9!#$%&'*+.^_`|~-]{1,256}\\s*$"
            ]
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "cookieShared",
        "checkboxText": "Consentry’s config sets \"cookie.domain\" or a \"cookie.path\" other than /",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "On https Consentry writes its cookie as \"__Host-consentry\" (Secure, Path=/, no Domain), which no other subdomain can set; this tag then reads only that name, and a \"consentry\" cookie forged by a sibling subdomain grants nothing. Tick this only when Consentry’s config shares the cookie with a \"cookie.domain\" (or narrows it with a \"cookie.path\"): Consentry then keeps the plain name, and every subdomain of that domain can write it."
      },
      {
        "type": "TEXT",
        "name": "policyRevision",
        "displayName": "Policy revision",
        "simpleValueType": true,
        "defaultValue": "",
        "help": "Consentry’s \"revision\" setting. Set it and keep it equal: a choice stored for another revision is ignored here, as Consentry ignores it and asks again. Left empty, a choice of any revision applies until the visitor answers again.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^\\s*[0-9]{0,9}\\s*$"
            ]
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "useConsentryMapping",
        "checkboxText": "Use Consentry’s category names",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "As Consentry maps categories without a \"consentMode\" of their own: marketing, advertising, ads → ad_storage, ad_user_data, ad_personalization; analytics, statistics, performance → analytics_storage; preferences, functional, functionality → functionality_storage, personalization_storage. A row below with the same id replaces the built-in one."
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "mapping",
        "displayName": "Categories and services → Consent Mode keys",
        "help": "One row per category or service whose \"consentMode\" your Consentry config sets: its id, its keys separated by commas (empty: none). For a service, also its category: it is then granted with that category unless the visitor switched it off, or alone when the visitor switched it on.",
        "newRowButtonText": "Add a category or service",
        "simpleTableColumns": [
          {
            "type": "TEXT",
            "name": "id",
            "displayName": "Category or service id",
            "defaultValue": "",
            "isUnique": true,
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              },
              {
                "type": "REGEX",
                "args": [
                  "^\\s*[A-Za-z0-9_-]{1,64}\\s*$"
                ]
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "keys",
            "displayName": "Consent Mode keys",
            "defaultValue": "",
            "valueValidators": [
              {
                "type": "REGEX",
                "args": [
                  "^\\s*((ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage|security_storage)(\\s*,\\s*(ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage|security_storage))*)?\\s*$"
                ]
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "category",
            "displayName": "Category (services only)",
            "defaultValue": "",
            "valueValidators": [
              {
                "type": "REGEX",
                "args": [
                  "^\\s*([A-Za-z0-9_-]{1,64})?\\s*$"
                ]
              }
            ]
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "alwaysGranted",
        "displayName": "Keys granted with every stored choice",
        "simpleValueType": true,
        "defaultValue": "security_storage",
        "help": "Consentry grants security_storage with every choice, and the keys of required categories (whose \"consentMode\" you set) too. Separate keys with commas.",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^\\s*((ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage|security_storage)(\\s*,\\s*(ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage|security_storage))*)?\\s*$"
            ]
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "honourGpc",
        "checkboxText": "Honour Global Privacy Control: keep the ad keys denied when the browser sends it",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Consentry never grants advertising under GPC. Reads navigator.globalPrivacyControl. A choice Consentry stored because of GPC is not applied by the template: only Consentry knows where it holds."
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// Consentry for Google Tag Manager: fire on "Consent Initialization - All Pages". Sets the
// Consent Mode v2 defaults, then applies a returning visitor's stored Consentry choice. The
// Consentry script itself (with "googleConsentMode": { "template": true }) sends only the
// updates of decisions made on the page.
const copyFromWindow = require('copyFromWindow');
const getCookieValues = require('getCookieValues');
const getTimestampMillis = require('getTimestampMillis');
const getType = require('getType');
const getUrl = require('getUrl');
const gtagSet = require('gtagSet');
const log = require('logToConsole');
const queryPermission = require('queryPermission');
const setDefaultConsentState = require('setDefaultConsentState');
const updateConsentState = require('updateConsentState');

const KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage'
];
const AD = ['ad_storage', 'ad_user_data', 'ad_personalization'];
const FUNCTIONAL = ['functionality_storage', 'personalization_storage'];
// Consentry's own mapping for categories without a "consentMode" of their own
// (src/config/consent-mode-keys.ts); rows of the mapping table replace these by id.
const CONSENTRY_MAPPING = [
  { id: 'marketing', keys: AD, category: '' },
  { id: 'advertising', keys: AD, category: '' },
  { id: 'ads', keys: AD, category: '' },
  { id: 'analytics', keys: ['analytics_storage'], category: '' },
  { id: 'statistics', keys: ['analytics_storage'], category: '' },
  { id: 'performance', keys: ['analytics_storage'], category: '' },
  { id: 'preferences', keys: FUNCTIONAL, category: '' },
  { id: 'functional', keys: FUNCTIONAL, category: '' },
  { id: 'functionality', keys: FUNCTIONAL, category: '' }
];
// A record may be dated this far ahead of the clock (a clock corrected back a little).
const AHEAD = 3600000;
// The longest any Consentry choice lasts (13 months; MAX_EXPIRY in src/config/build-model.ts).
// The cookie itself expires with the choice; this only backs that up.
const MAX_AGE = 34187400000;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WORD = DIGITS + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_';
// Printable ASCII from the space (code 32) on: sandboxed JavaScript has no charCodeAt.
const ASCII =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';

const isString = (value) => getType(value) === 'string';
const text = (value) =>
  isString(value) ? value.trim() : getType(value) === 'number' ? value.toString() : '';
const list = (value) =>
  text(value)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
const keyList = (value) => list(value).filter((key) => KEYS.indexOf(key) >= 0);
const rows = (value) =>
  getType(value) === 'array' ? value.filter((row) => getType(row) === 'object') : [];
const state = (value, fallback) => (value === 'granted' || value === 'denied' ? value : fallback);
const fallbackFor = (key) => (key === 'security_storage' ? 'granted' : 'denied');
const has = (items, item) => items.indexOf(item) >= 0;

// Whether every character of value is one of chars, and its length within [min, max].
function only(value, chars, min, max) {
  if (value.length < min || value.length > max) return false;
  for (let i = 0; i < value.length; i++) {
    if (chars.indexOf(value.charAt(i)) < 0) return false;
  }
  return true;
}

// A number from digits already checked by only(): base 10 or 36, lower case.
function parse(value, base) {
  let result = 0;
  for (let i = 0; i < value.length; i++) result = result * base + DIGITS.indexOf(value.charAt(i));
  return result;
}

// Consentry's checksum (FNV-1a, base 36; src/consent/hash.ts) in plain arithmetic, since the
// sandbox documents neither bitwise operators nor Math.imul. Every intermediate value stays
// below 2^53, so doubles compute it exactly. Called only on checked, printable-ASCII text.
function checksum(value) {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) {
    // h XOR the character code: codes are below 128, so only the low 7 bits of h change.
    let a = h % 128;
    let b = ASCII.indexOf(value.charAt(i)) + 32;
    let xor = 0;
    for (let bit = 1; bit < 128; bit = bit * 2) {
      if (a % 2 !== b % 2) xor = xor + bit;
      a = (a - (a % 2)) / 2;
      b = (b - (b % 2)) / 2;
    }
    h = h - (h % 128) + xor;
    // h * 16777619 modulo 2^32, where 16777619 = 2^24 + 403.
    h = (h * 403 + (h % 256) * 16777216) % 4294967296;
  }
  let out = DIGITS.charAt(h % 36);
  h = (h - (h % 36)) / 36;
  while (h > 0) {
    out = DIGITS.charAt(h % 36) + out;
    h = (h - (h % 36)) / 36;
  }
  return out;
}

// The cookie exactly as Consentry's encodeRecord writes it (src/consent/record.ts):
// 1~id~first~last~revision~method~language~categories~service overrides~checksum.
// Anything else (edited, truncated, another library's, dated in the future, older than any
// Consentry choice lasts) is no choice at all.
function readRecord(raw, now) {
  if (!isString(raw) || raw.length > 4096) return undefined;
  const f = raw.split('~');
  if (f.length !== 10 || f[0] !== '1') return undefined;
  if (
    !only(f[1], WORD + '-', 8, 64) ||
    !only(f[2], DIGITS, 1, 12) ||
    !only(f[3], DIGITS, 1, 12) ||
    !only(f[4], DIGITS, 1, 9) ||
    !only(f[5], 'arcg', 1, 1) ||
    !only(f[6], WORD + '-', 2, 35) ||
    LETTERS.indexOf(f[6].charAt(0)) < 0 ||
    !only(f[7], WORD + '.-', 0, 4096) ||
    !only(f[8], WORD + '.!-', 0, 4096) ||
    !only(f[9], DIGITS, 1, 13) ||
    checksum(raw.slice(0, raw.lastIndexOf('~'))) !== f[9]
  ) {
    return undefined;
  }
  const first = parse(f[2], 36);
  const last = parse(f[3], 36);
  if (first > last || last > now + AHEAD || now - last > MAX_AGE) return undefined;
  const ids = (field) => field.split('.').filter((id) => id.length > 0);
  return { revision: parse(f[4], 36), method: f[5], categories: ids(f[7]), overrides: ids(f[8]) };
}

// Rows of the mapping table first; Consentry's own names for the ids the table leaves out.
function mapping() {
  const own = rows(data.mapping)
    .map((row) => ({ id: text(row.id), keys: keyList(row.keys), category: text(row.category) }))
    .filter((row) => row.id.length > 0);
  const ids = own.map((row) => row.id);
  if (data.useConsentryMapping === false) return own;
  return own.concat(CONSENTRY_MAPPING.filter((row) => !has(ids, row.id)));
}

// As Consentry decides it: a category by the stored list; a service by its category unless an
// override ("id" granted alone, "!id" denied) says otherwise.
function isGranted(row, record) {
  if (row.category.length === 0) return has(record.categories, row.id);
  return has(record.categories, row.category)
    ? !has(record.overrides, '!' + row.id)
    : has(record.overrides, row.id);
}

// Every key, as Consentry's own update for the same choice: granted when a granted category or
// service stands for it; the ad keys never under Global Privacy Control.
function updateFor(record) {
  const granted = getType(data.alwaysGranted) === 'undefined'
    ? ['security_storage']
    : keyList(data.alwaysGranted);
  mapping().forEach((row) => {
    if (isGranted(row, record)) row.keys.forEach((key) => granted.push(key));
  });
  // The browser's Global Privacy Control signal now.
  const gpc =
    data.honourGpc !== false && copyFromWindow('navigator.globalPrivacyControl') === true;
  const update = {};
  KEYS.forEach((key) => {
    update[key] = has(granted, key) && !(gpc && has(AD, key)) ? 'granted' : 'denied';
  });
  return update;
}

function waitForUpdate() {
  const value = data.waitForUpdate;
  if (getType(value) === 'number') return value > 0 && value < 1e9 ? value - (value % 1) : 0;
  const digits = text(value);
  return only(digits, '0123456789', 1, 9) ? parse(digits, 10) : 0;
}

const wait = waitForUpdate();
const withWait = (settings) => {
  if (wait > 0) settings.wait_for_update = wait;
  return settings;
};

// Region-specific defaults first, then the default for everywhere else, as Consentry does.
rows(data.regions).forEach((row) => {
  const region = list(row.region).map((code) => code.toUpperCase());
  if (region.length === 0) return;
  const settings = {};
  KEYS.forEach((key) => {
    settings[key] = state(row[key], fallbackFor(key));
  });
  settings.region = region;
  setDefaultConsentState(withWait(settings));
});
const defaults = {};
KEYS.forEach((key) => {
  defaults[key] = state(data[key], fallbackFor(key));
});
setDefaultConsentState(withWait(defaults));
if (data.adsDataRedaction === true) gtagSet('ads_data_redaction', true);
if (data.urlPassthrough === true) gtagSet('url_passthrough', true);

// The name Consentry writes (src/consent/cookie-name.ts): "__Host-" on https unless the config
// shares the cookie, so that a sibling subdomain cannot forge the choice read here.
const secure = queryPermission('get_url', 'protocol') && getUrl('protocol') === 'https';
const cookieName =
  (secure && data.cookieShared !== true ? '__Host-' : '') + (text(data.cookieName) || 'consentry');
const revision = text(data.policyRevision);
if (!queryPermission('get_cookies', cookieName)) {
  log(
    'Consentry: this template may not read the cookie "' +
      cookieName +
      '". Add it to the "Reads cookie value(s)" permission. Only the defaults apply.'
  );
} else {
  const values = getCookieValues(cookieName, false);
  const raw = getType(values) === 'array' ? values[0] : undefined;
  // Two different cookies of that name (one set for another path or by a parent domain): which
  // is genuine cannot be told, so neither counts, as in Consentry.
  const conflicting =
    getType(values) === 'array' && values.filter((value) => value !== raw).length > 0;
  const record = conflicting ? undefined : readRecord(raw, getTimestampMillis());
  if (getType(raw) === 'undefined') {
    log('Consentry: no stored choice. Only the defaults apply.');
  } else if (conflicting) {
    log('Consentry: two different "' + cookieName + '" cookies. Only the defaults apply.');
  } else if (!record) {
    log('Consentry: the "' + cookieName + '" cookie holds no valid choice. Defaults only.');
  } else if (record.method === 'g') {
    // Consentry itself honours a choice made by Global Privacy Control only where GPC answers
    // everything (an opt-out region, or nothing but advertising to ask), which a template cannot
    // tell: apply nothing rather than grant in a region where the visitor must be asked.
    log('Consentry: the stored choice was made by Global Privacy Control. Defaults only.');
  } else if (
    revision.length > 0 &&
    (!only(revision, '0123456789', 1, 9) || parse(revision, 10) !== record.revision)
  ) {
    log(
      'Consentry: the stored choice is for policy revision ' +
        record.revision +
        ', not ' +
        revision +
        '. Only the defaults apply.'
    );
  } else {
    updateConsentState(updateFor(record));
  }
}

data.gtmOnSuccess();


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "wait_for_update"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "consentry"
              },
              {
                "type": 1,
                "string": "__Host-consentry"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              },
              {
                "type": 1,
                "string": "url_passthrough"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "navigator.globalPrivacyControl"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_url",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urlParts",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "protocol",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "host",
          "value": {
            "type": 8,
            "boolean": false
          }
        },
        {
          "key": "port",
          "value": {
            "type": 8,
            "boolean": false
          }
        },
        {
          "key": "path",
          "value": {
            "type": 8,
            "boolean": false
          }
        },
        {
          "key": "extension",
          "value": {
            "type": 8,
            "boolean": false
          }
        },
        {
          "key": "fragment",
          "value": {
            "type": 8,
            "boolean": false
          }
        },
        {
          "key": "query",
          "value": {
            "type": 8,
            "boolean": false
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: First visit without a cookie sets the defaults only
  code: |-
    runCode(mockData);

    assertApi('setDefaultConsentState').wasCalledWith(defaults);
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtagSet').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: A stored choice of analytics only grants analytics_storage
  code: |-
    stored = [cookies.analytics];

    runCode(mockData);

    assertApi('setDefaultConsentState').wasCalledWith(defaults);
    assertApi('updateConsentState').wasCalledWith(updateGranting(['analytics_storage']));
    assertApi('gtmOnSuccess').wasCalled();
- name: A stored "Accept all" grants every key
  code: |-
    stored = [cookies.acceptAll];

    runCode(mockData);

    assertApi('updateConsentState').wasCalledWith(updateGranting([
      'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
      'functionality_storage', 'personalization_storage'
    ]));
- name: A stored "Reject all" denies every key but security_storage
  code: |-
    stored = [cookies.rejectAll];

    runCode(mockData);

    assertApi('updateConsentState').wasCalledWith(updateGranting([]));
- name: An edited cookie applies nothing beyond the defaults
  code: |-
    stored = [cookies.edited];

    runCode(mockData);

    assertApi('setDefaultConsentState').wasCalledWith(defaults);
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: Another library's cookie under the same name applies nothing
  code: |-
    stored = ['{"analytics":true,"marketing":true}'];

    runCode(mockData);

    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: A choice stored for another policy revision applies nothing
  code: |-
    stored = [cookies.analytics];
    mockData.policyRevision = '4';

    runCode(mockData);

    assertApi('setDefaultConsentState').wasCalledWith(defaults);
    assertApi('updateConsentState').wasNotCalled();
- name: A choice stored by Global Privacy Control applies nothing
  code: |-
    stored = [cookies.gpc];

    runCode(mockData);

    assertApi('setDefaultConsentState').wasCalledWith(defaults);
    assertApi('updateConsentState').wasNotCalled();
- name: The browser's Global Privacy Control keeps the ad keys denied
  code: |-
    stored = [cookies.acceptAll];
    gpc = true;

    runCode(mockData);

    assertApi('updateConsentState').wasCalledWith(updateGranting([
      'analytics_storage', 'functionality_storage', 'personalization_storage'
    ]));
- name: Region defaults come first, then the default, then the gtag settings
  code: |-
    mockData.regions = [{
      region: 'US-CA, us-co', ad_storage: 'granted', ad_user_data: 'granted',
      ad_personalization: 'granted', analytics_storage: 'granted',
      functionality_storage: 'granted', personalization_storage: 'granted',
      security_storage: 'granted'
    }];
    mockData.waitForUpdate = '';
    mockData.adsDataRedaction = true;
    mockData.urlPassthrough = true;

    runCode(mockData);

    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
      analytics_storage: 'granted', functionality_storage: 'granted',
      personalization_storage: 'granted', security_storage: 'granted',
      region: ['US-CA', 'US-CO']
    });
    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      analytics_storage: 'denied', functionality_storage: 'denied',
      personalization_storage: 'denied', security_storage: 'granted'
    });
    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
    assertApi('gtagSet').wasCalledWith('url_passthrough', true);
setup: |-
  // Written by Consentry's encodeRecord (revision 3, decided 2025-12-31) for the config
  // { revision: 3, categories: { necessary: { required: true }, analytics: {}, marketing: {},
  // preferences: {} } }. The Consentry repository's tests check they still decode.
  const cookies = {
    acceptAll: '1~AbCdEfGh12345678~mjt91xc0~mjt91xc0~3~a~en~analytics.marketing.preferences~~tmw4bd',
    analytics: '1~AbCdEfGh12345678~mjt91xc0~mjt91xc0~3~c~en~analytics~~k7awwl',
    rejectAll: '1~AbCdEfGh12345678~mjt91xc0~mjt91xc0~3~r~en~~~xijm5u',
    gpc: '1~AbCdEfGh12345678~mjt91xc0~mjt91xc0~3~g~en~analytics.marketing~~btse9z',
    edited: '1~AbCdEfGh12345678~mjt91xc0~mjt91xc0~3~c~en~analytics.marketing~~k7awwl'
  };
  const now = 1767225600000;
  const keys = [
    'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
    'functionality_storage', 'personalization_storage', 'security_storage'
  ];
  const updateGranting = (granted) => {
    const update = {};
    keys.forEach((key) => {
      update[key] = key === 'security_storage' || granted.indexOf(key) >= 0 ? 'granted' : 'denied';
    });
    return update;
  };
  const defaults = {
    ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
    analytics_storage: 'denied', functionality_storage: 'denied',
    personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500
  };
  const mockData = {
    ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
    analytics_storage: 'denied', functionality_storage: 'denied',
    personalization_storage: 'denied', security_storage: 'granted',
    regions: [], waitForUpdate: '500', adsDataRedaction: false, urlPassthrough: false,
    cookieName: 'consentry', cookieShared: false, policyRevision: '3', useConsentryMapping: true, mapping: [],
    alwaysGranted: 'security_storage', honourGpc: true
  };
  let stored = [];
  let gpc = false;
  mock('getUrl', (part) => (part === 'protocol' ? 'https' : ''));
  mock('getCookieValues', (name) => (name === '__Host-consentry' ? stored : []));
  mock('getTimestampMillis', () => now);
  mock('copyFromWindow', (key) => (key === 'navigator.globalPrivacyControl' ? gpc : undefined));


___NOTES___

Consentry – Consent Mode. Documentation: integrations/gtm/README.md in the Consentry repository.
