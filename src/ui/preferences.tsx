/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { Consent, CookieConfig } from '../types'
import { CategoryRow } from './category-row'
import type { PreferencesState } from './preferences-state'
import { Choices } from './choices'
import { dialogKeys } from './dialog-keys'
import type { Texts } from './lang/en'
import { safeUrl } from './safe-url'

export type { PreferencesState }

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

/**
 * The preferences center, a modal dialog: every category with its switch (required ones locked
 * on, those a Global Privacy Control signal opts out of locked off), its services with their own
 * switches, provider, purpose, privacy policy and cookies. The switches start from the current
 * state, so nothing optional is on for an undecided visitor in an opt-in regime.
 */
export function Preferences(props: PreferencesProps) {
  const { t, lang, consent, state, onChange } = props
  const { config } = consent
  // What GPC opts out of is off in the state and no click can grant it: its switch says why.
  const { gpcBlocked } = consent.getState()
  const reasonOf = (id: string, required?: boolean) =>
    required ? t.alwaysOn : gpcBlocked.includes(id) ? t.gpcHonored : undefined
  const set = (patch: Partial<PreferencesState>) => onChange({ ...state, ...patch })
  const services = Object.entries(config.services || {})
  const cookiesOf = (owner: string, own: CookieConfig[] = []) => [
    ...own,
    ...(config.cookies || []).filter((cookie) => (cookie.service || cookie.category) == owner),
  ]
  const link = safeUrl(config.privacyPolicyUrl)

  return (
    <div class="overlay" part="overlay">
      <div
        class="dialog"
        tabIndex={-1}
        onKeyDown={dialogKeys(true, props.onClose)}
        part="preferences"
        role="dialog"
        aria-modal="true"
        aria-labelledby="consentry-preferences-title"
      >
        <div class="header">
          <h2 id="consentry-preferences-title">{t.preferencesTitle}</h2>
          <button class="close" part="close" aria-label={t.close} onClick={props.onClose}>
            ×
          </button>
        </div>
        <div class="body">
          <p class="muted">
            {t.preferencesText} {link && <a href={link}>{t.privacyPolicy}</a>}
          </p>
          <ul>
            {Object.entries(config.categories).map(([id, category]) => (
              <CategoryRow
                t={t}
                lang={lang}
                id={id}
                category={category}
                services={services.filter(([, service]) => service.category == id)}
                cookiesOf={cookiesOf}
                reasonOf={reasonOf}
                state={state}
                set={set}
              />
            ))}
          </ul>
          <RecordNote t={t} consent={consent} />
        </div>
        <div class="footer">
          <Choices t={t} onAccept={props.onAccept} onReject={props.onReject} />
          <button class="button" part="button save" onClick={props.onSave}>
            {t.save}
          </button>
        </div>
      </div>
    </div>
  )
}

// The consent ID of the stored record, and the record itself to download (GDPR art. 7(1): the
// visitor can show what they agreed to).
const RecordNote = ({ t, consent }: { t: Texts; consent: Consent }) => {
  const record = consent.getRecord()
  return (
    record && (
      <p class="muted">
        {t.consentId}: <code>{record.consentId}</code>{' '}
        <a
          download="consent-record.json"
          href={'data:application/json,' + encodeURIComponent(JSON.stringify(record))}
        >
          {t.downloadRecord}
        </a>
      </p>
    )
  )
}
