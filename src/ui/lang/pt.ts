import type { Texts } from './en'

/** Portuguese (European). */
export const pt: Texts = {
  bannerLabel: 'Consentimento de cookies',
  bannerTitle: 'Respeitamos a sua privacidade',
  bannerText:
    'Usamos cookies e tecnologias semelhantes para manter este site a funcionar e, com o seu consentimento, para {purposes}. Pode mudar de ideias a qualquer momento.',
  privacyPolicy: 'Política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  close: 'Fechar',
  preferencesTitle: 'Preferências de cookies',
  preferencesText:
    'Escolha os cookies que podemos utilizar. Os cookies estritamente necessários garantem o funcionamento do site e não podem ser desativados.',
  save: 'Guardar escolhas',
  saved: 'As suas escolhas foram guardadas.',
  alwaysOn: 'Sempre ativos',
  necessaryText:
    'Necessários para o funcionamento do site, por exemplo para manter a sessão iniciada. Não podem ser desativados.',
  showServices: 'Mostrar serviços',
  services: 'Serviços',
  provider: 'Fornecedor',
  purpose: 'Finalidade',
  cookies: 'Cookies',
  cookieName: 'Nome',
  lifetime: 'Duração',
  setBy: 'Definido por',
  session: 'Sessão',
  firstParty: 'Este site',
  thirdParty: 'Terceiros',
  consentId: 'O seu ID de consentimento',
  downloadRecord: 'Transferir o registo do meu consentimento',
  reopen: 'Definições de cookies',
  placeholderTitle: 'Conteúdo de {service}',
  placeholderText:
    'Este conteúdo está alojado em {service}. Ao carregá-lo, partilha dados com {service}, que pode definir cookies.',
  loadOnce: 'Carregar só desta vez',
  alwaysAllow: 'Permitir sempre {service}',
  gpcHonored: 'Pedido de oposição respeitado',
  exemptNote:
    'Medição de audiência isenta de consentimento (apenas própria, estatísticas agregadas). Funciona a menos que a desative.',
  noticeText:
    'Utilizamos cookies para análise e publicidade. Pode opor-se a qualquer momento à venda ou partilha das suas informações pessoais.',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  noticeOk: 'OK',
  necessaryTitle: 'Estritamente necessários',
  functionalTitle: 'Funcionais',
  functionalText: 'Guardam as suas definições, como idioma ou região.',
  functionalPurpose: 'guardar as suas definições',
  analyticsTitle: 'Estatísticas',
  analyticsText: 'Medem como o site é usado, para o podermos melhorar.',
  analyticsPurpose: 'medir a sua utilização',
  marketingTitle: 'Marketing',
  marketingText:
    'Mostram publicidade segundo os seus interesses e medem o seu efeito, também noutros sites.',
  marketingPurpose: 'mostrar-lhe publicidade personalizada',
  mediaTitle: 'Conteúdo incorporado',
  mediaText:
    'Mostram vídeos, mapas e outros conteúdos de outros serviços, que podem definir os seus próprios cookies.',
  mediaPurpose: 'mostrar conteúdo incorporado',
  otherPurpose: 'cumprir as outras finalidades descritas nas definições',
  listWords: ', | e | e ',
}
