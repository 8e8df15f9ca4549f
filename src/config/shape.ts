/**
 * A tiny schema language: plain objects that describe JSON. One description gives the
 * TypeScript type (`Infer`), the runtime check (`checkShape`) and the published JSON Schema
 * (`toJsonSchema`), so the three can never disagree.
 *
 * Nodes are data, not closures, so the JSON Schema writer can walk them at build time and the
 * script-tag core only pays for the checker.
 */

/** @internal */
export interface StringShape {
  k: 's'
  /** Accepted form, with its human wording for errors. */
  re?: RegExp
  hint?: string
}
/** @internal */
export interface NumberShape {
  k: 'n'
  int?: boolean | undefined
  min?: number | undefined
}
/** @internal */
export interface BooleanShape {
  k: 'b'
}
/** @internal */
export interface EnumShape<V extends string = string> {
  k: 'e'
  v: readonly V[]
}
/** @internal */
export interface ArrayShape<T extends Shape = Shape> {
  k: 'a'
  of: T
}
/** @internal */
export interface RecordShape<T extends Shape = Shape> {
  k: 'r'
  of: T
  key?: StringShape | undefined
}
/** @internal */
export interface ObjectShape<
  R extends Record<string, Shape> = Record<string, Shape>,
  O extends Record<string, Shape> = Record<string, Shape>,
> {
  k: 'o'
  req: R
  opt: O
}
/** @internal */
export interface UnionShape<U extends readonly Shape[] = readonly Shape[]> {
  k: 'u'
  of: U
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

/** @internal */
export const string = (re?: RegExp, hint?: string): StringShape =>
  re ? { k: 's', re, hint: hint || String(re) } : { k: 's' }
/** @internal */
export const number = (min?: number, int?: boolean): NumberShape => ({ k: 'n', min, int })
/** @internal */
export const boolean = (): BooleanShape => ({ k: 'b' })
/** @internal */
export const oneOf = <V extends string>(...v: V[]): EnumShape<V> => ({ k: 'e', v })
/** @internal */
export const array = <T extends Shape>(of: T): ArrayShape<T> => ({ k: 'a', of })
/** @internal */
export const record = <T extends Shape>(of: T, key?: StringShape): RecordShape<T> => ({
  k: 'r',
  of,
  key,
})
/** @internal */
export const object = <R extends Record<string, Shape>, O extends Record<string, Shape>>(
  req: R,
  opt: O,
): ObjectShape<R, O> => ({ k: 'o', req, opt })
/** @internal */
export const union = <U extends Shape[]>(...of: U): UnionShape<U> => ({ k: 'u', of })
