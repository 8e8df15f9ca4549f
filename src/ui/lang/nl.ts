import type { Texts } from './en'

/** Dutch. */
export const nl: Texts = {
  bannerLabel: 'Cookietoestemming',
  bannerTitle: 'Wij respecteren je privacy',
  bannerText:
    'We gebruiken cookies en vergelijkbare technieken om deze site te laten werken en, met uw toestemming, om {purposes}. U kunt uw keuze altijd wijzigen.',
  privacyPolicy: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  close: 'Sluiten',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText:
    'Kies welke cookies we mogen gebruiken. Strikt noodzakelijke cookies zorgen dat de site werkt en kunnen niet worden uitgeschakeld.',
  save: 'Keuzes opslaan',
  saved: 'Je keuzes zijn opgeslagen.',
  alwaysOn: 'Altijd actief',
  necessaryText:
    'Nodig om de site te laten werken, bijvoorbeeld om je ingelogd te houden. Deze cookies kunnen niet worden uitgeschakeld.',
  showServices: 'Diensten tonen',
  services: 'Diensten',
  provider: 'Aanbieder',
  purpose: 'Doel',
  cookies: 'Cookies',
  cookieName: 'Naam',
  lifetime: 'Bewaartermijn',
  setBy: 'Geplaatst door',
  session: 'Sessie',
  firstParty: 'Deze site',
  thirdParty: 'Derde partij',
  consentId: 'Je toestemmings-ID',
  downloadRecord: 'Mijn toestemmingsbewijs downloaden',
  reopen: 'Cookie-instellingen',
  placeholderTitle: 'Inhoud van {service}',
  placeholderText:
    'Deze inhoud wordt gehost door {service}. Bij het laden worden gegevens met {service} gedeeld en kunnen cookies worden geplaatst.',
  loadOnce: 'Eenmalig laden',
  alwaysAllow: '{service} altijd toestaan',
  gpcHonored: 'Opt-outverzoek gehonoreerd',
  exemptNote:
    'Bezoekersmeting vrijgesteld van toestemming (alleen first-party, geaggregeerde statistieken). Ze draait tenzij u ze uitzet.',
  noticeText:
    'We gebruiken cookies voor analyse en advertenties. Je kunt je altijd afmelden voor de verkoop of het delen van je persoonsgegevens.',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  noticeOk: 'OK',
  necessaryTitle: 'Strikt noodzakelijk',
  functionalTitle: 'Functioneel',
  functionalText: 'Onthouden uw instellingen, zoals taal of regio.',
  functionalPurpose: 'uw instellingen te onthouden',
  analyticsTitle: 'Statistieken',
  analyticsText: 'Meten hoe de site wordt gebruikt, zodat we hem kunnen verbeteren.',
  analyticsPurpose: 'het gebruik te meten',
  marketingTitle: 'Marketing',
  marketingText:
    'Tonen advertenties op basis van uw interesses en meten het effect, ook op andere sites.',
  marketingPurpose: 'u gepersonaliseerde advertenties te tonen',
  mediaTitle: 'Ingesloten media',
  mediaText:
    'Tonen video’s, kaarten en andere inhoud van andere diensten, die eigen cookies kunnen plaatsen.',
  mediaPurpose: 'ingesloten media te tonen',
  otherPurpose: 'de andere doelen uit de instellingen te dienen',
  listWords: ', | en | en ',
}
