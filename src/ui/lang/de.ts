import type { Texts } from './en'

/** German. */
export const de: Texts = {
  bannerLabel: 'Cookie-Einwilligung',
  bannerTitle: 'Ihre Privatsphäre ist uns wichtig',
  bannerText:
    'Wir verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben, und mit Ihrer Einwilligung, um {purposes}. Sie können Ihre Entscheidung jederzeit ändern.',
  privacyPolicy: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  close: 'Schließen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Unbedingt erforderliche Cookies halten die Website funktionsfähig und können nicht deaktiviert werden.',
  save: 'Auswahl speichern',
  saved: 'Ihre Auswahl wurde gespeichert.',
  alwaysOn: 'Immer aktiv',
  necessaryText:
    'Für den Betrieb der Website erforderlich, z. B. damit Sie angemeldet bleiben. Diese Cookies können nicht deaktiviert werden.',
  showServices: 'Dienste anzeigen',
  services: 'Dienste',
  provider: 'Anbieter',
  purpose: 'Zweck',
  cookies: 'Cookies',
  cookieName: 'Name',
  lifetime: 'Speicherdauer',
  setBy: 'Gesetzt von',
  session: 'Sitzung',
  firstParty: 'Diese Website',
  thirdParty: 'Drittanbieter',
  consentId: 'Ihre Einwilligungs-ID',
  downloadRecord: 'Meinen Einwilligungsnachweis herunterladen',
  reopen: 'Cookie-Einstellungen',
  placeholderTitle: 'Inhalt von {service}',
  placeholderText:
    'Dieser Inhalt wird von {service} bereitgestellt. Beim Laden werden Daten an {service} übermittelt, und es können Cookies gesetzt werden.',
  loadOnce: 'Einmal laden',
  alwaysAllow: '{service} immer erlauben',
  gpcHonored: 'Widerspruch berücksichtigt',
  exemptNote:
    'Einwilligungsfreie Reichweitenmessung (nur Erstanbieter, nur zusammengefasste Statistiken). Sie läuft, solange Sie sie nicht ausschalten.',
  noticeText:
    'Wir verwenden Cookies für Analysen und Werbung. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  noticeOk: 'OK',
  necessaryTitle: 'Unbedingt erforderlich',
  functionalTitle: 'Funktional',
  functionalText: 'Speichern Ihre Einstellungen, etwa Sprache oder Region.',
  functionalPurpose: 'Ihre Einstellungen zu speichern',
  analyticsTitle: 'Statistik',
  analyticsText: 'Messen, wie die Website genutzt wird, damit wir sie verbessern können.',
  analyticsPurpose: 'ihre Nutzung zu messen',
  marketingTitle: 'Marketing',
  marketingText:
    'Zeigen Werbung nach Ihren Interessen und messen ihre Wirkung, auch auf anderen Websites.',
  marketingPurpose: 'Ihnen personalisierte Werbung zu zeigen',
  mediaTitle: 'Eingebettete Medien',
  mediaText:
    'Zeigen Videos, Karten und andere Inhalte fremder Dienste, die eigene Cookies setzen können.',
  mediaPurpose: 'eingebettete Medien anzuzeigen',
  otherPurpose: 'die weiteren in den Einstellungen genannten Zwecke zu erfüllen',
  listWords: ', | und | und ',
}
