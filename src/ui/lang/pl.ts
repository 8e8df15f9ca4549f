import type { Texts } from './en'

/** Polish. */
export const pl: Texts = {
  bannerLabel: 'Zgoda na pliki cookie',
  bannerTitle: 'Szanujemy Twoją prywatność',
  bannerText:
    'Używamy plików cookie i podobnych technologii, aby ta strona działała, a za Twoją zgodą, aby {purposes}. Możesz w każdej chwili zmienić zdanie.',
  privacyPolicy: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  close: 'Zamknij',
  preferencesTitle: 'Preferencje plików cookie',
  preferencesText:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie zapewniają działanie strony i nie można ich wyłączyć.',
  save: 'Zapisz wybór',
  saved: 'Twój wybór został zapisany.',
  alwaysOn: 'Zawsze aktywne',
  necessaryText:
    'Wymagane do działania strony, np. do utrzymania zalogowania. Nie można ich wyłączyć.',
  showServices: 'Pokaż usługi',
  services: 'Usługi',
  provider: 'Dostawca',
  purpose: 'Cel',
  cookies: 'Pliki cookie',
  cookieName: 'Nazwa',
  lifetime: 'Okres przechowywania',
  setBy: 'Zapisywane przez',
  session: 'Sesja',
  firstParty: 'Ta strona',
  thirdParty: 'Podmiot zewnętrzny',
  consentId: 'Twój identyfikator zgody',
  downloadRecord: 'Pobierz zapis mojej zgody',
  reopen: 'Ustawienia plików cookie',
  placeholderTitle: 'Treść z serwisu {service}',
  placeholderText:
    'Ta treść jest udostępniana przez serwis {service}. Jej wczytanie przekaże dane do serwisu {service}, który może zapisywać pliki cookie.',
  loadOnce: 'Wczytaj jednorazowo',
  alwaysAllow: 'Zawsze zezwalaj na {service}',
  gpcHonored: 'Sprzeciw uwzględniony',
  exemptNote:
    'Pomiar oglądalności zwolniony z obowiązku zgody (tylko własny, zbiorcze statystyki). Działa, dopóki go nie wyłączysz.',
  noticeText:
    'Używamy plików cookie do analityki i reklamy. W każdej chwili możesz sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych.',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  noticeOk: 'OK',
  necessaryTitle: 'Niezbędne',
  functionalTitle: 'Funkcjonalne',
  functionalText: 'Zapamiętują Twoje ustawienia, np. język lub region.',
  functionalPurpose: 'zapamiętać Twoje ustawienia',
  analyticsTitle: 'Analityczne',
  analyticsText: 'Mierzą, jak strona jest używana, abyśmy mogli ją ulepszać.',
  analyticsPurpose: 'mierzyć jej użycie',
  marketingTitle: 'Marketingowe',
  marketingText:
    'Wyświetlają reklamy dopasowane do Twoich zainteresowań i mierzą ich skuteczność, także na innych stronach.',
  marketingPurpose: 'wyświetlać Ci spersonalizowane reklamy',
  mediaTitle: 'Osadzone media',
  mediaText:
    'Wyświetlają filmy, mapy i inne treści innych usług, które mogą zapisywać własne pliki cookie.',
  mediaPurpose: 'wyświetlać osadzone media',
  otherPurpose: 'realizować pozostałe cele opisane w ustawieniach',
  listWords: ', | i | i ',
}
