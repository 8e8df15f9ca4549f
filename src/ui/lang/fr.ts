import type { Texts } from './en'

/** French. */
export const fr: Texts = {
  bannerLabel: 'Consentement aux cookies',
  bannerTitle: 'Nous respectons votre vie privée',
  bannerText:
    'Nous utilisons des cookies et des technologies similaires pour faire fonctionner ce site et, avec votre consentement, pour {purposes}. Vous pouvez changer d’avis à tout moment.',
  privacyPolicy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  close: 'Fermer',
  preferencesTitle: 'Préférences de cookies',
  preferencesText:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires assurent le fonctionnement du site et ne peuvent pas être désactivés.',
  save: 'Enregistrer mes choix',
  saved: 'Vos choix ont été enregistrés.',
  alwaysOn: 'Toujours actifs',
  necessaryText:
    'Nécessaires au fonctionnement du site, par exemple pour maintenir votre connexion. Ils ne peuvent pas être désactivés.',
  showServices: 'Afficher les services',
  services: 'Services',
  provider: 'Fournisseur',
  purpose: 'Finalité',
  cookies: 'Cookies',
  cookieName: 'Nom',
  lifetime: 'Durée de vie',
  setBy: 'Déposé par',
  session: 'Session',
  firstParty: 'Ce site',
  thirdParty: 'Tiers',
  consentId: 'Votre identifiant de consentement',
  downloadRecord: 'Télécharger la preuve de mon consentement',
  reopen: 'Paramètres des cookies',
  placeholderTitle: 'Contenu de {service}',
  placeholderText:
    'Ce contenu est hébergé par {service}. Son chargement transmet des données à {service}, qui peut déposer des cookies.',
  loadOnce: 'Charger une fois',
  alwaysAllow: 'Toujours autoriser {service}',
  gpcHonored: 'Demande d’opposition respectée',
  exemptNote:
    'Mesure d’audience exemptée de consentement (première partie, statistiques agrégées uniquement). Elle fonctionne sauf si vous la désactivez.',
  noticeText:
    'Nous utilisons des cookies pour la mesure d’audience et la publicité. Vous pouvez à tout moment vous opposer à la vente ou au partage de vos informations personnelles.',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  noticeOk: 'OK',
  necessaryTitle: 'Strictement nécessaires',
  functionalTitle: 'Fonctionnels',
  functionalText: 'Mémorisent vos réglages, comme la langue ou la région.',
  functionalPurpose: 'mémoriser vos réglages',
  analyticsTitle: 'Mesure d’audience',
  analyticsText: 'Mesurent l’utilisation du site pour l’améliorer.',
  analyticsPurpose: 'mesurer son utilisation',
  marketingTitle: 'Marketing',
  marketingText:
    'Affichent des publicités selon vos centres d’intérêt et mesurent leur effet, y compris sur d’autres sites.',
  marketingPurpose: 'vous montrer des publicités personnalisées',
  mediaTitle: 'Médias intégrés',
  mediaText:
    'Affichent vidéos, cartes et autres contenus d’autres services, qui peuvent déposer leurs propres cookies.',
  mediaPurpose: 'afficher des médias intégrés',
  otherPurpose: 'servir les autres finalités décrites dans les réglages',
  listWords: ', | et | et ',
}
