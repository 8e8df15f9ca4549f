import type { Texts } from './en'

/** Portuguese (European). */
export const pt: Texts = {
  bannerLabel: 'Consentimento de cookies',
  bannerTitle: 'Respeitamos a sua privacidade',
  bannerText:
    'Utilizamos cookies e tecnologias semelhantes para o funcionamento deste site e, com o seu consentimento, para medir a utilização e mostrar conteúdos incorporados. Pode mudar de ideia a qualquer momento.',
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
  noticeText:
    'Utilizamos cookies para análise e publicidade. Pode opor-se a qualquer momento à venda ou partilha das suas informações pessoais.',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  noticeOk: 'OK',
}
