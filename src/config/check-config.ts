import { isSafePattern } from '../cookies/pattern'
import { MAX_EXPIRY } from './build-model'
import { checkExempt } from './check-exempt'
import { checkShape, describeValue, joinPath } from './check-shape'
import { parseDuration } from './duration'
import { configShape } from './schema'
import type { ConfigIssue, ConsentConfig, CookieConfig } from '../types'

/**
 * Validates a Consentry config: its shape, then what JSON Schema cannot say (a service in a
 * category that does not exist, a pattern that does not compile, an expiry past 13 months).
 *
 * @returns every problem found, each naming its JSON path; an empty list for a usable config.
 * @example
 * checkConfig({ revision: 1, categories: { analytics: {} } })
 * // [{ path: 'categories', message: 'expected a category with "required": true …' }]
 */
export function checkConfig(input: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  checkShape(configShape, input, '', issues)
  if (issues.length) return issues

  const config = input as ConsentConfig
  // Own keys only: an id such as "toString" must not be found on Object.prototype.
  const has = (map: object | undefined, key: string | undefined) =>
    !!map && key != null && Object.prototype.hasOwnProperty.call(map, key)
  const issue = (path: string, expected: string, got: unknown) =>
    issues.push({ path, message: `expected ${expected}, got ${describeValue(got)}` })
  const services = config.services || {}
  const known = Object.keys(config.categories)
    .map((id) => JSON.stringify(id))
    .join(', ')

  const checkCookies = (cookies: CookieConfig[] | undefined, path: string, owned: boolean) =>
    cookies?.forEach((cookie, i) => {
      const at = joinPath(path, i)
      if (!isSafePattern(cookie.name))
        issue(at + '.name', 'a cookie name, pattern or safe /regex/', cookie.name)
      if (cookie.duration != null && parseDuration(cookie.duration) == null)
        issue(
          at + '.duration',
          'a duration such as "14 days", "session" or seconds',
          cookie.duration,
        )
      if (owned) return
      if (!!cookie.service == !!cookie.category)
        issue(at, 'exactly one of "category" or "service"', cookie)
      else if (
        cookie.service ? !has(services, cookie.service) : !has(config.categories, cookie.category)
      )
        issue(
          at + (cookie.service ? '.service' : '.category'),
          'a declared id',
          cookie.service || cookie.category,
        )
    })

  // The engine keeps ids as keys of plain objects, where "__proto__" would set the prototype
  // instead: such a service would silently never be granted.
  for (const map of ['categories', 'services'] as const)
    if (has(config[map], '__proto__'))
      issue(joinPath(map, '__proto__'), 'an id other than "__proto__"', '__proto__')
  if (!Object.values(config.categories).some((category) => category.required))
    issue(
      'categories',
      'a category with "required": true (for necessary cookies)',
      config.categories,
    )
  for (const [id, category] of Object.entries(config.categories))
    checkCookies(category.cookies, joinPath(joinPath('categories', id), 'cookies'), true)
  for (const [id, service] of Object.entries(services)) {
    const at = joinPath('services', id)
    if (has(config.categories, id)) issue(at, 'an id not used by a category', id)
    if (!has(config.categories, service.category))
      issue(at + '.category', `one of ${known}`, service.category)
    checkCookies(service.cookies, joinPath(at, 'cookies'), true)
  }
  checkCookies(config.cookies, 'cookies', false)
  checkExempt(config, issues)
  for (const kind of ['consent', 'refusal'] as const) {
    const given = config.expiry?.[kind]
    const seconds = given == null ? 1 : parseDuration(given)
    if (!seconds || seconds > MAX_EXPIRY)
      issue(`expiry.${kind}`, 'a duration from 1 second to 13 months', given)
  }
  return issues
}
