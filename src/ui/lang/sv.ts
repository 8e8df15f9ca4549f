import type { Texts } from './en'

/** Swedish. */
export const sv: Texts = {
  bannerLabel: 'Samtycke till cookies',
  bannerTitle: 'Vi värnar om din integritet',
  bannerText:
    'Vi använder cookies och liknande tekniker för att driva den här webbplatsen och, med ditt samtycke, för att {purposes}. Du kan när som helst ändra dig.',
  privacyPolicy: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  close: 'Stäng',
  preferencesTitle: 'Cookieinställningar',
  preferencesText:
    'Välj vilka cookies vi får använda. Strikt nödvändiga cookies gör att webbplatsen fungerar och kan inte stängas av.',
  save: 'Spara val',
  saved: 'Dina val har sparats.',
  alwaysOn: 'Alltid aktiva',
  necessaryText:
    'Krävs för att webbplatsen ska fungera, till exempel för att du ska förbli inloggad. Kan inte stängas av.',
  showServices: 'Visa tjänster',
  services: 'Tjänster',
  provider: 'Leverantör',
  purpose: 'Syfte',
  cookies: 'Cookies',
  cookieName: 'Namn',
  lifetime: 'Lagringstid',
  setBy: 'Sätts av',
  session: 'Session',
  firstParty: 'Denna webbplats',
  thirdParty: 'Tredje part',
  consentId: 'Ditt samtyckes-ID',
  downloadRecord: 'Ladda ner en kopia av mitt samtycke',
  reopen: 'Cookieinställningar',
  placeholderTitle: 'Innehåll från {service}',
  placeholderText:
    'Det här innehållet finns hos {service}. Om det läses in delas data med {service}, som kan sätta cookies.',
  loadOnce: 'Läs in en gång',
  alwaysAllow: 'Tillåt alltid {service}',
  gpcHonored: 'Din invändning har respekterats',
  exemptNote:
    'Besöksmätning undantagen från samtycke (endast förstapart, sammanställd statistik). Den körs om du inte stänger av den.',
  noticeText:
    'Vi använder cookies för analys och annonsering. Du kan när som helst motsätta dig att dina personuppgifter säljs eller delas.',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  noticeOk: 'OK',
  necessaryTitle: 'Strikt nödvändiga',
  functionalTitle: 'Funktionella',
  functionalText: 'Kommer ihåg dina inställningar, till exempel språk eller region.',
  functionalPurpose: 'komma ihåg dina inställningar',
  analyticsTitle: 'Statistik',
  analyticsText: 'Mäter hur webbplatsen används så att vi kan förbättra den.',
  analyticsPurpose: 'mäta användningen',
  marketingTitle: 'Marknadsföring',
  marketingText:
    'Visar annonser utifrån dina intressen och mäter deras effekt, även på andra webbplatser.',
  marketingPurpose: 'visa dig personanpassade annonser',
  mediaTitle: 'Inbäddad media',
  mediaText:
    'Visar videor, kartor och annat innehåll från andra tjänster, som kan sätta egna cookies.',
  mediaPurpose: 'visa inbäddad media',
  otherPurpose: 'tjäna de övriga syften som beskrivs i inställningarna',
  listWords: ', | och | och ',
}
