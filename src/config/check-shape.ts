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

// The JSON type of a value, in the words of the shapes' kinds.
const jsonTypeOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value

// The JSON type a shape accepts (a union accepts its alternatives' own).
const jsonTypeOfShape = (shape: Shape): string =>
  shape.kind == 'string' || shape.kind == 'enum'
    ? 'string'
    : shape.kind == 'number'
      ? 'number'
      : shape.kind == 'boolean'
        ? 'boolean'
        : shape.kind == 'array'
          ? 'array'
          : 'object'

const expected = (shape: Shape): string =>
  shape.kind == 'string'
    ? shape.hint || 'a string'
    : shape.kind == 'number'
      ? (shape.integer ? 'an integer' : 'a number') +
        (shape.minimum != null ? ` ≥ ${shape.minimum}` : '')
      : shape.kind == 'boolean'
        ? 'true or false'
        : shape.kind == 'enum'
          ? 'one of ' + shape.values.map((allowed) => JSON.stringify(allowed)).join(', ')
          : shape.kind == 'array'
            ? 'an array'
            : shape.kind == 'union'
              ? shape.alternatives.map(expected).join(' or ')
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
  const type = jsonTypeOf(value)

  if (shape.kind == 'union') {
    // Report the inner problems of the alternative whose type fits, which is far more useful
    // than "expected a string or an object" for an object with one bad field.
    const fitting = shape.alternatives.find((alternative) => jsonTypeOfShape(alternative) == type)
    return fitting ? checkShape(fitting, value, path, issues) : fail()
  }
  if (jsonTypeOfShape(shape) != type) return fail()
  if (shape.kind == 'string') return shape.pattern && !shape.pattern.test(value as string) && fail()
  if (shape.kind == 'number')
    return (
      (!isFinite(value as number) ||
        (shape.integer && !Number.isInteger(value)) ||
        (shape.minimum != null && (value as number) < shape.minimum)) &&
      fail()
    )
  if (shape.kind == 'enum') return shape.values.includes(value as string) || fail()
  if (shape.kind == 'array')
    return (value as unknown[]).forEach((item, i) =>
      checkShape(shape.itemShape, item, joinPath(path, i), issues),
    )
  if (shape.kind == 'boolean') return
  const fields = value as Record<string, unknown>
  if (shape.kind == 'record') {
    for (const key of Object.keys(fields)) {
      const at = joinPath(path, key)
      if (shape.keyShape?.pattern && !shape.keyShape.pattern.test(key))
        issues.push({
          path: at,
          message: `expected a name of ${shape.keyShape.hint}, got ${describeValue(key)}`,
        })
      checkShape(shape.valueShape, fields[key], at, issues)
    }
    return
  }
  for (const key of Object.keys(shape.required))
    checkShape(shape.required[key] as Shape, fields[key], joinPath(path, key), issues)
  // Own keys only: JSON.parse makes "__proto__" an own key, and `shape.optional.__proto__` or
  // `shape.optional.constructor` are not shapes.
  const own = (map: object, key: string) => Object.prototype.hasOwnProperty.call(map, key)
  for (const key of Object.keys(fields)) {
    // A JS caller may spread `undefined` into an option; that means "not set".
    if (fields[key] === undefined) continue
    if (own(shape.optional, key))
      checkShape(shape.optional[key]!, fields[key], joinPath(path, key), issues)
    else if (!own(shape.required, key))
      issues.push({ path: joinPath(path, key), message: 'unknown option (misspelt?)' })
  }
}
