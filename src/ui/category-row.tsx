/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { CategoryConfig, CookieConfig, ServiceConfig } from '../types'
import { categoryDescription, categoryTitle } from './categories'
import { CookieTable } from './cookie-table'
import type { Texts } from './lang/en'
import type { PreferencesState } from './preferences-state'
import { ServiceRow } from './service-row'
import { Switch } from './switch'

/** Props of {@link CategoryRow}. @internal */
export interface CategoryRowProps {
  t: Texts
  lang: string
  id: string
  category: CategoryConfig
  /** The services filed under it. */
  services: [string, ServiceConfig][]
  /** The cookies of a category or service, by its id and its own list. */
  cookiesOf: (owner: string, own?: CookieConfig[]) => CookieConfig[]
  /** Why the switch of a category (required or not) or a service cannot be switched, if so. */
  reasonOf: (id: string, required?: boolean) => string | undefined
  state: PreferencesState
  set: (patch: Partial<PreferencesState>) => void
}

/**
 * One category of the preferences: title, switch, description, and behind a disclosure button
 * its cookies and its services.
 * @internal
 */
export function CategoryRow(props: CategoryRowProps) {
  const { t, lang, id, category, services: own, cookiesOf, reasonOf, state, set } = props
  const reason = reasonOf(id, category.required)
  const { categories, services, open } = state
  const cookies = cookiesOf(id, category.cookies)
  // A category's switch moves its services' switches with it.
  const toggle = (on: boolean) =>
    set({
      categories: { ...categories, [id]: on },
      services: { ...services, ...Object.fromEntries(own.map(([sid]) => [sid, on])) },
    })
  return (
    <li class="category">
      <div class="row">
        <h3 id={'consentry-category-' + id}>{categoryTitle(t, id, category, lang)}</h3>
        <Switch
          on={!!categories[id]}
          label={'consentry-category-' + id}
          reason={reason}
          set={toggle}
        />
      </div>
      <p class="muted">{categoryDescription(t, id, category, lang)}</p>
      {(own.length || cookies.length) > 0 && (
        <button
          class="disclosure"
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
            {own.map(([sid, service]) => (
              <ServiceRow
                t={t}
                lang={lang}
                id={sid}
                service={service}
                cookies={cookiesOf(sid, service.cookies)}
                on={!!services[sid]}
                reason={reason || reasonOf(sid)}
                set={(on) => set({ services: { ...services, [sid]: on } })}
              />
            ))}
          </ul>
        </div>
      )}
    </li>
  )
}
