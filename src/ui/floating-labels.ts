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
