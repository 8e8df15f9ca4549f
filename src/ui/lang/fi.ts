import type { Texts } from './en'

/** Finnish. */
export const fi: Texts = {
  bannerLabel: 'Evästesuostumus',
  bannerTitle: 'Arvostamme yksityisyyttäsi',
  bannerText:
    'Käytämme evästeitä ja vastaavia tekniikoita sivuston toimintaan ja suostumuksellasi myös, jotta voimme {purposes}. Voit muuttaa valintaasi milloin tahansa.',
  privacyPolicy: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  close: 'Sulje',
  preferencesTitle: 'Evästeasetukset',
  preferencesText:
    'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet pitävät sivuston toiminnassa, eikä niitä voi poistaa käytöstä.',
  save: 'Tallenna valinnat',
  saved: 'Valintasi on tallennettu.',
  alwaysOn: 'Aina käytössä',
  necessaryText:
    'Tarvitaan sivuston toimintaan, esimerkiksi kirjautumisen säilyttämiseen. Niitä ei voi poistaa käytöstä.',
  showServices: 'Näytä palvelut',
  services: 'Palvelut',
  provider: 'Palveluntarjoaja',
  purpose: 'Käyttötarkoitus',
  cookies: 'Evästeet',
  cookieName: 'Nimi',
  lifetime: 'Voimassaoloaika',
  setBy: 'Asettaja',
  session: 'Istunto',
  firstParty: 'Tämä sivusto',
  thirdParty: 'Kolmas osapuoli',
  consentId: 'Suostumustunnuksesi',
  downloadRecord: 'Lataa suostumustietoni',
  reopen: 'Evästeasetukset',
  placeholderTitle: 'Sisältöä palvelusta {service}',
  placeholderText:
    'Tämän sisällön tarjoaa palvelu {service}. Sen lataaminen jakaa tietoja palvelulle {service}, joka voi asettaa evästeitä.',
  loadOnce: 'Lataa tämän kerran',
  alwaysAllow: 'Salli aina palvelu {service}',
  gpcHonored: 'Kieltopyyntö huomioitu',
  exemptNote:
    'Suostumuksesta vapautettu kävijämittaus (vain ensimmäinen osapuoli, koostetut tilastot). Se on käytössä, ellet poista sitä.',
  noticeText:
    'Käytämme evästeitä analytiikkaan ja mainontaan. Voit milloin tahansa kieltää henkilötietojesi myynnin tai jakamisen.',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  noticeOk: 'OK',
  necessaryTitle: 'Välttämättömät',
  functionalTitle: 'Toiminnalliset',
  functionalText: 'Muistavat asetuksesi, kuten kielen tai alueen.',
  functionalPurpose: 'muistaa asetuksesi',
  analyticsTitle: 'Analytiikka',
  analyticsText: 'Mittaavat sivuston käyttöä, jotta voimme parantaa sitä.',
  analyticsPurpose: 'mitata sen käyttöä',
  marketingTitle: 'Markkinointi',
  marketingText:
    'Näyttävät kiinnostuksen kohteidesi mukaista mainontaa ja mittaavat sen vaikutusta, myös muilla sivustoilla.',
  marketingPurpose: 'näyttää sinulle kohdennettua mainontaa',
  mediaTitle: 'Upotettu media',
  mediaText:
    'Näyttävät videoita, karttoja ja muuta sisältöä muista palveluista, jotka voivat asettaa omia evästeitään.',
  mediaPurpose: 'näyttää upotettua mediaa',
  otherPurpose: 'palvella muita asetuksissa kuvattuja tarkoituksia',
  listWords: ', | ja | ja ',
}
