/**
 * A tiny schema language: plain objects that describe JSON. One description gives the
 * TypeScript type (`Infer`), the runtime check (`checkShape`) and the published JSON Schema
 * (`toJsonSchema`), so the three can never disagree.
 *
 * Nodes are data, not closures, so the JSON Schema writer can walk them at build time and the
 * script-tag core only pays for the checker. Their property names and kinds are spelt out here
 * and shortened by the build (scripts/rollup-shape-keys.mjs), since only this module and
 * check-shape.ts handle nodes in what ships.
 */

/** @internal */
export interface StringShape {
  kind: 'string'
  /** The accepted form, with `hint`, its human wording for errors. */
  pattern?: RegExp
  hint?: string
}
/** @internal */
export interface NumberShape {
  kind: 'number'
  integer?: boolean | undefined
  minimum?: number | undefined
}
/** @internal */
export interface BooleanShape {
  kind: 'boolean'
}
/** One of a fixed list of strings. @internal */
export interface EnumShape<V extends string = string> {
  kind: 'enum'
  values: readonly V[]
}
/** @internal */
export interface ArrayShape<T extends Shape = Shape> {
  kind: 'array'
  itemShape: T
}
/** An object used as a map: any keys (of `keyShape`, if given), each value of `valueShape`. @internal */
export interface RecordShape<T extends Shape = Shape> {
  kind: 'record'
  valueShape: T
  keyShape?: StringShape | undefined
}
/** An object with known fields, some of them required; any other field is a mistake. @internal */
export interface ObjectShape<
  R extends Record<string, Shape> = Record<string, Shape>,
  O extends Record<string, Shape> = Record<string, Shape>,
> {
  kind: 'object'
  required: R
  optional: O
}
/** @internal */
export interface UnionShape<U extends readonly Shape[] = readonly Shape[]> {
  kind: 'union'
  alternatives: U
}

/** @internal */
export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | EnumShape
  | ArrayShape
  | RecordShape
  | ObjectShape
  | UnionShape

type Simplify<T> = { [K in keyof T]: T[K] } & {}

/** The TypeScript type a shape accepts. @internal */
export type Infer<S> = S extends StringShape
  ? string
  : S extends NumberShape
    ? number
    : S extends BooleanShape
      ? boolean
      : S extends EnumShape<infer V>
        ? V
        : S extends ArrayShape<infer T>
          ? Infer<T>[]
          : S extends RecordShape<infer T>
            ? Record<string, Infer<T>>
            : S extends ObjectShape<infer R, infer O>
              ? Simplify<{ [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }>
              : S extends UnionShape<infer U>
                ? Infer<U[number]>
                : never

/** A string, of `pattern` if given (`hint` words it for errors; the pattern itself if not). @internal */
export const string = (pattern?: RegExp, hint?: string): StringShape =>
  pattern ? { kind: 'string', pattern, hint: hint || String(pattern) } : { kind: 'string' }
/** @internal */
export const number = (minimum?: number, integer?: boolean): NumberShape => ({
  kind: 'number',
  minimum,
  integer,
})
/** @internal */
export const boolean = (): BooleanShape => ({ kind: 'boolean' })
/** @internal */
export const oneOf = <V extends string>(...values: V[]): EnumShape<V> => ({
  kind: 'enum',
  values,
})
/** @internal */
export const array = <T extends Shape>(itemShape: T): ArrayShape<T> => ({
  kind: 'array',
  itemShape,
})
/** @internal */
export const record = <T extends Shape>(valueShape: T, keyShape?: StringShape): RecordShape<T> => ({
  kind: 'record',
  valueShape,
  keyShape,
})
/** @internal */
export const object = <R extends Record<string, Shape>, O extends Record<string, Shape>>(
  required: R,
  optional: O,
): ObjectShape<R, O> => ({ kind: 'object', required, optional })
/** @internal */
export const union = <U extends Shape[]>(...alternatives: U): UnionShape<U> => ({
  kind: 'union',
  alternatives,
})
