import type { Texts } from './en'

/** Danish. */
export const da: Texts = {
  bannerLabel: 'Samtykke til cookies',
  bannerTitle: 'Vi respekterer dit privatliv',
  bannerText:
    'Vi bruger cookies og lignende teknologier til at drive dette websted og, med dit samtykke, til at {purposes}. Du kan til enhver tid ændre dit valg.',
  privacyPolicy: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  close: 'Luk',
  preferencesTitle: 'Cookieindstillinger',
  preferencesText:
    'Vælg, hvilke cookies vi må bruge. Strengt nødvendige cookies får hjemmesiden til at fungere og kan ikke slås fra.',
  save: 'Gem valg',
  saved: 'Dine valg er gemt.',
  alwaysOn: 'Altid aktive',
  necessaryText:
    'Nødvendige for at hjemmesiden kan fungere, f.eks. for at holde dig logget ind. Kan ikke slås fra.',
  showServices: 'Vis tjenester',
  services: 'Tjenester',
  provider: 'Udbyder',
  purpose: 'Formål',
  cookies: 'Cookies',
  cookieName: 'Navn',
  lifetime: 'Udløb',
  setBy: 'Sat af',
  session: 'Session',
  firstParty: 'Denne hjemmeside',
  thirdParty: 'Tredjepart',
  consentId: 'Dit samtykke-ID',
  downloadRecord: 'Download en kopi af mit samtykke',
  reopen: 'Cookieindstillinger',
  placeholderTitle: 'Indhold fra {service}',
  placeholderText:
    'Dette indhold hostes af {service}. Når det indlæses, deles data med {service}, som kan sætte cookies.',
  loadOnce: 'Indlæs én gang',
  alwaysAllow: 'Tillad altid {service}',
  gpcHonored: 'Anmodning om fravalg respekteret',
  exemptNote:
    'Måling af besøgstal undtaget fra samtykke (kun førstepart, samlede statistikker). Den kører, medmindre du slår den fra.',
  noticeText:
    'Vi bruger cookies til analyse og annoncering. Du kan til enhver tid fravælge salg eller deling af dine personoplysninger.',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  noticeOk: 'OK',
  necessaryTitle: 'Strengt nødvendige',
  functionalTitle: 'Funktionelle',
  functionalText: 'Husker dine indstillinger, fx sprog eller område.',
  functionalPurpose: 'huske dine indstillinger',
  analyticsTitle: 'Statistik',
  analyticsText: 'Måler, hvordan webstedet bruges, så vi kan forbedre det.',
  analyticsPurpose: 'måle brugen',
  marketingTitle: 'Marketing',
  marketingText:
    'Viser annoncer efter dine interesser og måler deres effekt, også på andre websteder.',
  marketingPurpose: 'vise dig personlige annoncer',
  mediaTitle: 'Indlejrede medier',
  mediaText:
    'Viser videoer, kort og andet indhold fra andre tjenester, som kan sætte egne cookies.',
  mediaPurpose: 'vise indlejrede medier',
  otherPurpose: 'tjene de øvrige formål, der er beskrevet i indstillingerne',
  listWords: ', | og | og ',
}
