import type { Texts } from './en'

/** Italian. */
export const it: Texts = {
  bannerLabel: 'Consenso ai cookie',
  bannerTitle: 'Rispettiamo la tua privacy',
  bannerText:
    'Usiamo cookie e tecnologie simili per far funzionare questo sito e, con il tuo consenso, per {purposes}. Puoi cambiare idea in qualsiasi momento.',
  privacyPolicy: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  close: 'Chiudi',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText:
    'Scegli quali cookie possiamo utilizzare. I cookie strettamente necessari fanno funzionare il sito e non possono essere disattivati.',
  save: 'Salva le scelte',
  saved: 'Le tue scelte sono state salvate.',
  alwaysOn: 'Sempre attivi',
  necessaryText:
    'Necessari al funzionamento del sito, ad esempio per mantenere l’accesso. Non possono essere disattivati.',
  showServices: 'Mostra servizi',
  services: 'Servizi',
  provider: 'Fornitore',
  purpose: 'Finalità',
  cookies: 'Cookie',
  cookieName: 'Nome',
  lifetime: 'Durata',
  setBy: 'Impostato da',
  session: 'Sessione',
  firstParty: 'Questo sito',
  thirdParty: 'Terze parti',
  consentId: 'Il tuo ID di consenso',
  downloadRecord: 'Scarica la registrazione del mio consenso',
  reopen: 'Impostazioni cookie',
  placeholderTitle: 'Contenuto di {service}',
  placeholderText:
    'Questo contenuto è ospitato da {service}. Caricandolo condividi dati con {service}, che potrebbe impostare cookie.',
  loadOnce: 'Carica solo questa volta',
  alwaysAllow: 'Consenti sempre {service}',
  gpcHonored: 'Richiesta di opposizione rispettata',
  exemptNote:
    'Misurazione dell’audience esente da consenso (solo prima parte, statistiche aggregate). È attiva finché non la disattivi.',
  noticeText:
    'Utilizziamo i cookie per analisi e pubblicità. Puoi opporti in qualsiasi momento alla vendita o alla condivisione delle tue informazioni personali.',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  noticeOk: 'OK',
  necessaryTitle: 'Strettamente necessari',
  functionalTitle: 'Funzionali',
  functionalText: 'Ricordano le tue impostazioni, come lingua o regione.',
  functionalPurpose: 'ricordare le tue impostazioni',
  analyticsTitle: 'Statistiche',
  analyticsText: 'Misurano come viene usato il sito per migliorarlo.',
  analyticsPurpose: 'misurarne l’uso',
  marketingTitle: 'Marketing',
  marketingText:
    'Mostrano pubblicità in base ai tuoi interessi e ne misurano l’effetto, anche su altri siti.',
  marketingPurpose: 'mostrarti pubblicità personalizzata',
  mediaTitle: 'Contenuti incorporati',
  mediaText:
    'Mostrano video, mappe e altri contenuti di altri servizi, che possono impostare propri cookie.',
  mediaPurpose: 'mostrare contenuti incorporati',
  otherPurpose: 'perseguire le altre finalità descritte nelle impostazioni',
  listWords: ', | e | e ',
}
