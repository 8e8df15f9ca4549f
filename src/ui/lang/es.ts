import type { Texts } from './en'

/** Spanish. */
export const es: Texts = {
  bannerLabel: 'Consentimiento de cookies',
  bannerTitle: 'Respetamos su privacidad',
  bannerText:
    'Usamos cookies y tecnologías similares para que este sitio funcione y, con su consentimiento, para {purposes}. Puede cambiar de opinión en cualquier momento.',
  privacyPolicy: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  close: 'Cerrar',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Elija qué cookies podemos utilizar. Las cookies estrictamente necesarias permiten que el sitio funcione y no se pueden desactivar.',
  save: 'Guardar selección',
  saved: 'Su selección se ha guardado.',
  alwaysOn: 'Siempre activas',
  necessaryText:
    'Necesarias para que el sitio funcione, por ejemplo para mantener su sesión iniciada. No se pueden desactivar.',
  showServices: 'Mostrar servicios',
  services: 'Servicios',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  cookies: 'Cookies',
  cookieName: 'Nombre',
  lifetime: 'Duración',
  setBy: 'Instalada por',
  session: 'Sesión',
  firstParty: 'Este sitio',
  thirdParty: 'Terceros',
  consentId: 'Su ID de consentimiento',
  downloadRecord: 'Descargar mi registro de consentimiento',
  reopen: 'Configuración de cookies',
  placeholderTitle: 'Contenido de {service}',
  placeholderText:
    'Este contenido está alojado por {service}. Al cargarlo se comparten datos con {service}, que puede instalar cookies.',
  loadOnce: 'Cargar solo esta vez',
  alwaysAllow: 'Permitir siempre {service}',
  gpcHonored: 'Solicitud de exclusión respetada',
  exemptNote:
    'Medición de audiencia exenta de consentimiento (solo propia, estadísticas agregadas). Funciona salvo que la desactive.',
  noticeText:
    'Utilizamos cookies para análisis y publicidad. Puede optar en cualquier momento por que no se venda ni se comparta su información personal.',
  doNotSell: 'No vender ni compartir mi información personal',
  noticeOk: 'Aceptar',
  necessaryTitle: 'Estrictamente necesarias',
  functionalTitle: 'Funcionales',
  functionalText: 'Recuerdan sus ajustes, como el idioma o la región.',
  functionalPurpose: 'recordar sus ajustes',
  analyticsTitle: 'Analíticas',
  analyticsText: 'Miden cómo se usa el sitio para poder mejorarlo.',
  analyticsPurpose: 'medir su uso',
  marketingTitle: 'Marketing',
  marketingText:
    'Muestran publicidad según sus intereses y miden su efecto, también en otros sitios.',
  marketingPurpose: 'mostrarle publicidad personalizada',
  mediaTitle: 'Contenido incrustado',
  mediaText:
    'Muestran vídeos, mapas y otros contenidos de otros servicios, que pueden instalar sus propias cookies.',
  mediaPurpose: 'mostrar contenido incrustado',
  otherPurpose: 'cumplir los demás fines descritos en los ajustes',
  listWords: ', | y | y ',
}
