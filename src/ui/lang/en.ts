/**
 * English, the built-in texts and the reference every translation follows key for key.
 * `{service}` and `{category}` are replaced by names. Lifetimes ("2 years") are written by
 * Intl.NumberFormat in the visitor's language, so no file carries unit words.
 */
export const en = {
  bannerLabel: 'Cookie consent',
  bannerTitle: 'We value your privacy',
  bannerText:
    'We use cookies and similar technologies to run this site, and with your consent to {purposes}. You can change your mind at any time.',
  privacyPolicy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  close: 'Close',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which cookies we may use. Strictly necessary cookies keep the site working and cannot be switched off.',
  save: 'Save choices',
  saved: 'Your choices have been saved.',
  alwaysOn: 'Always on',
  necessaryText:
    'Required for the site to work, for example to keep you signed in. Cannot be switched off.',
  showServices: 'Show services',
  services: 'Services',
  provider: 'Provider',
  purpose: 'Purpose',
  cookies: 'Cookies',
  cookieName: 'Name',
  lifetime: 'Lifetime',
  setBy: 'Set by',
  session: 'Session',
  firstParty: 'This site',
  thirdParty: 'Third party',
  consentId: 'Your consent ID',
  downloadRecord: 'Download my consent record',
  reopen: 'Cookie settings',
  placeholderTitle: 'Content from {service}',
  placeholderText:
    'This content is hosted by {service}. Loading it shares data with {service}, which may set cookies.',
  loadOnce: 'Load this once',
  alwaysAllow: 'Always allow {service}',
  gpcHonored: 'Opt-out request honored',
  exemptNote:
    'Audience measurement exempt from consent (first-party, aggregated statistics only). It runs unless you switch it off.',
  noticeText:
    'We use cookies for analytics and advertising. You can opt out of the sale or sharing of your personal information at any time.',
  doNotSell: 'Do not sell or share my personal information',
  noticeOk: 'OK',
  necessaryTitle: 'Strictly necessary',
  functionalTitle: 'Functional',
  functionalText: 'Remember your settings, such as language or region.',
  functionalPurpose: 'remember your settings',
  analyticsTitle: 'Analytics',
  analyticsText: 'Measure how the site is used, so we can improve it.',
  analyticsPurpose: 'measure its use',
  marketingTitle: 'Marketing',
  marketingText:
    'Show advertising based on your interests and measure its effect, also on other sites.',
  marketingPurpose: 'show you personalised advertising',
  mediaTitle: 'Embedded media',
  mediaText:
    'Show videos, maps and other content from other services, which may set their own cookies.',
  mediaPurpose: 'show embedded media',
  otherPurpose: 'serve the other purposes listed in the settings',
  // How the purposes are listed: the words between two of them, before the last of two, and
  // before the last of three or more ("A and B", "A, B, and C"), as Intl.ListFormat writes them.
  listWords: ', | and |, and ',
}

/** The keys every translation provides. */
export type Texts = typeof en
