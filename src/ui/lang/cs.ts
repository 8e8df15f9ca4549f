import type { Texts } from './en'

/** Czech. */
export const cs: Texts = {
  bannerLabel: 'Souhlas s cookies',
  bannerTitle: 'Vážíme si vašeho soukromí',
  bannerText:
    'Používáme cookies a podobné technologie k provozu tohoto webu a s vaším souhlasem také k měření jeho používání a zobrazení vložených médií. Svůj souhlas můžete kdykoli změnit.',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  close: 'Zavřít',
  preferencesTitle: 'Nastavení cookies',
  preferencesText:
    'Vyberte, které cookies smíme používat. Nezbytně nutné cookies zajišťují fungování webu a nelze je vypnout.',
  save: 'Uložit výběr',
  saved: 'Váš výběr byl uložen.',
  alwaysOn: 'Vždy aktivní',
  necessaryText: 'Nutné pro fungování webu, například k udržení přihlášení. Nelze je vypnout.',
  showServices: 'Zobrazit služby',
  services: 'Služby',
  provider: 'Poskytovatel',
  purpose: 'Účel',
  cookies: 'Cookies',
  cookieName: 'Název',
  lifetime: 'Doba platnosti',
  setBy: 'Ukládá',
  session: 'Relace',
  firstParty: 'Tento web',
  thirdParty: 'Třetí strana',
  consentId: 'ID vašeho souhlasu',
  downloadRecord: 'Stáhnout záznam mého souhlasu',
  reopen: 'Nastavení cookies',
  placeholderTitle: 'Obsah ze služby {service}',
  placeholderText:
    'Tento obsah poskytuje služba {service}. Jeho načtením se sdílejí data se službou {service}, která může ukládat cookies.',
  loadOnce: 'Načíst jednorázově',
  alwaysAllow: 'Vždy povolit službu {service}',
  gpcHonored: 'Žádost o odmítnutí respektována',
  noticeText:
    'Používáme cookies pro analýzu a reklamu. Prodej nebo sdílení svých osobních údajů můžete kdykoli odmítnout.',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  noticeOk: 'OK',
}
