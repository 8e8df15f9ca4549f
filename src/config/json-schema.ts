import type { Shape } from './shape'

/** A JSON Schema (draft 2020-12) node. @internal */
export type JsonSchema = Record<string, unknown>

/**
 * Writes a shape as JSON Schema, with descriptions looked up by path in `docs` (`*` stands for
 * any key, `[]` for any array item; a path's own entry wins over a wildcard one).
 * @internal
 */
export function toJsonSchema(shape: Shape, docs: Record<string, string>, path = ''): JsonSchema {
  const doc = docs[path] ?? docs['*' + path.slice(path.lastIndexOf('.'))]
  const node: JsonSchema = doc ? { description: doc } : {}
  const at = (key: string) => (path ? `${path}.${key}` : key)
  switch (shape.k) {
    case 's':
      return { ...node, type: 'string', ...(shape.re && { pattern: shape.re.source }) }
    case 'n':
      return {
        ...node,
        type: shape.int ? 'integer' : 'number',
        ...(shape.min != null && { minimum: shape.min }),
      }
    case 'b':
      return { ...node, type: 'boolean' }
    case 'e':
      return { ...node, enum: [...shape.v] }
    case 'a':
      return { ...node, type: 'array', items: toJsonSchema(shape.of, docs, path + '[]') }
    case 'u':
      return { ...node, anyOf: shape.of.map((s) => toJsonSchema(s, docs, '\0')) }
    case 'r':
      return {
        ...node,
        type: 'object',
        ...(shape.key?.re && { propertyNames: { pattern: shape.key.re.source } }),
        additionalProperties: toJsonSchema(shape.of, docs, at('*')),
      }
    case 'o':
      return {
        ...node,
        type: 'object',
        properties: Object.fromEntries(
          Object.entries({ ...shape.req, ...shape.opt }).map(([key, s]) => [
            key,
            toJsonSchema(s, docs, at(key)),
          ]),
        ),
        ...(Object.keys(shape.req).length && { required: Object.keys(shape.req) }),
        additionalProperties: false,
      }
  }
}
