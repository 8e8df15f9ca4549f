/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { CookieConfig, ServiceConfig } from '../types'
import { CookieTable } from './cookie-table'
import type { Texts } from './lang/en'
import { safeUrl } from './safe-url'
import { Switch } from './switch'
import { localize } from './texts'

/** Props of {@link ServiceRow}. @internal */
export interface ServiceRowProps {
  t: Texts
  lang: string
  id: string
  service: ServiceConfig
  cookies: CookieConfig[]
  on: boolean
  /** Why its switch is locked, as its category's. */
  reason: string | undefined
  set: (on: boolean) => void
}

/**
 * One service of a category: its switch, provider, purpose, privacy policy and cookies.
 * @internal
 */
export function ServiceRow({ t, lang, id, service, cookies, on, reason, set }: ServiceRowProps) {
  const policy = safeUrl(service.privacyPolicyUrl)
  return (
    <li class="service">
      <div class="row">
        <h4 id={'consentry-service-' + id}>{service.name || id}</h4>
        <Switch on={on} label={'consentry-service-' + id} reason={reason} set={set} />
      </div>
      {service.exempt && <p class="muted">{t.exemptNote}</p>}
      {service.provider && (
        <p class="muted">
          {t.provider}: {service.provider}
        </p>
      )}
      {service.purpose && (
        <p class="muted">
          {t.purpose}: {localize(service.purpose, lang)}
        </p>
      )}
      {policy && (
        <a href={policy} target="_blank">
          {t.privacyPolicy}
        </a>
      )}
      <CookieTable t={t} lang={lang} cookies={cookies} />
    </li>
  )
}
