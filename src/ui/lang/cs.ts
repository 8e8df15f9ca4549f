import type { Texts } from './en'

/** Czech. */
export const cs: Texts = {
  bannerLabel: 'Souhlas s cookies',
  bannerTitle: 'Vážíme si vašeho soukromí',
  bannerText:
    'Používáme cookies a podobné technologie k provozu tohoto webu a s vaším souhlasem také, abychom mohli {purposes}. Svou volbu můžete kdykoli změnit.',
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
  exemptNote:
    'Měření návštěvnosti osvobozené od souhlasu (pouze první strana, souhrnné statistiky). Běží, dokud jej nevypnete.',
  noticeText:
    'Používáme cookies pro analýzu a reklamu. Prodej nebo sdílení svých osobních údajů můžete kdykoli odmítnout.',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  noticeOk: 'OK',
  necessaryTitle: 'Nezbytně nutné',
  functionalTitle: 'Funkční',
  functionalText: 'Pamatují si vaše nastavení, třeba jazyk nebo region.',
  functionalPurpose: 'pamatovat si vaše nastavení',
  analyticsTitle: 'Analytické',
  analyticsText: 'Měří, jak se web používá, abychom ho mohli zlepšovat.',
  analyticsPurpose: 'měřit jeho používání',
  marketingTitle: 'Marketingové',
  marketingText: 'Zobrazují reklamu podle vašich zájmů a měří její účinek, i na jiných webech.',
  marketingPurpose: 'zobrazovat vám personalizovanou reklamu',
  mediaTitle: 'Vložená média',
  mediaText:
    'Zobrazují videa, mapy a další obsah jiných služeb, které mohou ukládat vlastní cookies.',
  mediaPurpose: 'zobrazovat vložená média',
  otherPurpose: 'plnit další účely popsané v nastavení',
  // A no-break space: Czech keeps a one-letter conjunction with the word after it.
  listWords: ', | a\u00a0| a\u00a0',
}
