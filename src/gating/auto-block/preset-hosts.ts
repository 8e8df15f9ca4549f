/**
 * The hosts each preset loads from, copied from the preset catalogue (src/services/presets.ts)
 * so that consentry-auto.js can block a preset's hosts synchronously, before the catalogue
 * could arrive. A unit test keeps the two equal.
 * @internal
 */
export const PRESET_HOSTS: Record<string, string[]> = {
  'google-analytics': [
    'www.googletagmanager.com',
    'www.google-analytics.com',
    'region1.google-analytics.com',
  ],
  'google-tag-manager': ['www.googletagmanager.com'],
  'google-ads': [
    'www.googletagmanager.com',
    'www.googleadservices.com',
    'googleads.g.doubleclick.net',
  ],
  hotjar: ['static.hotjar.com', 'script.hotjar.com'],
  'meta-pixel': ['connect.facebook.net', 'www.facebook.com'],
  'microsoft-clarity': ['www.clarity.ms', 'scripts.clarity.ms'],
  'microsoft-uet': ['bat.bing.com'],
  matomo: ['cdn.matomo.cloud'],
  hubspot: ['js.hs-scripts.com', 'js.hs-analytics.net', 'track.hubspot.com'],
  'tiktok-pixel': ['analytics.tiktok.com'],
  'linkedin-insight': ['snap.licdn.com', 'px.ads.linkedin.com'],
  'pinterest-tag': ['s.pinimg.com', 'ct.pinterest.com'],
  'x-pixel': ['static.ads-twitter.com', 'analytics.twitter.com'],
  mailchimp: ['chimpstatic.com', 'list-manage.com'],
  intercom: ['widget.intercom.io', 'js.intercomcdn.com'],
  youtube: ['www.youtube-nocookie.com', 'www.youtube.com', 'i.ytimg.com'],
  vimeo: ['player.vimeo.com', 'f.vimeocdn.com'],
  'google-maps': ['maps.googleapis.com', 'maps.gstatic.com', 'www.google.com'],
  'google-recaptcha': ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
  stripe: ['js.stripe.com', 'm.stripe.com', 'm.stripe.network'],
  shopify: ['cdn.shopify.com'],
  segment: ['cdn.segment.com', 'api.segment.io'],
  mixpanel: ['cdn.mxpnl.com', 'api-js.mixpanel.com'],
  amplitude: ['cdn.amplitude.com', 'api2.amplitude.com'],
  plausible: ['plausible.io'],
  crisp: ['client.crisp.chat', 'client.relay.crisp.chat'],
}
