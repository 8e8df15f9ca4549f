import type { Texts } from './en'

/** Swedish. */
export const sv: Texts = {
  bannerLabel: 'Samtycke till cookies',
  bannerTitle: 'Vi värnar om din integritet',
  bannerText:
    'Vi använder cookies och liknande tekniker för att driva webbplatsen och, med ditt samtycke, för att mäta hur den används och visa inbäddade medier. Du kan ändra dig när som helst.',
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
  noticeText:
    'Vi använder cookies för analys och annonsering. Du kan när som helst motsätta dig att dina personuppgifter säljs eller delas.',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  noticeOk: 'OK',
}
