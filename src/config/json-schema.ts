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
  switch (shape.kind) {
    case 'string':
      return { ...node, type: 'string', ...(shape.pattern && { pattern: shape.pattern.source }) }
    case 'number':
      return {
        ...node,
        type: shape.integer ? 'integer' : 'number',
        ...(shape.minimum != null && { minimum: shape.minimum }),
      }
    case 'boolean':
      return { ...node, type: 'boolean' }
    case 'enum':
      return { ...node, enum: [...shape.values] }
    case 'array':
      return { ...node, type: 'array', items: toJsonSchema(shape.itemShape, docs, path + '[]') }
    case 'union':
      // The description is the union's: '\0' is a path no entry of `docs` has.
      return {
        ...node,
        anyOf: shape.alternatives.map((alternative) => toJsonSchema(alternative, docs, '\0')),
      }
    case 'record':
      return {
        ...node,
        type: 'object',
        ...(shape.keyShape?.pattern && {
          propertyNames: { pattern: shape.keyShape.pattern.source },
        }),
        additionalProperties: toJsonSchema(shape.valueShape, docs, at('*')),
      }
    case 'object':
      return {
        ...node,
        type: 'object',
        properties: Object.fromEntries(
          Object.entries({ ...shape.required, ...shape.optional }).map(([key, field]) => [
            key,
            toJsonSchema(field, docs, at(key)),
          ]),
        ),
        ...(Object.keys(shape.required).length && {
          required: Object.keys(shape.required),
        }),
        additionalProperties: false,
      }
  }
}
