import type { Preset } from '../config/preset-types'

/*
 * The preset catalogue: data only, one entry per well-known service, each fact traceable to the
 * URLs in its `sources`. It is long because it is a table, not logic; keeping it in one file
 * keeps the review of facts against sources in one place.
 *
 * Rules for entries:
 * - Lifetimes in REQUIREMENTS.md ("Cookies of well-known services") are used as written there.
 * - A fact not confirmed by the vendor's own page says so in a comment next to it.
 * - Purposes are our own words, one short sentence.
 * - Third-party cookies (set on the vendor's domain) are listed for the visitor's information;
 *   the site can neither read nor delete them.
 */

const GOOGLE = 'Google Ireland Limited'
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy'
// Google's cookie page names the cookies that its embeds and security services set.
const GOOGLE_COOKIES = 'https://policies.google.com/technologies/cookies'
const OCD = 'https://github.com/jkwakman/Open-Cookie-Database'
const MICROSOFT_PRIVACY = 'https://privacy.microsoft.com/privacystatement'

/**
 * Well-known services by preset id. A service declares `"preset": "<id>"` and `expandPresets`
 * fills in what the site did not write.
 *
 * @example
 * presets['google-analytics'].cookies.map((cookie) => cookie.name) // ['_ga', '_ga_<container>', …]
 */
export const presets = {
  'google-analytics': {
    name: 'Google Analytics 4',
    provider: GOOGLE,
    category: 'analytics',
    purpose: 'Measures how visitors use the site and reports statistics to the site owner.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: '_ga', duration: '2 years', purpose: 'Tells visitors apart.' },
      { name: '_ga_<container>', duration: '2 years', purpose: 'Keeps the session state.' },
      // The next three belong to Universal Analytics (analytics.js); old tags still set them.
      { name: '_gid', duration: '24 hours', purpose: 'Tells visitors apart for a day (legacy).' },
      { name: '_gat', duration: '1 minute', purpose: 'Limits the request rate (legacy).' },
      {
        name: '_dc_gtm_<property>',
        duration: '1 minute',
        purpose: 'Limits the request rate when loaded by Tag Manager (legacy).',
      },
    ],
    hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com'],
    consentMode: ['analytics_storage'],
    vendor: 'ga',
    sources: [
      'https://support.google.com/analytics/answer/11397207',
      'https://cloud.google.com/analytics/resources/concepts/gaConceptsCookies',
    ],
  },

  // Tag Manager is a loader: gtm.js stores nothing on the device (Google's cookie references list
  // cookies for the tags it runs, none for the container itself; we found no page saying so in
  // so many words). What needs consent is each tag inside the container, and Consentry hands
  // those tags Consent Mode state and `consentry_*` dataLayer events to check before firing.
  // Filing the loader under "analytics" would be wrong twice: it would claim cookies that do not
  // exist, and it would keep Consent Mode-aware tags from ever seeing a grant. A site whose
  // container holds tags without consent checks should put this service in the strictest
  // category of those tags instead.
  'google-tag-manager': {
    name: 'Google Tag Manager',
    provider: GOOGLE,
    category: 'necessary',
    purpose: 'Loads the tags the site owner configured; stores nothing itself.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [],
    hosts: ['www.googletagmanager.com'],
    sources: [
      'https://developers.google.com/tag-platform/security/concepts/cookies',
      'https://developers.google.com/tag-platform/security/guides/consent',
    ],
  },

  'google-ads': {
    name: 'Google Ads',
    provider: GOOGLE,
    category: 'marketing',
    purpose: 'Measures which ads lead to visits and purchases and personalises Google ads.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: '_gcl_au', duration: '90 days', purpose: 'Links ad clicks to conversions.' },
      { name: '_gcl_aw', duration: '90 days', purpose: 'Stores the click id of a Search ad.' },
      { name: '_gcl_gb', duration: '90 days', purpose: 'Stores click data for conversions.' },
      { name: '_gcl_dc', duration: '90 days', purpose: 'Stores the click id of a Display ad.' },
      {
        name: '_gac_<property>',
        duration: '90 days',
        purpose: 'Campaign data shared with a linked Analytics property (legacy).',
      },
      // Catch-all for the other `_gcl_` click cookies Google adds over time (for example the
      // Consent Mode ones); their lifetime is assumed from the four above, not verified.
      { name: '_gcl_*', duration: '90 days', purpose: 'Other Google Ads click cookies.' },
    ],
    hosts: ['www.googletagmanager.com', 'www.googleadservices.com', 'googleads.g.doubleclick.net'],
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    sources: [
      'https://business.safety.google/adscookies/',
      'https://developers.google.com/tag-platform/security/concepts/cookies',
      'https://support.google.com/analytics/answer/7519794',
    ],
  },

  hotjar: {
    name: 'Hotjar',
    provider: 'Hotjar Ltd',
    category: 'analytics',
    purpose: 'Records how visitors scroll and click, for heatmaps, recordings and surveys.',
    privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: [
      { name: '_hjSessionUser_<site>', duration: '1 year', purpose: 'Tells visitors apart.' },
      { name: '_hjSession_<site>', duration: '30 minutes', purpose: 'Keeps the session.' },
      { name: '_hjid', duration: '1 year', purpose: 'Tells visitors apart (older tag).' },
      { name: '_hjFirstSeen', duration: '30 minutes', purpose: "Marks a visitor's first session." },
      {
        name: '_hjIncludedInSessionSample_<site>',
        duration: '30 minutes',
        purpose: 'Whether the visit is in the sample.',
      },
      {
        name: '_hjAbsoluteSessionInProgress',
        duration: '30 minutes',
        purpose: 'Detects the first page view of a session.',
      },
    ],
    hosts: ['static.hotjar.com', 'script.hotjar.com'],
    // Hotjar's own cookie article was not in the stored copies we could search; the lifetimes
    // are REQUIREMENTS.md's and agree with the Open Cookie Database's Hotjar entries.
    sources: ['https://www.hotjar.com/legal/compliance/opt-out', OCD],
  },

  'meta-pixel': {
    name: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Limited',
    category: 'marketing',
    purpose: 'Measures ad results on Facebook and Instagram and builds audiences for ads.',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      { name: '_fbp', duration: '90 days', purpose: 'Tells browsers apart for ad delivery.' },
      { name: '_fbc', duration: '90 days', purpose: 'Stores the click id of a Meta ad.' },
    ],
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    vendor: 'meta',
    // Meta's page names the cookies; the 90-day lifetime is REQUIREMENTS.md's (the Open Cookie
    // Database says 4 months for _fbp).
    sources: [
      'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
      OCD,
    ],
  },

  'microsoft-clarity': {
    name: 'Microsoft Clarity',
    provider: 'Microsoft Ireland Operations Limited',
    category: 'analytics',
    purpose: 'Records how visitors use pages, for heatmaps and session replays.',
    privacyPolicyUrl: MICROSOFT_PRIVACY,
    cookies: [
      { name: '_clck', duration: '1 year', purpose: 'Keeps the Clarity user id.' },
      { name: '_clsk', duration: '1 day', purpose: 'Joins page views into one recording.' },
      // Microsoft's cookie list names these without lifetimes; the lifetimes are the Open
      // Cookie Database's, not Microsoft's.
      {
        name: 'CLID',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Recognises the browser across Clarity sites.',
      },
      {
        name: 'MUID',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Identifies the browser across Microsoft sites.',
      },
    ],
    hosts: ['www.clarity.ms', 'scripts.clarity.ms'],
    vendor: 'clarity',
    sources: ['https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list', OCD],
  },

  'microsoft-uet': {
    name: 'Microsoft Advertising (UET)',
    provider: 'Microsoft Ireland Operations Limited',
    category: 'marketing',
    purpose: 'Measures conversions from Microsoft ads and builds remarketing lists.',
    privacyPolicyUrl: MICROSOFT_PRIVACY,
    // REQUIREMENTS.md says "per Microsoft", and we found no Microsoft page that states these
    // lifetimes. They are the values commonly reported for the UET tag; verify before relying.
    cookies: [
      { name: '_uetsid', duration: '1 day', purpose: 'Keeps the session for conversions.' },
      { name: '_uetvid', duration: '13 months', purpose: 'Tells visitors apart.' },
      { name: '_uetmsclkid', duration: '90 days', purpose: 'Stores the click id of an ad.' },
    ],
    hosts: ['bat.bing.com'],
    vendor: 'uet',
    sources: [
      'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table',
      'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_faq',
      OCD,
    ],
  },

  matomo: {
    name: 'Matomo',
    provider: 'InnoCraft Ltd (Matomo Cloud), or this site when self-hosted',
    category: 'analytics',
    purpose: 'Measures how visitors use the site and reports statistics to the site owner.',
    privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
    cookies: [
      { name: '_pk_id.<site>.<hash>', duration: '13 months', purpose: 'Keeps the visitor id.' },
      { name: '_pk_ses.<site>.<hash>', duration: '30 minutes', purpose: 'Keeps the visit.' },
      { name: '_pk_ref.<site>.<hash>', duration: '6 months', purpose: 'Remembers the referrer.' },
      { name: '_pk_cvar.<site>.<hash>', duration: '30 minutes', purpose: 'Custom visit data.' },
      { name: '_pk_hsr.<site>.<hash>', duration: '30 minutes', purpose: 'Heatmap session data.' },
      {
        name: 'mtm_consent',
        duration: '30 years',
        purpose: 'Remembers that the visitor consented.',
      },
      {
        name: 'mtm_consent_removed',
        duration: '30 years',
        purpose: 'Remembers that the visitor withdrew consent.',
      },
    ],
    // Self-hosted Matomo loads from the site's own host: add it to `hosts` in the service.
    hosts: ['cdn.matomo.cloud'],
    vendor: 'matomo',
    sources: ['https://matomo.org/faq/general/faq_146/'],
  },

  hubspot: {
    name: 'HubSpot',
    provider: 'HubSpot, Inc.',
    category: 'marketing',
    purpose: 'Tracks visits and form submissions to build contact records for marketing.',
    privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
    cookies: [
      { name: '__hstc', duration: '6 months', purpose: 'The main visitor-tracking cookie.' },
      { name: 'hubspotutk', duration: '6 months', purpose: 'Links visits to form contacts.' },
      { name: '__hssc', duration: '30 minutes', purpose: 'Counts page views in the session.' },
      { name: '__hssrc', duration: 'session', purpose: 'Detects a browser restart.' },
    ],
    hosts: ['js.hs-scripts.com', 'js.hs-analytics.net', 'track.hubspot.com'],
    sources: [
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
    ],
  },

  'tiktok-pixel': {
    name: 'TikTok Pixel',
    provider: 'TikTok Technology Limited',
    category: 'marketing',
    purpose: 'Measures ad results on TikTok and builds audiences for ads.',
    privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: [
      { name: '_ttp', duration: '13 months', purpose: 'Tells visitors apart for ads.' },
      {
        name: '_tt_enable_cookie',
        duration: '13 months',
        purpose: 'Checks that cookies can be set.',
      },
    ],
    hosts: ['analytics.tiktok.com'],
    vendor: 'tiktok',
    // TikTok's help page gives the 13-month lifetime for all pixel cookies without naming them;
    // the names come from the Open Cookie Database.
    sources: ['https://ads.tiktok.com/help/article?aid=10007540', OCD],
  },

  'linkedin-insight': {
    name: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    category: 'marketing',
    purpose: 'Measures ad results on LinkedIn and builds audiences for ads.',
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    // LinkedIn's cookie table holds these, but the stored copy we could read was cut short;
    // names and lifetimes below are cross-checked against the Open Cookie Database only.
    cookies: [
      { name: 'li_fat_id', duration: '30 days', purpose: 'Stores the click id of an ad.' },
      {
        name: 'li_sugr',
        duration: '90 days',
        thirdParty: true,
        purpose: 'Guesses the identity of visitors outside the EU.',
      },
      {
        name: 'bcookie',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Identifies the browser to LinkedIn.',
      },
      { name: 'lidc', duration: '1 day', thirdParty: true, purpose: 'Picks a data centre.' },
      {
        name: 'UserMatchHistory',
        duration: '30 days',
        thirdParty: true,
        purpose: 'Syncs ad ids with partners.',
      },
      {
        name: 'AnalyticsSyncHistory',
        duration: '30 days',
        thirdParty: true,
        purpose: 'Records when ids were last synced.',
      },
    ],
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
    sources: ['https://www.linkedin.com/legal/l/cookie-table', OCD],
  },

  'pinterest-tag': {
    name: 'Pinterest Tag',
    provider: 'Pinterest Europe Ltd.',
    category: 'marketing',
    purpose: 'Measures ad results on Pinterest and builds audiences for ads.',
    privacyPolicyUrl: 'https://policy.pinterest.com/en/privacy-policy',
    // Pinterest names the cookies but gives no lifetimes; the lifetimes are the Open Cookie
    // Database's.
    cookies: [
      { name: '_pin_unauth', duration: '1 year', purpose: 'Groups actions of unknown visitors.' },
      { name: '_epik', duration: '1 year', purpose: 'Stores the click data of a Pinterest ad.' },
      { name: '_derived_epik', duration: '1 year', purpose: 'Stores an enhanced-match result.' },
      {
        name: '_pinterest_ct_ua',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Groups actions of unknown visitors.',
      },
    ],
    hosts: ['s.pinimg.com', 'ct.pinterest.com'],
    sources: [
      'https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies',
      OCD,
    ],
  },

  'x-pixel': {
    name: 'X Pixel',
    provider: 'Twitter International Unlimited Company',
    category: 'marketing',
    purpose: 'Measures ad results on X and builds audiences for ads.',
    privacyPolicyUrl: 'https://x.com/en/privacy',
    // X documents first- and third-party pixel cookies without naming them. `_twclid` is the
    // first-party click-id cookie as reported by tag guides; its lifetime is not documented, so
    // the value here is an assumption. The third-party names and lifetimes are the Open Cookie
    // Database's.
    cookies: [
      { name: '_twclid', duration: '30 days', purpose: 'Stores the click id of an X ad.' },
      {
        name: 'muc_ads',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Identifies the browser for ads.',
      },
      {
        name: 'personalization_id',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Personalises ads and content on X.',
      },
      {
        name: 'guest_id',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Identifies a visitor who is not signed in.',
      },
    ],
    hosts: ['static.ads-twitter.com', 'analytics.twitter.com'],
    sources: [
      'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
      OCD,
    ],
  },

  mailchimp: {
    name: 'Mailchimp',
    provider: 'The Rocket Science Group LLC (Mailchimp)',
    category: 'marketing',
    purpose: 'Signs visitors up to newsletters and attributes purchases to email campaigns.',
    privacyPolicyUrl: 'https://www.intuit.com/privacy/statement/',
    // Mailchimp's connected-site script sets cookies that depend on the features in use and
    // Mailchimp does not list them. These three are the campaign-tracking cookies documented by
    // the Mailchimp for WordPress integration.
    cookies: [
      { name: 'mc_cid', duration: '14 days', purpose: 'The email campaign a visitor came from.' },
      { name: 'mc_eid', duration: '14 days', purpose: 'The subscriber a visitor came as.' },
      { name: 'mc_landing_site', duration: '14 days', purpose: 'The first page visited.' },
    ],
    hosts: ['chimpstatic.com', 'list-manage.com'],
    sources: ['https://www.mc4wp.com/kb/cookie-overview/', 'https://mailchimp.com/legal/cookies/'],
  },

  intercom: {
    name: 'Intercom',
    provider: 'Intercom R&D Unlimited Company',
    category: 'preferences',
    purpose: 'Provides the chat messenger and keeps conversations across pages and visits.',
    privacyPolicyUrl: 'https://www.intercom.com/legal/privacy',
    cookies: [
      { name: 'intercom-id-<app_id>', duration: '9 months', purpose: 'Anonymous visitor id.' },
      { name: 'intercom-session-<app_id>', duration: '1 week', purpose: 'Keeps the session.' },
      {
        name: 'intercom-device-id-<app_id>',
        duration: '9 months',
        purpose: 'Tells devices apart to prevent abuse.',
      },
    ],
    hosts: ['widget.intercom.io', 'js.intercomcdn.com'],
    sources: ['https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies'],
  },

  youtube: {
    name: 'YouTube',
    provider: GOOGLE,
    category: 'media',
    purpose: 'Plays embedded videos; YouTube may track viewing for statistics and ads.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    // Set on youtube.com once a video plays (youtube-nocookie.com defers them until then).
    cookies: [
      {
        name: 'YSC',
        duration: 'session',
        thirdParty: true,
        purpose: 'Protects the session against abuse.',
      },
      {
        name: 'VISITOR_INFO1_LIVE',
        duration: '6 months',
        thirdParty: true,
        purpose: 'Remembers player settings and detects problems.',
      },
      // Google names PREF without a lifetime in the copy we read; 8 months is from third-party
      // cookie listings.
      {
        name: 'PREF',
        duration: '8 months',
        thirdParty: true,
        purpose: 'Remembers playback preferences.',
      },
    ],
    hosts: ['www.youtube-nocookie.com', 'www.youtube.com', 'i.ytimg.com'],
    sources: [GOOGLE_COOKIES],
  },

  vimeo: {
    name: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    category: 'media',
    purpose: 'Plays embedded videos and reports viewing statistics to the video owner.',
    privacyPolicyUrl: 'https://vimeo.com/privacy',
    cookies: [
      {
        name: 'vuid',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Viewer id for the video owner’s statistics.',
      },
      {
        name: 'player',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Remembers volume, quality and captions.',
      },
    ],
    hosts: ['player.vimeo.com', 'f.vimeocdn.com'],
    sources: ['https://help.vimeo.com/hc/en-us/articles/26080940921361'],
  },

  'google-maps': {
    name: 'Google Maps',
    provider: GOOGLE,
    category: 'media',
    purpose: 'Shows embedded maps; Google receives the visitor’s address and map use.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      {
        name: 'NID',
        duration: '6 months',
        thirdParty: true,
        domain: '.google.com',
        purpose: 'Remembers Google preferences.',
      },
    ],
    hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'www.google.com'],
    sources: [GOOGLE_COOKIES],
  },

  // Classed necessary because it protects the site's forms from abuse; some data protection
  // authorities disagree, and a site may override the category.
  'google-recaptcha': {
    name: 'Google reCAPTCHA',
    provider: GOOGLE,
    category: 'necessary',
    purpose: 'Tells humans from bots to protect forms against spam and abuse.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      // Lifetime from the Open Cookie Database (179 days); not shown in the copy of Google's
      // cookie page we could read.
      {
        name: '_GRECAPTCHA',
        duration: '6 months',
        thirdParty: true,
        purpose: 'Keeps the risk analysis.',
      },
    ],
    hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
    sources: [GOOGLE_COOKIES, OCD],
  },

  stripe: {
    name: 'Stripe',
    provider: 'Stripe Payments Europe, Limited',
    category: 'necessary',
    purpose: 'Processes payments and detects fraud.',
    privacyPolicyUrl: 'https://stripe.com/privacy',
    cookies: [
      { name: '__stripe_mid', duration: '1 year', purpose: 'Device id for fraud prevention.' },
      { name: '__stripe_sid', duration: '30 minutes', purpose: 'Session id for fraud prevention.' },
    ],
    hosts: ['js.stripe.com', 'm.stripe.com', 'm.stripe.network'],
    sources: [
      'https://docs.stripe.com/disputes/prevention/advanced-fraud-detection',
      'https://stripe.com/cookies-policy/legal',
      OCD,
    ],
  },

  // Cloudflare sits in front of the site, so its cookies come from the site's own host; there is
  // no script host to gate.
  cloudflare: {
    name: 'Cloudflare',
    provider: 'Cloudflare, Inc.',
    category: 'necessary',
    purpose: 'Protects the site against bots and attacks and balances load.',
    privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
    cookies: [
      { name: '__cf_bm', duration: '30 minutes', purpose: 'Tells humans from bots.' },
      // 30 minutes is the default "Challenge Passage"; the site owner can change it.
      { name: 'cf_clearance', duration: '30 minutes', purpose: 'Proves a challenge was passed.' },
      { name: '_cfuvid', duration: 'session', purpose: 'Applies rate limits fairly.' },
      { name: '__cflb', duration: 'session', purpose: 'Keeps the visitor on one server.' },
    ],
    hosts: [],
    sources: [
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
      'https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/challenge-passage/',
    ],
  },

  // WordPress core cookies are set by the site itself; the site is their controller.
  wordpress: {
    name: 'WordPress',
    provider: 'This website (WordPress)',
    category: 'necessary',
    purpose: 'Keeps logged-in users signed in and remembers their admin settings.',
    privacyPolicyUrl: 'https://wordpress.org/about/privacy/',
    cookies: [
      // Session unless "Remember Me" was ticked, then 14 days: the longer one is declared.
      { name: 'wordpress_logged_in_<hash>', duration: '14 days', purpose: 'Who is logged in.' },
      { name: 'wordpress_sec_<hash>', duration: '14 days', purpose: 'Login over HTTPS.' },
      { name: 'wordpress_<hash>', duration: '14 days', purpose: 'Login to the admin area.' },
      { name: 'wordpress_test_cookie', duration: 'session', purpose: 'Checks cookies work.' },
      { name: 'wp-settings-<uid>', duration: '1 year', purpose: 'Admin screen settings.' },
      { name: 'wp-settings-time-<uid>', duration: '1 year', purpose: 'When settings were saved.' },
    ],
    hosts: [],
    sources: ['https://developer.wordpress.org/advanced-administration/wordpress/cookies/'],
  },

  'wordpress-comments': {
    name: 'WordPress comments',
    provider: 'This website (WordPress)',
    category: 'preferences',
    purpose: 'Remembers a commenter’s name, email and website for the next comment.',
    privacyPolicyUrl: 'https://wordpress.org/about/privacy/',
    // 30000000 seconds (≈ 347 days) is WordPress's `comment_cookie_lifetime` default.
    cookies: [
      { name: 'comment_author_<hash>', duration: 30000000, purpose: 'The commenter’s name.' },
      {
        name: 'comment_author_email_<hash>',
        duration: 30000000,
        purpose: 'The commenter’s email.',
      },
      {
        name: 'comment_author_url_<hash>',
        duration: 30000000,
        purpose: 'The commenter’s website.',
      },
    ],
    hosts: [],
    sources: [
      'https://developer.wordpress.org/advanced-administration/wordpress/cookies/',
      'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/comment.php',
    ],
  },

  'php-session': {
    name: 'PHP session',
    provider: 'This website',
    category: 'necessary',
    purpose: 'Keeps the visitor’s session on the server between pages.',
    privacyPolicyUrl: 'https://www.php.net/privacy.php',
    cookies: [{ name: 'PHPSESSID', duration: 'session', purpose: 'The session id.' }],
    hosts: [],
    sources: ['https://www.php.net/manual/en/session.configuration.php', OCD],
  },

  // The storefront cookies a shop cannot work without. Shopify's analytics and marketing cookies
  // (`_shopify_y`, `_shopify_s`, `_landing_page`, …) belong in a separate, consented service;
  // their lifetimes differ between the copies of Shopify's list we found, so none are listed.
  shopify: {
    name: 'Shopify',
    provider: 'Shopify International Limited',
    category: 'necessary',
    purpose: 'Runs the shop: cart, checkout, login and privacy settings.',
    privacyPolicyUrl: 'https://www.shopify.com/legal/privacy',
    cookies: [
      { name: 'cart', duration: '2 weeks', purpose: 'The shopping cart.' },
      { name: 'cart_sig', duration: '2 weeks', purpose: 'Checks the cart is intact.' },
      { name: 'cart_ts', duration: '2 weeks', purpose: 'Used in checkout.' },
      { name: 'cart_ver', duration: '2 weeks', purpose: 'The cart version.' },
      { name: 'cart_currency', duration: '2 weeks', purpose: 'The cart currency.' },
      { name: '_secure_session_id', duration: '24 hours', purpose: 'The checkout session.' },
      { name: '_shopify_essential', duration: '1 year', purpose: 'Essential shop data.' },
      { name: '_tracking_consent', duration: '1 year', purpose: 'The privacy choice.' },
      { name: '_cmp_a', duration: '1 day', purpose: 'Privacy settings.' },
      { name: 'keep_alive', duration: '2 weeks', purpose: 'Buyer localisation.' },
      { name: 'localization', duration: '2 weeks', purpose: 'The shop country and language.' },
    ],
    hosts: ['cdn.shopify.com'],
    sources: ['https://www.shopify.com/legal/cookies', OCD],
  },

  segment: {
    name: 'Segment',
    provider: 'Twilio Inc. (Segment)',
    category: 'analytics',
    purpose: 'Collects visitor events and forwards them to the site owner’s analytics tools.',
    privacyPolicyUrl: 'https://www.twilio.com/en-us/legal/privacy',
    // Segment documents the names; the 1-year lifetime is Analytics.js's default and was not
    // confirmed on a Segment page.
    cookies: [
      { name: 'ajs_anonymous_id', duration: '1 year', purpose: 'Anonymous visitor id.' },
      { name: 'ajs_user_id', duration: '1 year', purpose: 'The signed-in user id.' },
      { name: 'ajs_group_id', duration: '1 year', purpose: 'The account or group id.' },
    ],
    hosts: ['cdn.segment.com', 'api.segment.io'],
    sources: [
      'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript/identity',
      'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript/cookie-validity-update',
    ],
  },

  mixpanel: {
    name: 'Mixpanel',
    provider: 'Mixpanel, Inc.',
    category: 'analytics',
    purpose: 'Measures how visitors use the product and reports to the site owner.',
    privacyPolicyUrl: 'https://mixpanel.com/legal/privacy-policy/',
    // `cookie_expiration: 365` (days) is the default in the Mixpanel browser SDK's config.
    cookies: [{ name: 'mp_<token>_mixpanel', duration: '365 days', purpose: 'Visitor id.' }],
    hosts: ['cdn.mxpnl.com', 'api-js.mixpanel.com'],
    sources: [
      'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
      'https://github.com/mixpanel/mixpanel-js/blob/master/src/mixpanel-core.js',
    ],
  },

  amplitude: {
    name: 'Amplitude',
    provider: 'Amplitude, Inc.',
    category: 'analytics',
    purpose: 'Measures how visitors use the product and reports to the site owner.',
    privacyPolicyUrl: 'https://amplitude.com/privacy',
    // Amplitude names the cookies (`AMP_` plus the first 10 characters of the API key); the
    // 1-year lifetime is the SDK's default and was not confirmed on an Amplitude page.
    cookies: [
      { name: 'AMP_MKTG_<key>', duration: '1 year', purpose: 'Campaign attribution.' },
      { name: 'AMP_<key>', duration: '1 year', purpose: 'Device, user and session ids.' },
    ],
    hosts: ['cdn.amplitude.com', 'api2.amplitude.com'],
    sources: ['https://amplitude.com/docs/get-started/cookies-and-consent-management'],
  },

  plausible: {
    name: 'Plausible Analytics',
    provider: 'Plausible Insights OÜ',
    category: 'analytics',
    purpose: 'Counts visits without cookies and without identifying visitors.',
    privacyPolicyUrl: 'https://plausible.io/privacy',
    // Cookieless by design: Plausible stores nothing on the device. Whether it needs consent at
    // all is the site owner's legal call; the category is a suggestion.
    cookies: [],
    hosts: ['plausible.io'],
    sources: ['https://plausible.io/data-policy'],
  },

  crisp: {
    name: 'Crisp',
    provider: 'Crisp IM SAS',
    category: 'preferences',
    purpose: 'Provides the chat box and keeps the conversation across pages and visits.',
    privacyPolicyUrl: 'https://crisp.chat/en/privacy/',
    // The cookie name contains slashes, which browsers store percent-encoded.
    cookies: [
      {
        name: 'crisp-client%2Fsession%2F<website_id>',
        duration: '6 months',
        purpose: 'Keeps the chat session.',
      },
    ],
    hosts: ['client.crisp.chat', 'client.relay.crisp.chat'],
    sources: [
      'https://help.crisp.chat/en/article/crisp-chatbox-cookie-ip-policy-1147xor/',
      'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies/',
    ],
  },
} satisfies Record<string, Preset>

/** The id of a preset in the catalogue. */
export type PresetId = keyof typeof presets
