/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h } from 'preact'
import type { CookieConfig } from '../types'
import type { Texts } from './lang/en'
import { lifetime } from './lifetime'
import { localize } from './texts'

/** Props of {@link CookieTable}. */
export interface CookieTableProps {
  t: Texts
  lang: string
  cookies: Omit<CookieConfig, 'category' | 'service'>[]
}

/** The cookies of a category or service: name, purpose, lifetime in words, who sets it. */
export function CookieTable({ t, lang, cookies }: CookieTableProps) {
  return cookies.length ? (
    <div class="table">
      <table>
        <thead>
          <tr>
            {[t.cookieName, t.purpose, t.lifetime, t.setBy].map((heading) => (
              <th scope="col">{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cookies.map((cookie) => (
            <tr>
              <td>
                <code>{cookie.name}</code>
              </td>
              <td>{localize(cookie.purpose, lang)}</td>
              <td>{lifetime(cookie.duration, lang, t.session)}</td>
              <td>{cookie.thirdParty ? t.thirdParty : t.firstParty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ) : null
}
