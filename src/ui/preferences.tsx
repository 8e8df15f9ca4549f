/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { CategoryConfig, Consent, CookieConfig } from '../types'
import { Choices } from './choices'
import { CookieTable } from './cookie-table'
import { dialogKeys } from './dialog-keys'
import type { Texts } from './lang/en'
import { safeUrl } from './safe-url'
import { localize } from './texts'

type Switches = Record<string, boolean>

/** Where the visitor is in the preferences: switch positions, and which categories are open. */
export interface PreferencesState {
  categories: Switches
  services: Switches
  open: Switches
}

/** Props of {@link Preferences}. */
export interface PreferencesProps {
  t: Texts
  lang: string
  consent: Consent
  /** Start from `{ ...consent.getState(), open: {} }`. */
  state: PreferencesState
  onChange: (state: PreferencesState) => void
  onSave: () => void
  onAccept: () => void
  onReject: () => void
  /** The close button or Escape: grants nothing. */
  onClose: () => void
}

// Whether Global Privacy Control opts the visitor out of a category: the engine's rule
// (`gpcApplies`: its own `gpc`, else whether it stands for an ad key) without the Consent Mode
// table, which would cost this chunk 230 bytes. Only the ids Google's mapping gives the ad keys
// can stand for them by default. test/ui/gpc.test.tsx holds the two to the same answers.
const gpcBlocks = (category: CategoryConfig, id: string) =>
  category.gpc ??
  (category.consentMode
    ? category.consentMode.some((key) => key.startsWith('ad_'))
    : /^(marketing|advertising|ads)$/.test(id))

// A switch, and the reason it cannot be switched ("Always on", "Opt-out request honored") as
// its description.
const Switch = (props: {
  on: boolean
  label: string
  reason?: string | undefined
  set?: (on: boolean) => void
}) => [
  props.reason && (
    <span class="on" id={'n' + props.label}>
      {props.reason}
    </span>
  ),
  <button
    class="sw"
    part="switch"
    role="switch"
    aria-checked={props.on}
    aria-labelledby={props.label}
    aria-describedby={props.reason && 'n' + props.label}
    disabled={!!props.reason}
    onClick={() => props.set?.(!props.on)}
  />,
]

/**
 * The preferences center, a modal dialog: every category with its switch (required ones locked
 * on, those a Global Privacy Control signal opts out of locked off), its services with their own
 * switches, provider, purpose, privacy policy and cookies. The switches start from the current
 * state, so nothing optional is on for an undecided visitor in an opt-in regime.
 */
export function Preferences(props: PreferencesProps) {
  const { t, lang, consent, state, onChange } = props
  const { categories, services, open } = state
  const { config } = consent
  const record = consent.getRecord()
  const { gpc } = consent.getState()
  const set = (patch: Partial<PreferencesState>) => onChange({ ...state, ...patch })
  const all = Object.entries(config.services || {})
  const cookiesOf = (owner: string, own: CookieConfig[] = []) => [
    ...own,
    ...(config.cookies || []).filter((cookie) => (cookie.service || cookie.category) == owner),
  ]
  const link = safeUrl(config.privacyPolicyUrl)

  return (
    <div class="ov" part="overlay">
      <div
        class="dl"
        tabIndex={-1}
        onKeyDown={dialogKeys(true, props.onClose)}
        part="preferences"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pt"
      >
        <div class="hd">
          <h2 id="pt">{t.preferencesTitle}</h2>
          <button class="x" part="close" aria-label={t.close} onClick={props.onClose}>
            ×
          </button>
        </div>
        <div class="bd">
          <p id="px" class="mt">
            {t.preferencesText} {link && <a href={link}>{t.privacyPolicy}</a>}
          </p>
          <ul>
            {Object.entries(config.categories).map(([id, category]) => {
              const locked = !!category.required
              // What GPC opts out of is off in the state and no click can grant it: say why.
              const reason = locked
                ? t.alwaysOn
                : gpc && gpcBlocks(category, id)
                  ? t.gpcHonored
                  : undefined
              const own = all.filter(([, service]) => service.category == id)
              const cookies = cookiesOf(id, category.cookies)
              const toggle = (on: boolean) => {
                set({
                  categories: { ...categories, [id]: on },
                  services: { ...services, ...Object.fromEntries(own.map(([sid]) => [sid, on])) },
                })
              }
              return (
                <li class="ct">
                  <div class="rw">
                    <h3 id={'c-' + id}>{localize(category.title, lang) || id}</h3>
                    <Switch on={!!categories[id]} label={'c-' + id} reason={reason} set={toggle} />
                  </div>
                  <p class="mt">
                    {localize(category.description, lang) || (locked ? t.necessaryText : '')}
                  </p>
                  {(own.length || cookies.length) > 0 && (
                    <button
                      class="dc"
                      aria-expanded={!!open[id]}
                      onClick={() => set({ open: { ...open, [id]: !open[id] } })}
                    >
                      {own.length ? t.showServices : t.cookies}
                    </button>
                  )}
                  {open[id] && (
                    <div>
                      <CookieTable t={t} lang={lang} cookies={cookies} />
                      <ul aria-label={t.services}>
                        {own.map(([sid, service]) => {
                          const policy = safeUrl(service.privacyPolicyUrl)
                          return (
                            <li class="sv">
                              <div class="rw">
                                <h4 id={'s-' + sid}>{service.name || sid}</h4>
                                <Switch
                                  on={!!services[sid]}
                                  label={'s-' + sid}
                                  reason={reason}
                                  set={(on) => set({ services: { ...services, [sid]: on } })}
                                />
                              </div>
                              {service.provider && (
                                <p class="mt">
                                  {t.provider}: {service.provider}
                                </p>
                              )}
                              {service.purpose && (
                                <p class="mt">
                                  {t.purpose}: {localize(service.purpose, lang)}
                                </p>
                              )}
                              {policy && (
                                <a href={policy} target="_blank">
                                  {t.privacyPolicy}
                                </a>
                              )}
                              <CookieTable
                                t={t}
                                lang={lang}
                                cookies={cookiesOf(sid, service.cookies)}
                              />
                            </li>
                          )
                        })}
                      </ul>
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
          {record && (
            <p class="mt">
              {t.consentId}: <code>{record.consentId}</code>{' '}
              <a
                download="consent-record.json"
                href={'data:application/json,' + encodeURIComponent(JSON.stringify(record))}
              >
                {t.downloadRecord}
              </a>
            </p>
          )}
        </div>
        <div class="ft">
          <Choices t={t} onAccept={props.onAccept} onReject={props.onReject} />
          <button class="b" part="button save" onClick={props.onSave}>
            {t.save}
          </button>
        </div>
      </div>
    </div>
  )
}
