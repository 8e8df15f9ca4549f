import type { Consent } from '../types'
import { wantedLanguages } from './texts'
import type { WayBackLabels } from './way-back-button'

/**
 * The floating button's two labels in every built-in language: its name ("Cookie settings")
 * and the Global Privacy Control badge. consentry-floating.js carries this table instead of the
 * translations (13 × 2.5 kB), so a returning visitor's way back costs a few hundred bytes; a
 * unit test keeps it equal to src/ui/lang/*.ts.
 * @internal
 */
export const FLOATING_LABELS: Record<string, readonly [reopen: string, gpcHonored: string]> = {
  ar: ['إعدادات ملفات تعريف الارتباط', 'تم احترام رفضك'],
  cs: ['Nastavení cookies', 'Žádost o odmítnutí respektována'],
  da: ['Cookieindstillinger', 'Anmodning om fravalg respekteret'],
  de: ['Cookie-Einstellungen', 'Widerspruch berücksichtigt'],
  en: ['Cookie settings', 'Opt-out request honored'],
  es: ['Configuración de cookies', 'Solicitud de exclusión respetada'],
  fi: ['Evästeasetukset', 'Kieltopyyntö huomioitu'],
  fr: ['Paramètres des cookies', 'Demande d’opposition respectée'],
  it: ['Impostazioni cookie', 'Richiesta di opposizione rispettata'],
  nl: ['Cookie-instellingen', 'Opt-outverzoek gehonoreerd'],
  pl: ['Ustawienia plików cookie', 'Sprzeciw uwzględniony'],
  pt: ['Definições de cookies', 'Pedido de oposição respeitado'],
  sv: ['Cookieinställningar', 'Din invändning har respekterats'],
}

/**
 * The labels in the first language the visitor wants that there are words for: the site's own
 * `texts` win over the built-in table.
 * @internal
 */
export function wayBackLabels(consent: Consent, doc: Document): WayBackLabels {
  const { config } = consent
  for (const lang of wantedLanguages(config, doc, navigator)) {
    const [reopen, gpcHonored] = FLOATING_LABELS[lang] || []
    const site = config.texts?.[lang]
    if (reopen || site?.reopen)
      return {
        lang,
        reopen: site?.reopen || reopen!,
        gpcHonored: site?.gpcHonored || gpcHonored || FLOATING_LABELS.en![1],
      }
  }
  const [reopen, gpcHonored] = FLOATING_LABELS.en!
  return { lang: 'en', reopen, gpcHonored }
}
