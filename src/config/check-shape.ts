import type { ConfigIssue } from '../types'
import type { Shape } from './shape'

const IDENT = /^[A-Za-z_$][\w$-]*$/

/** Appends an object key to a JSON path the way a reader would write it. @internal */
export const joinPath = (path: string, key: string | number): string =>
  typeof key == 'number'
    ? `${path}[${key}]`
    : IDENT.test(key)
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${JSON.stringify(key)}]`

/** A short, safe rendering of a found value for an error message. @internal */
export const describeValue = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : Array.isArray(value)
      ? 'an array'
      : value && typeof value == 'object'
        ? 'an object'
        : typeof value == 'string'
          ? JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
          : /^[nbs]/.test(typeof value) // number, bigint, boolean, symbol
            ? String(value)
            : value === null
              ? 'null'
              : typeof value

const kindOf = (value: unknown): string =>
  Array.isArray(value)
    ? 'a'
    : value === null
      ? 'null'
      : typeof value == 'object'
        ? 'o'
        : typeof value

const baseKind = (shape: Shape): string =>
  shape.k == 's' || shape.k == 'e'
    ? 'string'
    : shape.k == 'n'
      ? 'number'
      : shape.k == 'b'
        ? 'boolean'
        : shape.k == 'a'
          ? 'a'
          : 'o'

const expected = (shape: Shape): string =>
  shape.k == 's'
    ? shape.hint || 'a string'
    : shape.k == 'n'
      ? (shape.int ? 'an integer' : 'a number') + (shape.min != null ? ` ≥ ${shape.min}` : '')
      : shape.k == 'b'
        ? 'true or false'
        : shape.k == 'e'
          ? 'one of ' + shape.v.map((v) => JSON.stringify(v)).join(', ')
          : shape.k == 'a'
            ? 'an array'
            : shape.k == 'u'
              ? shape.of.map(expected).join(' or ')
              : 'an object'

/**
 * Checks `value` against `shape`, collecting every problem rather than stopping at the first,
 * so a site owner fixes a config in one pass. Never throws, whatever the input.
 * @internal
 */
export function checkShape(
  shape: Shape,
  value: unknown,
  path: string,
  issues: ConfigIssue[],
): unknown {
  const fail = (what = expected(shape)) =>
    issues.push({ path, message: `expected ${what}, got ${describeValue(value)}` })
  const kind = kindOf(value)

  if (shape.k == 'u') {
    // Report the inner problems of the alternative whose kind fits, which is far more useful
    // than "expected a string or an object" for an object with one bad field.
    const fitting = shape.of.find((s) => baseKind(s) == kind)
    return fitting ? checkShape(fitting, value, path, issues) : fail()
  }
  if (baseKind(shape) != kind) return fail()
  if (shape.k == 's') return shape.re && !shape.re.test(value as string) && fail()
  if (shape.k == 'n')
    return (
      (!isFinite(value as number) ||
        (shape.int && !Number.isInteger(value)) ||
        (shape.min != null && (value as number) < shape.min)) &&
      fail()
    )
  if (shape.k == 'e') return shape.v.includes(value as string) || fail()
  if (shape.k == 'a')
    return (value as unknown[]).forEach((item, i) =>
      checkShape(shape.of, item, joinPath(path, i), issues),
    )
  if (shape.k == 'b') return
  const obj = value as Record<string, unknown>
  if (shape.k == 'r') {
    for (const key of Object.keys(obj)) {
      const at = joinPath(path, key)
      if (shape.key?.re && !shape.key.re.test(key))
        issues.push({
          path: at,
          message: `expected a name of ${shape.key.hint}, got ${describeValue(key)}`,
        })
      checkShape(shape.of, obj[key], at, issues)
    }
    return
  }
  for (const key of Object.keys(shape.req))
    checkShape(shape.req[key] as Shape, obj[key], joinPath(path, key), issues)
  // Own keys only: JSON.parse makes "__proto__" an own key, and `shape.opt.__proto__` or
  // `shape.opt.constructor` are not shapes.
  const own = (map: object, key: string) => Object.prototype.hasOwnProperty.call(map, key)
  for (const key of Object.keys(obj)) {
    // A JS caller may spread `undefined` into an option; that means "not set".
    if (obj[key] === undefined) continue
    if (own(shape.opt, key)) checkShape(shape.opt[key]!, obj[key], joinPath(path, key), issues)
    else if (!own(shape.req, key))
      issues.push({ path: joinPath(path, key), message: 'unknown option (misspelt?)' })
  }
}
