import type { Preset } from '../types'

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
const ADOBE = 'Adobe Systems Software Ireland Limited'
const ADOBE_PRIVACY = 'https://www.adobe.com/privacy/policy.html'

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
  // Campaign Manager 360 and Display & Video 360 (the DoubleClick products): Floodlight
  // conversion tags and the ad-serving cookies on doubleclick.net.
  'google-doubleclick': {
    name: 'Google Campaign Manager 360 (DoubleClick)',
    provider: GOOGLE,
    category: 'marketing',
    purpose: 'Serves Google display ads, limits how often they show and measures conversions.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      // Lifetimes as Google's advertising-cookie page gives them as far as we know it (13 months
      // in the EEA and the UK, 24 elsewhere; the EEA value is used). The stored copies we could
      // search did not include that table; the Open Cookie Database agrees on the names.
      {
        name: 'IDE',
        duration: '13 months',
        thirdParty: true,
        domain: '.doubleclick.net',
        purpose: 'Identifies the browser for ad delivery and measurement.',
      },
      {
        name: 'test_cookie',
        duration: '15 minutes',
        thirdParty: true,
        domain: '.doubleclick.net',
        purpose: 'Checks whether the browser accepts cookies.',
      },
      {
        name: 'DSID',
        duration: '2 weeks',
        thirdParty: true,
        domain: '.doubleclick.net',
        purpose: 'Links a signed-in Google account so that its ad settings apply.',
      },
    ],
    hosts: ['ad.doubleclick.net', 'fls.doubleclick.net', 'www.googletagmanager.com'],
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    sources: ['https://business.safety.google/adscookies/', GOOGLE_COOKIES, OCD],
  },

  'google-adsense': {
    name: 'Google AdSense',
    provider: GOOGLE,
    category: 'marketing',
    purpose: 'Shows Google ads on the site, personalised where allowed, and pays the site owner.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: '__gads', duration: '13 months', purpose: 'Measures ad views and limits repeats.' },
      { name: '__gpi', duration: '13 months', purpose: 'Identifies the browser for ads.' },
      // Lifetimes as we know Google's advertising-cookie page, whose table we could not read here:
      // 13 months for `__gads` and `__gpi`, 6 for `__eoi` (the Open Cookie Database says 3; the
      // longer is declared).
      { name: '__eoi', duration: '6 months', purpose: 'Detects fraud and abuse of ads.' },
    ],
    hosts: [
      'pagead2.googlesyndication.com',
      'tpc.googlesyndication.com',
      'googleads.g.doubleclick.net',
    ],
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    sources: ['https://business.safety.google/adscookies/', OCD],
  },

  // Publishers' ad server (formerly DoubleClick for Publishers); it sets the same first-party
  // cookies as AdSense, so a site running both declares them once, under either service.
  'google-ad-manager': {
    name: 'Google Ad Manager',
    provider: GOOGLE,
    category: 'marketing',
    purpose: 'Serves the ads the site sells, through Google, personalised where allowed.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: '__gads', duration: '13 months', purpose: 'Measures ad views and limits repeats.' },
      { name: '__gpi', duration: '13 months', purpose: 'Identifies the browser for ads.' },
      { name: '__eoi', duration: '6 months', purpose: 'Detects fraud and abuse of ads.' },
    ],
    hosts: ['securepubads.g.doubleclick.net', 'pagead2.googlesyndication.com'],
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    sources: ['https://business.safety.google/adscookies/', OCD],
  },

  // Google Fonts sets no cookie, but every page view sends the visitor's IP address to Google;
  // a German court (LG München I, 3 O 17493/20, January 2022) held that this needs consent.
  // That makes it third-party content like an embed, hence "media" rather than "preferences"
  // (it remembers nothing) or "necessary" (the page works with fallback fonts). Self-hosting the
  // fonts removes the question altogether.
  'google-fonts': {
    name: 'Google Fonts',
    provider: GOOGLE,
    category: 'media',
    purpose: 'Delivers web fonts; Google receives the visitor’s IP address with each request.',
    privacyPolicyUrl: GOOGLE_PRIVACY,
    cookies: [],
    hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
    sources: ['https://developers.google.com/fonts/faq/privacy'],
  },

  // --- Adobe Experience Cloud ----------------------------------------------------------------

  'adobe-analytics': {
    name: 'Adobe Analytics',
    provider: ADOBE,
    category: 'analytics',
    purpose: 'Measures how visitors use the site and reports statistics to the site owner.',
    privacyPolicyUrl: ADOBE_PRIVACY,
    cookies: [
      { name: 's_cc', duration: 'session', purpose: 'Checks that cookies are enabled.' },
      { name: 's_sq', duration: 'session', purpose: 'Remembers the last link clicked.' },
      // Adobe's page, as we know it, says 2 years; the Open Cookie Database says 5.
      { name: 's_fid', duration: '2 years', purpose: 'Fallback visitor id.' },
      { name: 's_ecid', duration: '2 years', purpose: 'Copy of the Experience Cloud id.' },
      // The Experience Cloud Identity Service cookies; `<org>` is the Adobe organisation id
      // (`…@AdobeOrg`, stored percent-encoded).
      { name: 'AMCV_<org>', duration: '2 years', purpose: 'The Experience Cloud visitor id.' },
      { name: 'AMCVS_<org>', duration: 'session', purpose: 'Marks that the session started.' },
      {
        name: 's_vi',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Visitor id on Adobe’s data collection domain.',
      },
    ],
    // Data goes to a tracking server per customer: `<company>.sc.omtrdc.net` or
    // `<company>.112.2o7.net`, or a first-party CNAME. The shared parent domains are listed.
    hosts: ['omtrdc.net', '2o7.net'],
    sources: [
      'https://experienceleague.adobe.com/docs/core-services/interface/data-collection/cookies/analytics.html',
      'https://experienceleague.adobe.com/docs/id-service/using/intro/cookies.html',
      OCD,
    ],
  },

  'adobe-target': {
    name: 'Adobe Target',
    provider: ADOBE,
    category: 'analytics',
    purpose: 'Runs A/B tests and personalises page content from past visits.',
    privacyPolicyUrl: ADOBE_PRIVACY,
    cookies: [
      // Adobe gives each value inside `mbox` its own expiry; 2 years for the cookie as a whole is
      // the Open Cookie Database's figure.
      { name: 'mbox', duration: '2 years', purpose: 'Visitor and session ids for tests.' },
      { name: 'at_check', duration: 'session', purpose: 'Checks that cookies are enabled.' },
    ],
    // at.js calls `<client code>.tt.omtrdc.net`; the shared parent domain is listed.
    hosts: ['tt.omtrdc.net'],
    sources: [
      'https://experienceleague.adobe.com/docs/target/using/cookies/target-cookies.html',
      OCD,
    ],
  },

  // A tag loader like Google Tag Manager: the library stores nothing itself; each extension it
  // runs needs its own consent. See the note on `google-tag-manager`.
  'adobe-launch': {
    name: 'Adobe Experience Platform Tags (Launch)',
    provider: ADOBE,
    category: 'necessary',
    purpose: 'Loads the tags the site owner configured; stores nothing itself.',
    privacyPolicyUrl: ADOBE_PRIVACY,
    cookies: [],
    hosts: ['assets.adobedtm.com'],
    sources: ['https://experienceleague.adobe.com/docs/experience-platform/tags/home.html'],
  },

  // --- Analytics, session replay and monitoring ------------------------------------------------

  'yandex-metrica': {
    name: 'Yandex Metrica',
    provider: 'YANDEX LLC',
    category: 'analytics',
    purpose: 'Measures how visitors use the site and records sessions for replay.',
    privacyPolicyUrl: 'https://yandex.com/legal/confidential/',
    cookies: [
      { name: '_ym_uid', duration: '1 year', purpose: 'Tells visitors apart.' },
      { name: '_ym_d', duration: '1 year', purpose: 'The date of the first visit.' },
      { name: '_ym_isad', duration: '2 days', purpose: 'Whether an ad blocker is active.' },
      // Older tags append the counter id to this name.
      { name: '_ym_visorc*', duration: '30 minutes', purpose: 'Keeps Session Replay working.' },
      {
        name: '_ym_metrika_enabled',
        duration: '60 minutes',
        purpose: 'Checks the other cookies were set.',
      },
      { name: '_ym_hostIndex', duration: '1 day', purpose: 'Limits the number of requests.' },
      {
        name: 'yandexuid',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Identifies the browser across Yandex services.',
      },
      {
        name: 'ymex',
        duration: '1 year',
        thirdParty: true,
        purpose: 'When Yandex ids were created.',
      },
    ],
    hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.webvisor.org', 'mc.webvisor.com'],
    sources: ['https://yandex.com/support/metrica/general/cookie-usage.html', OCD],
  },

  'baidu-tongji': {
    name: 'Baidu Tongji (Baidu Analytics)',
    provider: 'Beijing Baidu Netcom Science and Technology Co., Ltd.',
    category: 'analytics',
    purpose: 'Measures how visitors use the site and reports statistics to the site owner.',
    privacyPolicyUrl: 'https://www.baidu.com/duty/yinsiquan.html',
    // We found no cookie list from Baidu itself; names and lifetimes are the Open Cookie
    // Database's. `<site>` is the 32-character site key.
    cookies: [
      { name: 'Hm_lvt_<site>', duration: '1 year', purpose: 'When the visitor came before.' },
      { name: 'Hm_lpvt_<site>', duration: 'session', purpose: 'The time of the last page view.' },
      {
        name: 'HMACCOUNT',
        duration: '1 year',
        thirdParty: true,
        purpose: 'Identifies the browser across sites using Baidu.',
      },
    ],
    hosts: ['hm.baidu.com'],
    sources: [OCD],
  },

  heap: {
    name: 'Heap',
    provider: 'Heap Inc.',
    category: 'analytics',
    purpose: 'Records every click and page view so the site owner can analyse product use.',
    privacyPolicyUrl: 'https://www.heap.io/privacy',
    // heap.js v4 sets the `_hp2_` cookies, v5 the `_hp5_` ones. Heap's current table says
    // "13 months minus 1 day"; 13 months is declared.
    cookies: [
      { name: '_hp2_id.<app_id>', duration: '13 months', purpose: 'User and session ids.' },
      {
        name: '_hp2_ses_props.<app_id>',
        duration: '30 minutes',
        purpose: 'Properties of the current session.',
      },
      { name: '_hp2_props.<app_id>', duration: '13 months', purpose: 'Event properties.' },
      { name: '_hp5_meta.<app_id>', duration: '13 months', purpose: 'User and session ids.' },
      { name: '_hp5_event_props.<app_id>', duration: '13 months', purpose: 'Event properties.' },
    ],
    hosts: ['cdn.heapanalytics.com', 'heapanalytics.com'],
    sources: [
      'https://help.heap.io/data-privacy/data-privacy-faqs/what-cookies-does-heap-set-and-what-are-they-used-for/',
    ],
  },

  fullstory: {
    name: 'FullStory',
    provider: 'FullStory, Inc.',
    category: 'analytics',
    purpose: 'Records visitors’ sessions for replay and analysis by the site owner.',
    privacyPolicyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
    // FullStory's article names the three cookies but gives no lifetimes; these are the
    // commonly reported ones (fs_uid "typically 1 year"), not confirmed by FullStory.
    cookies: [
      { name: 'fs_uid', duration: '1 year', purpose: 'Tells visitors and sessions apart.' },
      { name: 'fs_lua', duration: '30 minutes', purpose: 'The time of the last action.' },
      { name: 'fs_cid', duration: '1 year', purpose: 'The visitor’s consent state.' },
    ],
    hosts: ['edge.fullstory.com', 'rs.fullstory.com'],
    sources: [
      'https://help.fullstory.com/hc/en-us/articles/360020829513-Why-Fullstory-uses-First-Party-Cookies',
    ],
  },

  mouseflow: {
    name: 'Mouseflow',
    provider: 'Mouseflow ApS',
    category: 'analytics',
    purpose: 'Records visitors’ sessions for heatmaps and replays.',
    privacyPolicyUrl: 'https://mouseflow.com/legal/company/privacy-policy/',
    cookies: [
      { name: 'mf_<website_id>', duration: 'session', purpose: 'Groups page views into a visit.' },
      { name: 'mf_user', duration: '90 days', purpose: 'Marks a returning visitor.' },
    ],
    // The script's host is documented; the recording host is as commonly observed.
    hosts: ['cdn.mouseflow.com', 'o2.mouseflow.com'],
    sources: ['https://help.mouseflow.com/en/articles/4282966-what-is-your-cookie-policy'],
  },

  'lucky-orange': {
    name: 'Lucky Orange',
    provider: 'Lucky Orange LLC',
    category: 'analytics',
    purpose: 'Records visitors’ sessions for heatmaps and replays, and runs chat and polls.',
    privacyPolicyUrl: 'https://www.luckyorange.com/privacy',
    // The current browser library sets the three `lo-` cookies (Lucky Orange's own table) and keeps
    // the rest in localStorage without expiry. The `_lo_` and `__lo` cookies are the older
    // script's, with the Open Cookie Database's lifetimes.
    cookies: [
      { name: 'lo-uid', duration: '2 years', purpose: 'Tells visitors apart.' },
      { name: 'lo-visits', duration: '2 years', purpose: 'Counts the visitor’s visits.' },
      { name: 'lo-opt-out', duration: '2 years', purpose: 'Remembers an opt-out.' },
      { name: '_lo_uid', duration: '2 years', purpose: 'Tells visitors apart (older script).' },
      { name: '_lo_v', duration: '1 year', purpose: 'Counts visits (older script).' },
      { name: '_lo_rid', duration: '30 minutes', purpose: 'The current recording (older script).' },
      { name: '_lo_cid', duration: 'session', purpose: 'The current chat (older script).' },
      { name: '_lo_np_<poll>', duration: '30 days', purpose: 'Hides a poll already answered.' },
      { name: '_lo_bn', duration: '30 days', purpose: 'Marks a visitor banned from tracking.' },
      { name: '__lotl', duration: '180 days', purpose: 'The first landing page.' },
      { name: '__lotr', duration: '180 days', purpose: 'The first referrer.' },
      {
        name: '_global_lucky_opt_out',
        duration: '10 years',
        purpose: 'Remembers an opt-out (older script).',
      },
    ],
    // The loader host is certain; the two data hosts are as commonly observed, not documented.
    hosts: ['tools.luckyorange.com', 'settings.luckyorange.net', 'upload.luckyorange.net'],
    sources: ['https://developers.luckyorange.com/libraries/browser/cookies-storage', OCD],
  },

  'crazy-egg': {
    name: 'Crazy Egg',
    provider: 'Crazy Egg, Inc.',
    category: 'analytics',
    purpose: 'Records clicks and scrolling for heatmaps and recordings, and runs A/B tests.',
    privacyPolicyUrl: 'https://www.crazyegg.com/privacy',
    // Names and lifetimes as the Open Cookie Database lists them for the tracking script.
    cookies: [
      { name: '_ce.s', duration: '1 year', purpose: 'The recording session.' },
      { name: '_ceir', duration: '1 year', purpose: 'Marks a returning visitor.' },
      { name: '_CEFT', duration: '1 year', purpose: 'The A/B test variant shown.' },
      { name: '_ce.irv', duration: 'session', purpose: 'Whether the visitor is returning.' },
      { name: '_ce.clock_event', duration: '1 day', purpose: 'Limits clock requests.' },
      { name: '_ce.clock_data', duration: '1 day', purpose: 'The clock offset to the server.' },
    ],
    hosts: ['script.crazyegg.com'],
    sources: [OCD],
  },

  parsely: {
    name: 'Parse.ly',
    provider: 'Parse.ly, Inc. (WPVIP)',
    category: 'analytics',
    purpose: 'Measures which articles visitors read, for the publisher’s editorial statistics.',
    privacyPolicyUrl: 'https://www.parse.ly/privacy-policy',
    cookies: [
      { name: '_parsely_visitor', duration: '13 months', purpose: 'Tells visitors apart.' },
      { name: '_parsely_session', duration: '30 minutes', purpose: 'Keeps the session.' },
      {
        name: '_parsely_tpa_blocked',
        duration: '12 hours',
        purpose: 'Whether Parse.ly’s pixel is blocked.',
      },
    ],
    hosts: ['cdn.parsely.com', 'p1.parsely.com'],
    sources: ['https://www.parse.ly/privacy-policy', OCD],
  },

  quantcast: {
    name: 'Quantcast Measure',
    provider: 'Quantcast International Limited',
    category: 'marketing',
    purpose: 'Measures audiences across sites and builds audience segments for advertising.',
    privacyPolicyUrl: 'https://www.quantcast.com/privacy/',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      { name: '__qca', duration: '1 year', purpose: 'Identifies the browser for measurement.' },
      {
        name: 'mc',
        duration: '13 months',
        thirdParty: true,
        domain: '.quantserve.com',
        purpose: 'Identifies the browser across sites.',
      },
      {
        name: 'd',
        duration: '13 months',
        thirdParty: true,
        domain: '.quantserve.com',
        purpose: 'Identifies the browser across sites.',
      },
    ],
    hosts: [
      'secure.quantserve.com',
      'pixel.quantserve.com',
      'edge.quantserve.com',
      'rules.quantcount.com',
    ],
    sources: ['https://www.quantcast.com/privacy/', OCD],
  },

  comscore: {
    name: 'Comscore (Scorecard Research)',
    provider: 'comScore, Inc.',
    category: 'marketing',
    purpose: 'Measures audiences across sites for media ratings and advertising.',
    privacyPolicyUrl: 'https://www.scorecardresearch.com/privacy.aspx',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 'UID',
        duration: '2 years',
        thirdParty: true,
        domain: '.scorecardresearch.com',
        purpose: 'Identifies the browser across measured sites.',
      },
      {
        name: 'UIDR',
        duration: '2 years',
        thirdParty: true,
        domain: '.scorecardresearch.com',
        purpose: 'Backs up the browser id.',
      },
      {
        name: 'XID',
        duration: '1 year',
        thirdParty: true,
        domain: '.scorecardresearch.com',
        purpose: 'Identifies the device.',
      },
      {
        name: 'PID',
        duration: '1 year',
        thirdParty: true,
        domain: '.scorecardresearch.com',
        purpose: 'The measured site or advertiser.',
      },
    ],
    hosts: ['sb.scorecardresearch.com'],
    sources: ['https://www.scorecardresearch.com/privacy.aspx', OCD],
  },

  'new-relic-browser': {
    name: 'New Relic Browser',
    provider: 'New Relic, Inc.',
    category: 'analytics',
    purpose: 'Measures page speed and errors in visitors’ browsers for the site’s developers.',
    privacyPolicyUrl: 'https://newrelic.com/termsandconditions/privacy',
    // Current agents keep their session id in localStorage rather than cookies (older agents set
    // `JSESSIONID` and `NREUM` on New Relic's domain). A session ends after 4 hours at most, or 30
    // idle minutes; 4 hours is declared. New Relic's page does not name the key: the name is the
    // browser agent's, as we know it from its source, unverified here.
    cookies: [
      {
        name: 'NRBA_SESSION',
        storage: 'localStorage',
        duration: '4 hours',
        purpose: 'Ties page views to one session.',
      },
    ],
    hosts: ['js-agent.newrelic.com', 'bam.nr-data.net', 'bam.eu01.nr-data.net'],
    sources: [
      'https://docs.newrelic.com/docs/browser/browser-monitoring/page-load-timing-resources/cookie-collection-session-tracking/',
      'https://docs.newrelic.com/docs/release-notes/new-relic-browser-release-notes/browser-agent-release-notes/browser-agent-v1169/',
    ],
  },

  // Error reports keep the site working, so this suggests "necessary", as many consent tools do.
  // A site that turns on Session Replay records visitors' sessions and should file Sentry under
  // "analytics" instead.
  sentry: {
    name: 'Sentry',
    provider: 'Functional Software, Inc. (Sentry)',
    category: 'necessary',
    purpose: 'Reports errors in the page to the site’s developers.',
    privacyPolicyUrl: 'https://sentry.io/privacy/',
    // The key name is the Session Replay SDK's, as we know it from its source; Sentry's pages we
    // could search do not name it.
    cookies: [
      {
        name: 'sentryReplaySession',
        storage: 'sessionStorage',
        duration: 'session',
        purpose: 'The Session Replay in progress, if replay is on.',
      },
    ],
    // Events go to `o<org>.ingest.sentry.io` (or `.ingest.us.` / `.ingest.de.`); the shared
    // parent domains are listed.
    hosts: [
      'browser.sentry-cdn.com',
      'js.sentry-cdn.com',
      'ingest.sentry.io',
      'ingest.us.sentry.io',
      'ingest.de.sentry.io',
    ],
    sources: [
      'https://docs.sentry.io/platforms/javascript/session-replay/',
      'https://docs.sentry.io/security-legal-pii/',
    ],
  },

  'datadog-rum': {
    name: 'Datadog Real User Monitoring',
    provider: 'Datadog, Inc.',
    category: 'analytics',
    purpose: 'Measures page speed, errors and visitor journeys for the site’s developers.',
    privacyPolicyUrl: 'https://www.datadoghq.com/legal/privacy/',
    // A session expires after 15 minutes without activity and lasts 4 hours at most, per
    // Datadog; 4 hours is declared. Datadog's page says it uses cookies without naming them:
    // the name `_dd_s` is the browser SDK's, unverified on a Datadog page.
    cookies: [{ name: '_dd_s', duration: '4 hours', purpose: 'The current RUM session.' }],
    hosts: [
      'www.datadoghq-browser-agent.com',
      'browser-intake-datadoghq.com',
      'browser-intake-datadoghq.eu',
      'browser-intake-us3-datadoghq.com',
      'browser-intake-us5-datadoghq.com',
    ],
    sources: ['https://docs.datadoghq.com/account_management/billing/rum/'],
  },

  'cloudflare-web-analytics': {
    name: 'Cloudflare Web Analytics',
    provider: 'Cloudflare, Inc.',
    category: 'analytics',
    purpose: 'Counts visits and measures page speed without cookies.',
    privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
    // Cookieless by design, like Plausible; whether it needs consent is the site owner's call.
    cookies: [],
    hosts: ['static.cloudflareinsights.com', 'cloudflareinsights.com'],
    sources: ['https://developers.cloudflare.com/web-analytics/about/'],
  },

  contentsquare: {
    name: 'Contentsquare',
    provider: 'Contentsquare SAS',
    category: 'analytics',
    purpose: 'Records how visitors interact with pages, for zone heatmaps and session replays.',
    privacyPolicyUrl: 'https://contentsquare.com/privacy-center/privacy-policy/',
    cookies: [
      { name: '_cs_id', duration: '13 months', purpose: 'Visitor id and visit count.' },
      // The Open Cookie Database says 1 year; Contentsquare's own table says 30 minutes.
      { name: '_cs_s', duration: '30 minutes', purpose: 'Page views in the session.' },
      { name: '_cs_c', duration: '13 months', purpose: 'The visitor’s consent state.' },
      { name: '_cs_cvars', duration: 'session', purpose: 'Custom variables of the session.' },
      // These two are the Open Cookie Database's; the part of Contentsquare's table we read
      // stopped before them.
      { name: '_cs_ex', duration: '30 days', purpose: 'Excludes the visitor from tracking.' },
      { name: '_cs_optout', duration: '13 months', purpose: 'Remembers an opt-out.' },
    ],
    hosts: ['t.contentsquare.net', 'c.contentsquare.net'],
    sources: ['https://docs.contentsquare.com/en/web/cookies/', OCD],
  },

  // --- Testing and personalisation -------------------------------------------------------------

  optimizely: {
    name: 'Optimizely Web Experimentation',
    provider: 'Optimizely, Inc.',
    category: 'analytics',
    purpose: 'Runs A/B tests on the site and measures which version works better.',
    privacyPolicyUrl: 'https://www.optimizely.com/legal/privacy-notice/',
    // Optimizely's article lists its cookies and localStorage keys, but the part we could read
    // stopped before its table; names and lifetimes are the Open Cookie Database's.
    cookies: [
      { name: 'optimizelyEndUserId', duration: '6 months', purpose: 'Tells visitors apart.' },
      {
        name: 'optimizelyRedirectData',
        duration: '5 seconds',
        purpose: 'Carries data across a redirect test.',
      },
      {
        name: 'optimizelyDomainTestCookie',
        duration: '6 months',
        purpose: 'Finds the domain to set cookies on.',
      },
      { name: 'optimizelyOptOut', duration: '10 years', purpose: 'Remembers an opt-out.' },
    ],
    hosts: ['cdn.optimizely.com', 'logx.optimizely.com'],
    sources: [
      'https://support.optimizely.com/hc/en-us/articles/4410284260365-Cookies-and-localStorage-in-snippets',
      OCD,
    ],
  },

  vwo: {
    name: 'VWO (Visual Website Optimizer)',
    provider: 'Wingify Software Pvt. Ltd.',
    category: 'analytics',
    purpose: 'Runs A/B tests on the site and measures which version works better.',
    privacyPolicyUrl: 'https://vwo.com/privacy-policy/',
    // VWO's table gives 100 days for the `_vis_opt_` cookies and a session for the test cookie;
    // the `_vwo_` lifetimes are the Open Cookie Database's.
    cookies: [
      { name: '_vwo_uuid_v2', duration: '1 year', purpose: 'Tells visitors apart.' },
      { name: '_vwo_uuid', duration: '1 year', purpose: 'Tells visitors apart.' },
      { name: '_vis_opt_s', duration: '100 days', purpose: 'Whether a visitor is returning.' },
      {
        name: '_vis_opt_test_cookie',
        duration: 'session',
        purpose: 'Checks that cookies are enabled.',
      },
      {
        name: '_vis_opt_exp_<campaign>_*',
        duration: '100 days',
        purpose: 'The variation and goals of a test.',
      },
      { name: '_vwo_ds', duration: '2 months', purpose: 'Visit statistics.' },
      { name: '_vwo_sn', duration: '1 day', purpose: 'Session statistics.' },
    ],
    hosts: ['dev.visualwebsiteoptimizer.com'],
    sources: ['https://help.vwo.com/hc/en-us/articles/360033990873', OCD],
  },

  // --- Advertising ---------------------------------------------------------------------------

  criteo: {
    name: 'Criteo',
    provider: 'Criteo SA',
    category: 'marketing',
    purpose: 'Shows retargeting ads based on the products visitors viewed.',
    privacyPolicyUrl: 'https://www.criteo.com/privacy/',
    // Criteo's privacy page names its first-party cookie; the lifetime is not confirmed on a
    // Criteo page we could read. The Open Cookie Database has no Criteo entry.
    cookies: [
      { name: 'cto_bundle', duration: '13 months', purpose: 'Criteo ids kept on the site.' },
    ],
    hosts: ['static.criteo.net', 'dynamic.criteo.com', 'sslwidget.criteo.com', 'gum.criteo.com'],
    sources: ['https://www.criteo.com/privacy/'],
  },

  taboola: {
    name: 'Taboola',
    provider: 'Taboola, Inc.',
    category: 'marketing',
    purpose: 'Shows sponsored content recommendations and measures ad conversions.',
    privacyPolicyUrl: 'https://www.taboola.com/policies/privacy-policy',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 't_gid',
        duration: '13 months',
        thirdParty: true,
        domain: '.taboola.com',
        purpose: 'Identifies the browser for recommendations.',
      },
      {
        name: 't_pt_gid',
        duration: '1 year',
        thirdParty: true,
        domain: '.taboola.com',
        purpose: 'Identifies the browser for attribution.',
      },
      {
        name: 'taboola_session_id',
        duration: 'session',
        thirdParty: true,
        domain: '.taboola.com',
        purpose: 'Avoids repeating recommendations.',
      },
    ],
    hosts: ['cdn.taboola.com', 'trc.taboola.com'],
    sources: ['https://www.taboola.com/policies/privacy-policy', OCD],
  },

  outbrain: {
    name: 'Outbrain',
    provider: 'Outbrain Inc.',
    category: 'marketing',
    purpose: 'Shows sponsored content recommendations and measures ad conversions.',
    privacyPolicyUrl: 'https://www.outbrain.com/privacy/',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 'obuid',
        duration: '3 months',
        thirdParty: true,
        domain: '.outbrain.com',
        purpose: 'Identifies the browser for recommendations.',
      },
      { name: 'obsessionid-<id>', duration: '30 minutes', purpose: 'Keeps the session.' },
      { name: 'recs-<id>', duration: '1 minute', purpose: 'Recently shown recommendations.' },
      {
        name: 'dicbo_id',
        duration: '1 day',
        purpose: 'Attributes conversions without 3P cookies.',
      },
      { name: 'outbrain_dicbo_id', duration: '1 day', purpose: 'Attributes conversions.' },
    ],
    hosts: ['widgets.outbrain.com', 'amplify.outbrain.com', 'tr.outbrain.com', 'odb.outbrain.com'],
    sources: ['https://www.outbrain.com/privacy/cookies/', OCD],
  },

  adroll: {
    name: 'AdRoll',
    provider: 'NextRoll, Inc.',
    category: 'marketing',
    purpose: 'Shows retargeting ads to past visitors and measures conversions.',
    privacyPolicyUrl: 'https://www.adroll.com/about/privacy',
    // AdRoll documents these names; the lifetimes are not confirmed on a page we could read, and
    // the Open Cookie Database has no AdRoll entry.
    cookies: [
      { name: '__adroll_fpc', duration: '1 year', purpose: 'Identifies the browser for ads.' },
      { name: '__ar_v4', duration: '1 year', purpose: 'Conversion and segment data.' },
      {
        name: '__adroll',
        duration: '13 months',
        thirdParty: true,
        domain: '.adroll.com',
        purpose: 'Identifies the browser across sites.',
      },
    ],
    hosts: ['s.adroll.com', 'd.adroll.com'],
    sources: ['https://www.adroll.com/about/privacy'],
  },

  'amazon-ads': {
    name: 'Amazon Ads',
    provider: 'Amazon Europe Core S.à r.l.',
    category: 'marketing',
    purpose: 'Serves and measures Amazon ads, including ads on this site.',
    privacyPolicyUrl:
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 'ad-id',
        duration: '190 days',
        thirdParty: true,
        domain: '.amazon-adsystem.com',
        purpose: 'Identifies the browser for ads.',
      },
      {
        name: 'ad-privacy',
        duration: '5 years',
        thirdParty: true,
        domain: '.amazon-adsystem.com',
        purpose: 'The visitor’s ad preferences.',
      },
    ],
    hosts: ['c.amazon-adsystem.com', 's.amazon-adsystem.com', 'aax.amazon-adsystem.com'],
    sources: [OCD],
  },

  xandr: {
    name: 'Microsoft Invest (Xandr)',
    provider: 'Xandr, Inc. (Microsoft)',
    category: 'marketing',
    purpose: 'Runs real-time ad auctions and identifies the browser to ad buyers.',
    privacyPolicyUrl: MICROSOFT_PRIVACY,
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 'uuid2',
        duration: '90 days',
        thirdParty: true,
        domain: '.adnxs.com',
        purpose: 'Identifies the browser in ad auctions.',
      },
      {
        name: 'anj',
        duration: '90 days',
        thirdParty: true,
        domain: '.adnxs.com',
        purpose: 'Whether the id is synced with partners.',
      },
      {
        name: 'icu',
        duration: '90 days',
        thirdParty: true,
        domain: '.adnxs.com',
        purpose: 'Selects ads and limits repeats.',
      },
      {
        name: 'uids',
        duration: '120 days',
        thirdParty: true,
        domain: '.adnxs.com',
        purpose: 'Ids of partners, synced.',
      },
    ],
    hosts: ['ib.adnxs.com', 'secure.adnxs.com', 'acdn.adnxs.com'],
    sources: [OCD],
  },

  'the-trade-desk': {
    name: 'The Trade Desk',
    provider: 'The Trade Desk, Inc.',
    category: 'marketing',
    purpose: 'Buys ads for advertisers and measures their results across sites.',
    privacyPolicyUrl: 'https://www.thetradedesk.com/general/privacy',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 'TDID',
        duration: '1 year',
        thirdParty: true,
        domain: '.adsrvr.org',
        purpose: 'Identifies the browser for ads.',
      },
      {
        name: 'TDCPM',
        duration: '1 year',
        thirdParty: true,
        domain: '.adsrvr.org',
        purpose: 'Identifies the browser for ads.',
      },
    ],
    hosts: ['js.adsrvr.org', 'insight.adsrvr.org', 'match.adsrvr.org'],
    sources: [OCD],
  },

  'reddit-pixel': {
    name: 'Reddit Pixel',
    provider: 'Reddit, Inc.',
    category: 'marketing',
    purpose: 'Measures ad results on Reddit and builds audiences for ads.',
    privacyPolicyUrl: 'https://www.reddit.com/policies/privacy-policy',
    cookies: [{ name: '_rdt_uuid', duration: '90 days', purpose: 'Tells browsers apart for ads.' }],
    hosts: ['www.redditstatic.com', 'alb.reddit.com', 'pixel-config.reddit.com'],
    sources: ['https://www.reddit.com/policies/cookies', OCD],
  },

  'snapchat-pixel': {
    name: 'Snap Pixel',
    provider: 'Snap B.V.',
    category: 'marketing',
    purpose: 'Measures ad results on Snapchat and builds audiences for ads.',
    privacyPolicyUrl: 'https://values.snap.com/privacy/privacy-policy',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      { name: '_scid', duration: '1 year', purpose: 'Tells browsers apart for ads.' },
      { name: '_scid_r', duration: '13 months', purpose: 'Tells browsers apart for ads.' },
      { name: '_schn', duration: '1 day', purpose: 'Marks a visit for retargeting.' },
      {
        name: 'sc_at',
        duration: '1 year',
        thirdParty: true,
        domain: '.snapchat.com',
        purpose: 'Identifies the browser across sites.',
      },
    ],
    hosts: ['sc-static.net', 'tr.snapchat.com'],
    sources: ['https://snap.com/en-US/cookie-policy', OCD],
  },

  // --- Embedded content and social plugins ------------------------------------------------------

  // The Like and Share buttons, embedded posts and the Page plugin. The cookies are Facebook's
  // own, sent with every plugin request by a visitor who has them; the site cannot delete them.
  'facebook-social-plugins': {
    name: 'Facebook social plugins',
    provider: 'Meta Platforms Ireland Limited',
    category: 'media',
    purpose: 'Shows Like buttons and embedded posts; Facebook learns which pages a visitor reads.',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      {
        name: 'datr',
        duration: '2 years',
        thirdParty: true,
        domain: '.facebook.com',
        purpose: 'Identifies the browser to protect accounts.',
      },
      {
        name: 'sb',
        duration: '2 years',
        thirdParty: true,
        domain: '.facebook.com',
        purpose: 'Identifies the browser for login and safety.',
      },
      {
        name: 'fr',
        duration: '90 days',
        thirdParty: true,
        domain: '.facebook.com',
        purpose: 'Delivers and measures ads.',
      },
    ],
    hosts: ['connect.facebook.net', 'www.facebook.com', 'static.xx.fbcdn.net'],
    sources: ['https://www.facebook.com/privacy/policies/cookies/', OCD],
  },

  'instagram-embed': {
    name: 'Instagram embeds',
    provider: 'Meta Platforms Ireland Limited',
    category: 'media',
    purpose: 'Shows embedded Instagram posts; Instagram learns which pages a visitor reads.',
    privacyPolicyUrl: 'https://privacycenter.instagram.com/policy/',
    // Lifetimes are the Open Cookie Database's; Chromium caps any cookie at 400 days.
    cookies: [
      {
        name: 'ig_did',
        duration: '9 years',
        thirdParty: true,
        domain: '.instagram.com',
        purpose: 'Identifies the browser to Instagram.',
      },
      {
        name: 'mid',
        duration: '9 years',
        thirdParty: true,
        domain: '.instagram.com',
        purpose: 'Identifies the browser to Instagram.',
      },
    ],
    hosts: ['www.instagram.com', 'static.cdninstagram.com', 'scontent.cdninstagram.com'],
    sources: ['https://privacycenter.instagram.com/policies/cookies/', OCD],
  },

  'x-embed': {
    name: 'X (Twitter) embeds',
    provider: 'Twitter International Unlimited Company',
    category: 'media',
    purpose: 'Shows embedded posts, timelines and buttons; X learns which pages a visitor reads.',
    privacyPolicyUrl: 'https://x.com/en/privacy',
    // Lifetimes are the Open Cookie Database's; the cookies live on X's domains.
    cookies: [
      {
        name: 'guest_id',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Identifies a visitor who is not signed in.',
      },
      {
        name: 'personalization_id',
        duration: '2 years',
        thirdParty: true,
        purpose: 'Personalises ads and content on X.',
      },
    ],
    hosts: [
      'platform.twitter.com',
      'syndication.twitter.com',
      'cdn.syndication.twimg.com',
      'pbs.twimg.com',
      'abs.twimg.com',
    ],
    sources: ['https://help.x.com/en/rules-and-policies/x-cookies', OCD],
  },

  spotify: {
    name: 'Spotify embeds',
    provider: 'Spotify AB',
    category: 'media',
    purpose: 'Plays embedded music and podcasts; Spotify learns which pages a visitor reads.',
    privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      {
        name: 'sp_t',
        duration: '2 months',
        thirdParty: true,
        domain: '.spotify.com',
        purpose: 'Identifies the browser to Spotify.',
      },
      {
        name: 'sp_landing',
        duration: '1 day',
        thirdParty: true,
        domain: '.spotify.com',
        purpose: 'The first Spotify page the visitor saw.',
      },
    ],
    hosts: ['open.spotify.com'],
    sources: ['https://www.spotify.com/legal/cookies-policy/', OCD],
  },

  wistia: {
    name: 'Wistia',
    provider: 'Wistia, Inc.',
    category: 'media',
    purpose: 'Plays embedded videos and reports viewing statistics to the video owner.',
    privacyPolicyUrl: 'https://wistia.com/privacy',
    // Wistia says its player tracks sessions with cookies and localStorage unless Privacy Mode is
    // on, but does not name them; the Open Cookie Database's names could not be matched to a
    // Wistia page, so none are declared. Privacy Mode avoids the tracking ones.
    cookies: [],
    hosts: ['fast.wistia.com', 'fast.wistia.net', 'embed-ssl.wistia.com', 'distillery.wistia.com'],
    sources: ['https://wistia.com/support/developers/player-privacy-mode'],
  },

  mapbox: {
    name: 'Mapbox',
    provider: 'Mapbox, Inc.',
    category: 'media',
    purpose: 'Shows interactive maps; Mapbox receives the visitor’s IP address and map use.',
    privacyPolicyUrl: 'https://www.mapbox.com/legal/privacy',
    // Mapbox GL JS sets no cookie. As far as we know from the library (not from a Mapbox page),
    // it keeps an anonymous telemetry id in localStorage with no expiry, which has no lifetime to
    // declare here.
    cookies: [],
    hosts: ['api.mapbox.com', 'events.mapbox.com'],
    sources: ['https://www.mapbox.com/legal/privacy'],
  },

  gravatar: {
    name: 'Gravatar',
    provider: 'Automattic Inc.',
    category: 'media',
    purpose: 'Shows commenters’ profile pictures; Gravatar receives the visitor’s IP address.',
    privacyPolicyUrl: 'https://automattic.com/privacy/',
    // Avatar images set no cookie; each request still reaches Automattic with a hash of the
    // commenter's email address in the URL.
    cookies: [],
    hosts: [
      'secure.gravatar.com',
      'www.gravatar.com',
      '0.gravatar.com',
      '1.gravatar.com',
      '2.gravatar.com',
    ],
    sources: ['https://docs.gravatar.com/', 'https://automattic.com/cookies/'],
  },

  disqus: {
    name: 'Disqus',
    provider: 'Disqus, Inc.',
    category: 'media',
    purpose: 'Provides the comment section; Disqus and its ad partners track readers.',
    privacyPolicyUrl: 'https://disqus.com/privacy-policy/',
    // Disqus's own list names `disqus_unique` and `testCookie` on its domains, and Quantcast and
    // Comscore cookies, all without lifetimes; only the two affiliate-link cookies below have a
    // documented lifetime (the Open Cookie Database's). Add `quantcast` and `comscore` for the rest.
    cookies: [
      {
        name: 'vglnk.Agent.p',
        duration: '1 year',
        thirdParty: true,
        domain: '.disqus.com',
        purpose: 'Affiliate-link tracking.',
      },
      {
        name: 'vglnk.PartnerRfsh.p',
        duration: '1 year',
        thirdParty: true,
        domain: '.disqus.com',
        purpose: 'Affiliate-link tracking.',
      },
    ],
    // The embed loads from `<shortname>.disqus.com`; the shared parent domain is listed.
    hosts: ['disqus.com', 'c.disquscdn.com', 'links.services.disqus.com'],
    sources: ['https://help.disqus.com/customer/portal/articles/466235-use-of-cookies', OCD],
  },

  sharethis: {
    name: 'ShareThis',
    provider: 'ShareThis, Inc.',
    category: 'marketing',
    purpose: 'Shows share buttons and collects browsing data for advertising.',
    privacyPolicyUrl: 'https://sharethis.com/privacy/',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      { name: 'fpestid', duration: '13 months', purpose: 'ShareThis id on the site’s domain.' },
      {
        name: '__stid',
        duration: '1 year',
        thirdParty: true,
        domain: '.sharethis.com',
        purpose: 'Identifies the browser across sites.',
      },
      {
        name: '__stidv',
        duration: '10 years',
        thirdParty: true,
        domain: '.sharethis.com',
        purpose: 'The version of the id.',
      },
    ],
    hosts: [
      'platform-api.sharethis.com',
      'buttons-config.sharethis.com',
      'l.sharethis.com',
      't.sharethis.com',
    ],
    sources: ['https://sharethis.com/privacy/', OCD],
  },

  trustpilot: {
    name: 'Trustpilot widgets',
    provider: 'Trustpilot A/S',
    category: 'media',
    purpose: 'Shows the site’s Trustpilot reviews in an embedded widget.',
    privacyPolicyUrl: 'https://legal.trustpilot.com/for-everyone/end-user-privacy-terms',
    // The widget runs in an iframe on trustpilot.com; what it stores there is Trustpilot's own
    // site cookies, which the Open Cookie Database lists but Trustpilot does not tie to the
    // widget. None are declared.
    cookies: [],
    hosts: ['widget.trustpilot.com', 'invitejs.trustpilot.com'],
    sources: ['https://legal.trustpilot.com/for-everyone/cookie-policy', OCD],
  },

  // --- Chat and support widgets ---------------------------------------------------------------

  zendesk: {
    name: 'Zendesk Web Widget and Chat',
    provider: 'Zendesk, Inc.',
    category: 'preferences',
    purpose: 'Provides the help and chat widget and keeps conversations across pages.',
    privacyPolicyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    cookies: [
      // Zendesk's chat-widget table: both on the site's top host, 365 days.
      { name: '__zlcmid', duration: '365 days', purpose: 'The chat visitor id.' },
      { name: '__zlcprivacy', duration: '365 days', purpose: 'The visitor’s cookie choice.' },
      // From Zendesk's in-product cookie policy as the Open Cookie Database quotes it.
      { name: 'ZD-suid', duration: '20 minutes', purpose: 'The widget session id.' },
    ],
    // Each account has its own `<subdomain>.zendesk.com`; the shared parent domain is listed.
    hosts: ['static.zdassets.com', 'ekr.zdassets.com', 'widget-mediator.zopim.com', 'zendesk.com'],
    sources: [
      'https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget',
      'https://support.zendesk.com/hc/en-us/articles/4408824378650',
      OCD,
    ],
  },

  drift: {
    name: 'Drift',
    provider: 'Salesloft, Inc. (Drift)',
    category: 'marketing',
    purpose: 'Provides a sales chat and identifies returning visitors for the sales team.',
    privacyPolicyUrl: 'https://www.salesloft.com/legal/privacy-notice',
    // The Open Cookie Database lists Drift's cookies only as a `drift_*` family lasting 2 years.
    // `driftt_aid` and `drift_aid` are the anonymous-id cookies as commonly reported, given that
    // family's lifetime; not confirmed on a Drift page we could read.
    cookies: [
      { name: 'driftt_aid', duration: '2 years', purpose: 'Anonymous visitor id.' },
      { name: 'drift_aid', duration: '2 years', purpose: 'Anonymous visitor id.' },
      { name: 'drift_*', duration: '2 years', purpose: 'Other Drift widget cookies.' },
    ],
    hosts: ['js.driftt.com', 'widget.drift.com', 'event.api.drift.com'],
    sources: [OCD],
  },

  'tawk-to': {
    name: 'tawk.to',
    provider: 'tawk.to inc.',
    category: 'preferences',
    purpose: 'Provides the live chat widget and keeps the conversation across pages.',
    privacyPolicyUrl: 'https://www.tawk.to/privacy-policy/',
    // tawk.to's current table. `<property>` is the property id. Its `tawkUUID`, `_tawkuuid`, `ss`
    // and `Tawk_…` cookies are retired since September 2022; `twk_token_…` is a localStorage key
    // without expiry.
    cookies: [
      { name: 'tawk_uuid_<property>', duration: '6 months', purpose: 'Tells chat visitors apart.' },
      { name: 'twk_idm_key', duration: 'session', purpose: 'Manages the chat connection.' },
      {
        name: 'TawkConnectionTime',
        duration: 'session',
        purpose: 'Keeps the widget in step across tabs.',
      },
    ],
    hosts: ['embed.tawk.to', 'va.tawk.to'],
    sources: ['https://help.tawk.to/article/what-are-tawkto-cookies-and-what-do-they-do'],
  },

  livechat: {
    name: 'LiveChat',
    provider: 'Text S.A. (LiveChat)',
    category: 'preferences',
    purpose: 'Provides the live chat widget and keeps the conversation across visits.',
    privacyPolicyUrl: 'https://www.livechat.com/legal/privacy-policy/',
    // Names and lifetimes are the Open Cookie Database's, which places them on livechatinc.com.
    cookies: [
      {
        name: '__lc_cid',
        duration: '3 years',
        thirdParty: true,
        domain: '.livechatinc.com',
        purpose: 'The chat visitor id.',
      },
      {
        name: '__lc_cst',
        duration: '3 years',
        thirdParty: true,
        domain: '.livechatinc.com',
        purpose: 'The chat session token.',
      },
      {
        name: '__lc2_cid',
        duration: '3 years',
        thirdParty: true,
        domain: '.livechatinc.com',
        purpose: 'The chat visitor id.',
      },
      {
        name: '__lc2_cst',
        duration: '3 years',
        thirdParty: true,
        domain: '.livechatinc.com',
        purpose: 'The chat session token.',
      },
    ],
    hosts: ['cdn.livechatinc.com', 'secure.livechatinc.com', 'api.livechatinc.com'],
    sources: [OCD],
  },

  // --- Marketing automation -------------------------------------------------------------------

  klaviyo: {
    name: 'Klaviyo',
    provider: 'Klaviyo, Inc.',
    category: 'marketing',
    purpose: 'Tracks what known shoppers view to send them targeted emails and texts.',
    privacyPolicyUrl: 'https://www.klaviyo.com/legal/privacy/privacy-notice',
    cookies: [{ name: '__kla_id', duration: '2 years', purpose: 'Identifies the visitor.' }],
    hosts: [
      'static.klaviyo.com',
      'static-tracking.klaviyo.com',
      'a.klaviyo.com',
      'fast.a.klaviyo.com',
    ],
    // Two years once the visitor is identified; Safari's tracking prevention shortens it.
    sources: ['https://help.klaviyo.com/hc/en-us/articles/360034666712', OCD],
  },

  activecampaign: {
    name: 'ActiveCampaign site tracking',
    provider: 'ActiveCampaign, LLC',
    category: 'marketing',
    purpose: 'Links page visits to email contacts for marketing automation.',
    privacyPolicyUrl: 'https://www.activecampaign.com/legal/privacy-policy',
    // Lifetimes are the Open Cookie Database's.
    cookies: [
      { name: 'prism_<account>', duration: '30 days', purpose: 'Identifies the visitor.' },
      { name: 'ac_enable_tracking', duration: '30 days', purpose: 'Whether tracking is on.' },
    ],
    hosts: ['trackcmp.net', 'prism.app-us1.com', 'diffuser-cdn.app-us1.com'],
    sources: [OCD],
  },

  'marketo-munchkin': {
    name: 'Marketo (Munchkin)',
    provider: ADOBE,
    category: 'marketing',
    purpose: 'Links page visits to leads in Marketo for marketing automation.',
    privacyPolicyUrl: ADOBE_PRIVACY,
    // Adobe's API reference names the cookie; 2 years is Munchkin's default `cookieLifeDays`
    // (730) as we know it, not shown in the part of the page we read.
    cookies: [{ name: '_mkto_trk', duration: '2 years', purpose: 'Identifies the visitor.' }],
    // Munchkin also posts to `<munchkin id>.mktoresp.com`; the shared parent domain is listed.
    hosts: ['munchkin.marketo.net', 'mktoresp.com'],
    sources: [
      'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/javascriptapi/lead-tracking',
      'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/javascriptapi/leadtracking/api-reference',
    ],
  },

  pardot: {
    name: 'Salesforce Marketing Cloud Account Engagement (Pardot)',
    provider: 'Salesforce, Inc.',
    category: 'marketing',
    purpose: 'Links page visits to prospects in Salesforce for marketing automation.',
    privacyPolicyUrl: 'https://www.salesforce.com/company/privacy/',
    // Salesforce names both cookies without lifetimes. `<account>` is the account id taken from
    // the tracking code. The visitor-cookie lifetime is configurable; 10 years is the default as
    // we know it, unconfirmed. The opt-in cookie's lifetime is the Open Cookie Database's.
    cookies: [
      { name: 'visitor_id<account>', duration: '10 years', purpose: 'Identifies the visitor.' },
      { name: 'pi_opt_in*', duration: '1 year', purpose: 'The visitor’s tracking choice.' },
    ],
    hosts: ['pi.pardot.com', 'cdn.pardot.com', 'go.pardot.com'],
    sources: ['https://www.pardot.com/faqs/administration/pardot-track-activities/', OCD],
  },

  // --- Payments, sign-in and security --------------------------------------------------------

  // The widget runs in an iframe on challenges.cloudflare.com and stores nothing on the site.
  'cloudflare-turnstile': {
    name: 'Cloudflare Turnstile',
    provider: 'Cloudflare, Inc.',
    category: 'necessary',
    purpose: 'Tells humans from bots to protect forms, without a puzzle for most visitors.',
    privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
    // Cloudflare's cookie page lists no cookie that Turnstile sets on the site's domain.
    cookies: [],
    hosts: ['challenges.cloudflare.com'],
    sources: [
      'https://developers.cloudflare.com/turnstile/',
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
    ],
  },

  paypal: {
    name: 'PayPal',
    provider: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.',
    category: 'necessary',
    purpose: 'Processes payments made with PayPal and detects fraud.',
    privacyPolicyUrl: 'https://www.paypal.com/webapps/mpp/ua/privacy-full',
    // The checkout buttons run in iframes on paypal.com. Names and lifetimes are the Open Cookie
    // Database's.
    cookies: [
      {
        name: 'ts',
        duration: '3 years',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'Fraud prevention.',
      },
      {
        name: 'ts_c',
        duration: '3 years',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'Fraud prevention.',
      },
      {
        name: 'tsrce',
        duration: 'session',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'The PayPal product in use.',
      },
      {
        name: 'x-pp-s',
        duration: 'session',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'Keeps the payment session.',
      },
      {
        name: 'nsid',
        duration: 'session',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'Fraud detection.',
      },
      {
        name: 'l7_az',
        duration: '1 day',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'Routes the login to a data centre.',
      },
      {
        name: 'enforce_policy',
        duration: '1 year',
        thirdParty: true,
        domain: '.paypal.com',
        purpose: 'Which privacy rules apply.',
      },
    ],
    hosts: ['www.paypal.com', 'www.paypalobjects.com'],
    sources: [OCD],
  },

  auth0: {
    name: 'Auth0',
    provider: 'Okta, Inc. (Auth0)',
    category: 'necessary',
    purpose: 'Signs users in and keeps them signed in.',
    privacyPolicyUrl: 'https://www.okta.com/privacy-policy/',
    cookies: [
      // Set by the Auth0 single-page-app SDK on the site; it lasts `sessionCheckExpiryDays`,
      // 1 day by default (the SDK's documented option, not re-read here).
      {
        name: 'auth0.<client_id>.is.authenticated',
        duration: '1 day',
        purpose: 'Whether to check for a login session.',
      },
      {
        name: '_legacy_auth0.<client_id>.is.authenticated',
        duration: '1 day',
        purpose: 'The same, for older browsers.',
      },
      // On the tenant's domain (`<tenant>.auth0.com` or a custom one). Auth0 names these; the
      // lifetimes are the Open Cookie Database's.
      {
        name: 'auth0',
        duration: 'session',
        thirdParty: true,
        purpose: 'The Auth0 login session.',
      },
      {
        name: 'auth0_compat',
        duration: 'session',
        thirdParty: true,
        purpose: 'The login session, for older browsers.',
      },
      { name: 'did', duration: 'session', thirdParty: true, purpose: 'Device id against attacks.' },
      {
        name: 'did_compat',
        duration: 'session',
        thirdParty: true,
        purpose: 'Device id, for older browsers.',
      },
    ],
    // Each tenant has its own `<tenant>.auth0.com` (or a regional one); the shared parent domain
    // is listed.
    hosts: ['cdn.auth0.com', 'auth0.com'],
    sources: [
      'https://auth0.com/docs/manage-users/cookies/authentication-api-cookies',
      'https://auth0.github.io/auth0-spa-js/interfaces/Auth0ClientOptions.html',
      OCD,
    ],
  },

  // Akamai sits in front of the site, so its cookies come from the site's own host.
  'akamai-bot-manager': {
    name: 'Akamai Bot Manager',
    provider: 'Akamai Technologies, Inc.',
    category: 'necessary',
    purpose: 'Tells humans from bots to protect the site against automated abuse.',
    privacyPolicyUrl:
      'https://www.akamai.com/legal/compliance/privacy-trust-center/privacy-statement',
    // We could read no Akamai page with these lifetimes. The Open Cookie Database says "1 hour or
    // longer" for ak_bmsc and bm_sv and "session" for _abck; browsers commonly show _abck kept for
    // a year and bm_sz for 4 hours. The longer values are declared; verify before relying.
    cookies: [
      { name: '_abck', duration: '1 year', purpose: 'The bot-detection verdict.' },
      { name: 'bm_sz', duration: '4 hours', purpose: 'Bot-detection session data.' },
      { name: 'ak_bmsc', duration: '2 hours', purpose: 'Bot-detection session data.' },
      { name: 'bm_sv', duration: '2 hours', purpose: 'Bot-detection session data.' },
    ],
    hosts: [],
    sources: [OCD],
  },

  // Imperva (formerly Incapsula) sits in front of the site; `<site>` is Imperva's site id.
  imperva: {
    name: 'Imperva (Incapsula)',
    provider: 'Imperva, Inc. (Thales)',
    category: 'necessary',
    purpose: 'Protects the site against bots and attacks and balances load.',
    privacyPolicyUrl: 'https://www.imperva.com/legal/privacy-policy/',
    // Names and lifetimes are the Open Cookie Database's.
    cookies: [
      { name: 'visid_incap_<site>', duration: '1 year', purpose: 'Recognises the visitor.' },
      { name: 'incap_ses_<proxy>_<site>', duration: 'session', purpose: 'Keeps the session.' },
      { name: 'nlbi_<site>', duration: 'session', purpose: 'Load balancing.' },
    ],
    hosts: [],
    sources: [OCD],
  },

  // --- Hosting and load balancers (necessary; set from the site's own host) -------------------

  'aws-elb': {
    name: 'AWS Elastic Load Balancing',
    provider: 'This website (Amazon Web Services)',
    category: 'necessary',
    purpose: 'Keeps a visitor on the same server when sticky sessions are on.',
    privacyPolicyUrl: 'https://aws.amazon.com/privacy/',
    // Application Load Balancer stickiness lasts from 1 second to 7 days (1 day by default);
    // the longest is declared. Classic Load Balancer cookies are session cookies unless the
    // site configures an expiry.
    cookies: [
      { name: 'AWSALB', duration: '7 days', purpose: 'The target server.' },
      { name: 'AWSALBCORS', duration: '7 days', purpose: 'The target, for cross-site requests.' },
      { name: 'AWSALBTG', duration: '7 days', purpose: 'The target in a target group.' },
      {
        name: 'AWSALBTGCORS',
        duration: '7 days',
        purpose: 'The target in a group, for cross-site requests.',
      },
      { name: 'AWSELB', duration: 'session', purpose: 'The target (Classic Load Balancer).' },
    ],
    hosts: [],
    sources: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html',
      OCD,
    ],
  },

  'azure-app-service': {
    name: 'Azure App Service',
    provider: 'This website (Microsoft Azure)',
    category: 'necessary',
    purpose: 'Keeps a visitor on the same server instance (ARR affinity).',
    privacyPolicyUrl: MICROSOFT_PRIVACY,
    // Session cookies as App Service sets them; the Open Cookie Database says 1 year.
    cookies: [
      { name: 'ARRAffinity', duration: 'session', purpose: 'The server instance.' },
      {
        name: 'ARRAffinitySameSite',
        duration: 'session',
        purpose: 'The same, for cross-site use.',
      },
    ],
    hosts: [],
    sources: ['https://learn.microsoft.com/en-us/azure/app-service/configure-common', OCD],
  },

  'f5-big-ip': {
    name: 'F5 BIG-IP',
    provider: 'This website (F5 BIG-IP)',
    category: 'necessary',
    purpose: 'Keeps a visitor on the same server behind the load balancer.',
    privacyPolicyUrl: 'https://www.f5.com/company/policies/privacy-notice',
    // `<pool>` is the server pool's name. The persistence cookie is a session cookie unless the
    // site sets an expiry on the profile.
    cookies: [{ name: 'BIGipServer<pool>', duration: 'session', purpose: 'The target server.' }],
    hosts: [],
    sources: ['https://my.f5.com/manage/s/article/K6917', OCD],
  },

  // --- Frameworks and CMSs (necessary; set by the site itself) ---------------------------------

  'java-session': {
    name: 'Java servlet session',
    provider: 'This website',
    category: 'necessary',
    purpose: 'Keeps the visitor’s session on the server between pages.',
    privacyPolicyUrl: 'https://jakarta.ee/privacy/',
    cookies: [{ name: 'JSESSIONID', duration: 'session', purpose: 'The session id.' }],
    hosts: [],
    sources: ['https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0', OCD],
  },

  aspnet: {
    name: 'ASP.NET (.NET Framework)',
    provider: 'This website',
    category: 'necessary',
    purpose: 'Keeps the session, the login and form protection of an ASP.NET site.',
    privacyPolicyUrl: MICROSOFT_PRIVACY,
    cookies: [
      { name: 'ASP.NET_SessionId', duration: 'session', purpose: 'The session id.' },
      // Forms authentication writes a session cookie unless the login is persistent.
      { name: '.ASPXAUTH', duration: 'session', purpose: 'Who is logged in.' },
      {
        name: '__RequestVerificationToken',
        duration: 'session',
        purpose: 'Protects forms against cross-site requests.',
      },
    ],
    hosts: [],
    sources: ['https://learn.microsoft.com/en-us/previous-versions/aspnet/ms178581(v=vs.100)', OCD],
  },

  'aspnet-core': {
    name: 'ASP.NET Core',
    provider: 'This website',
    category: 'necessary',
    purpose: 'Keeps the session, the login and form protection of an ASP.NET Core site.',
    privacyPolicyUrl: MICROSOFT_PRIVACY,
    cookies: [
      { name: '.AspNetCore.Session', duration: 'session', purpose: 'The session id.' },
      {
        name: '.AspNetCore.Antiforgery.<hash>',
        duration: 'session',
        purpose: 'Protects forms against cross-site requests.',
      },
      // Cookie authentication lasts 14 days (`ExpireTimeSpan`) when the login is persistent,
      // otherwise the session; the longer is declared.
      {
        name: '.AspNetCore.Identity.Application',
        duration: '14 days',
        purpose: 'Who is logged in.',
      },
      { name: '.AspNetCore.Cookies', duration: '14 days', purpose: 'Who is logged in.' },
      {
        name: '.AspNetCore.Mvc.CookieTempDataProvider',
        duration: 'session',
        purpose: 'Messages carried to the next page.',
      },
    ],
    hosts: [],
    sources: [
      'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/app-state',
      'https://learn.microsoft.com/en-us/aspnet/core/security/anti-request-forgery',
      'https://learn.microsoft.com/en-us/aspnet/core/security/authentication/cookie',
    ],
  },

  django: {
    name: 'Django',
    provider: 'This website',
    category: 'necessary',
    purpose: 'Keeps the session and form protection of a Django site.',
    privacyPolicyUrl: 'https://www.djangoproject.com/foundation/privacy/',
    // The defaults of Django's settings: SESSION_COOKIE_AGE (2 weeks), CSRF_COOKIE_AGE
    // (31449600 seconds, 52 weeks), LANGUAGE_COOKIE_AGE (none: a session cookie).
    cookies: [
      { name: 'sessionid', duration: '2 weeks', purpose: 'The session id.' },
      {
        name: 'csrftoken',
        duration: 31449600,
        purpose: 'Protects forms against cross-site requests.',
      },
      { name: 'django_language', duration: 'session', purpose: 'The chosen language.' },
      { name: 'messages', duration: 'session', purpose: 'Messages carried to the next page.' },
    ],
    hosts: [],
    sources: [
      'https://docs.djangoproject.com/en/stable/ref/settings/',
      'https://docs.djangoproject.com/en/stable/ref/contrib/messages/',
    ],
  },

  laravel: {
    name: 'Laravel',
    provider: 'This website',
    category: 'necessary',
    purpose: 'Keeps the session, the login and form protection of a Laravel site.',
    privacyPolicyUrl: 'https://laravel.com/privacy',
    cookies: [
      // The session cookie is named after APP_NAME (`<app>_session`); `laravel_session` is the
      // name with the default APP_NAME. Both lifetimes follow SESSION_LIFETIME, 120 minutes by
      // default.
      { name: 'laravel_session', duration: '2 hours', purpose: 'The session id.' },
      {
        name: 'XSRF-TOKEN',
        duration: '2 hours',
        purpose: 'Protects requests against cross-site forgery.',
      },
      // Set only when a user ticks "remember me". Laravel caps it at 400 days as far as we know
      // (older releases used 5 years); not confirmed on a Laravel page we could read.
      { name: 'remember_web_<hash>', duration: '400 days', purpose: 'Keeps the user logged in.' },
    ],
    hosts: [],
    sources: [
      'https://laravel.com/docs/session',
      'https://laravel.com/docs/csrf',
      'https://laravel.com/docs/authentication',
      OCD,
    ],
  },

  drupal: {
    name: 'Drupal',
    provider: 'This website (Drupal)',
    category: 'necessary',
    purpose: 'Keeps users of a Drupal site logged in.',
    privacyPolicyUrl: 'https://www.drupal.org/privacy',
    cookies: [
      // `cookie_lifetime: 2000000` seconds (about 23 days) in Drupal's default services.yml. The
      // name is `SESS` (`SSESS` on HTTPS sites) and 32 hex characters of a hash; written as a
      // regex so that it does not claim other `SESS…` cookies such as Spring's `SESSION`.
      { name: '/^SESS[0-9a-f]{32}$/', duration: 2000000, purpose: 'The session id.' },
      { name: '/^SSESS[0-9a-f]{32}$/', duration: 2000000, purpose: 'The session id over HTTPS.' },
      // Drupal 7 only.
      { name: 'has_js', duration: 'session', purpose: 'Whether JavaScript runs.' },
    ],
    hosts: [],
    sources: [
      'https://git.drupalcode.org/project/drupal/-/blob/11.x/core/assets/scaffold/files/default.services.yml',
      OCD,
    ],
  },

  joomla: {
    name: 'Joomla',
    provider: 'This website (Joomla)',
    category: 'necessary',
    purpose: 'Keeps the session of a Joomla site and its logged-in users.',
    privacyPolicyUrl: 'https://www.joomla.org/privacy-policy.html',
    // Joomla names its session cookie with a 32-character hex hash, which only a regex can
    // match; it may claim another application's cookie of that shape on the same site.
    cookies: [
      { name: '/^[0-9a-f]{32}$/', duration: 'session', purpose: 'The session id.' },
      { name: 'joomla_user_state', duration: 'session', purpose: 'Marks a logged-in user.' },
      // The "Authentication - Cookie" plugin's default lifetime (60 days), as we know it.
      {
        name: 'joomla_remember_me_<hash>',
        duration: '60 days',
        purpose: 'Keeps the user logged in.',
      },
    ],
    hosts: [],
    sources: [
      'https://github.com/joomla/joomla-cms/blob/4.4-dev/plugins/authentication/cookie/cookie.php',
      OCD,
    ],
  },

  // Magento Open Source and Adobe Commerce storefront cookies. The PHP session cookie is the
  // `php-session` preset's.
  magento: {
    name: 'Magento (Adobe Commerce)',
    provider: 'This website (Magento)',
    category: 'necessary',
    purpose: 'Runs the shop: cart, customer session, messages and page caching.',
    privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
    // Lifetimes are the Open Cookie Database's; several follow the store's cookie-lifetime
    // setting (1 hour by default) rather than a fixed value.
    cookies: [
      { name: 'form_key', duration: 'session', purpose: 'Protects forms against forgery.' },
      { name: 'mage-cache-sessid', duration: 'session', purpose: 'Clears the local cache.' },
      { name: 'mage-messages', duration: '1 year', purpose: 'Messages to show the shopper.' },
      {
        name: 'private_content_version',
        duration: '1 year',
        purpose: 'Keeps private content out of the page cache.',
      },
      { name: 'section_data_ids', duration: 'session', purpose: 'Versions of customer data.' },
      { name: 'X-Magento-Vary', duration: 'session', purpose: 'Picks the cached page variant.' },
      { name: 'store', duration: '1 day', purpose: 'The chosen store view.' },
      {
        name: 'persistent_shopping_cart',
        duration: 'session',
        purpose: 'Restores a persistent cart.',
      },
      { name: 'login_redirect', duration: 'session', purpose: 'The page to return to.' },
      { name: 'guest-view', duration: 'session', purpose: 'Lets guests view their order.' },
    ],
    hosts: [],
    sources: [
      'https://experienceleague.adobe.com/en/docs/commerce-admin/start/compliance/privacy/compliance-cookie-law',
      OCD,
    ],
  },

  woocommerce: {
    name: 'WooCommerce',
    provider: 'This website (WooCommerce)',
    category: 'necessary',
    purpose: 'Runs the shop: cart, customer session and store notices.',
    privacyPolicyUrl: 'https://automattic.com/privacy/',
    cookies: [
      { name: 'woocommerce_cart_hash', duration: 'session', purpose: 'Detects cart changes.' },
      { name: 'woocommerce_items_in_cart', duration: 'session', purpose: 'Detects cart changes.' },
      {
        name: 'wp_woocommerce_session_<hash>',
        duration: '2 days',
        purpose: 'Links the shopper to their cart.',
      },
      {
        name: 'woocommerce_recently_viewed',
        duration: 'session',
        purpose: 'Recently viewed products.',
      },
      { name: 'store_notice<id>', duration: 'session', purpose: 'Hides a dismissed notice.' },
    ],
    hosts: [],
    sources: ['https://woocommerce.com/document/woocommerce-cookies/', OCD],
  },

  // Since WooCommerce 8.5 the shop records where each order came from with these cookies
  // (Sourcebuster.js); they are not needed to sell, so they get their own, consented service.
  'woocommerce-order-attribution': {
    name: 'WooCommerce order attribution',
    provider: 'This website (WooCommerce)',
    category: 'analytics',
    purpose: 'Records which campaign or site brought the shopper, for the shop’s reports.',
    privacyPolicyUrl: 'https://automattic.com/privacy/',
    cookies: [
      { name: 'sbjs_migrations', duration: 'session', purpose: 'Data format version.' },
      {
        name: 'sbjs_current_add',
        duration: 'session',
        purpose: 'When and where this visit began.',
      },
      {
        name: 'sbjs_first_add',
        duration: 'session',
        purpose: 'When and where the first visit began.',
      },
      { name: 'sbjs_current', duration: 'session', purpose: 'Traffic source of this visit.' },
      { name: 'sbjs_first', duration: 'session', purpose: 'Traffic source of the first visit.' },
      { name: 'sbjs_udata', duration: 'session', purpose: 'Browser and device type.' },
      { name: 'sbjs_session', duration: '30 minutes', purpose: 'Page views in this session.' },
    ],
    hosts: [],
    sources: ['https://woocommerce.com/document/order-attribution-tracking/', OCD],
  },

  // WordPress.com Stats as Jetpack loads it on a self-hosted site.
  'jetpack-stats': {
    name: 'Jetpack Stats',
    provider: 'Automattic Inc.',
    category: 'analytics',
    purpose: 'Counts page views and reports them to the site owner on WordPress.com.',
    privacyPolicyUrl: 'https://automattic.com/privacy/',
    // Jetpack's cookie page lists no Stats cookie for visitors (its `stnojs` is for admins);
    // what Automattic's own domains may set is covered by automattic.com/cookies.
    cookies: [],
    hosts: ['stats.wp.com', 'pixel.wp.com'],
    sources: ['https://jetpack.com/support/cookies/', 'https://automattic.com/cookies/'],
  },
} satisfies Record<string, Preset>

/** The id of a preset in the catalogue. */
export type PresetId = keyof typeof presets
