// A rollup plugin that shortens the config shapes' property names and kinds at build time, so
// the source can say `shape.kind == 'string'` and `required` while the shipped validator
// says `e.k=="s"` and `req`, in the script tag's chunks and in the npm build alike.
//
// It rewrites only the modules that build and read shape nodes (`SHAPE_MODULES`), before they are
// compiled: every property of the names in `SHORT_KEYS` (accessed, written, declared or
// destructured) and every string literal that is a kind (the value of a `kind` property, compared
// with a `.kind`, or a `case` of a `switch` on one). A node never leaves the bundle that builds
// it, and no other module reads one (test/config/shape-keys.test.ts holds both to account), so
// the short names never meet the long ones. Since every property of those names is renamed, the
// two modules use them for nothing else (no `Object.values` there, for instance).
import { readFile } from 'node:fs/promises'
import ts from 'typescript'

/**
 * Each shape key and its short name: the names the source had before they were spelt out, so
 * that what ships is what shipped.
 */
export const SHORT_KEYS = {
  kind: 'k',
  pattern: 're',
  hint: 'hint',
  integer: 'int',
  minimum: 'min',
  values: 'v',
  itemShape: 'of',
  valueShape: 'of',
  keyShape: 'key',
  required: 'req',
  optional: 'opt',
  alternatives: 'of',
}

/** Each kind of shape and its short name. */
export const SHORT_KINDS = {
  string: 's',
  number: 'n',
  boolean: 'b',
  enum: 'e',
  array: 'a',
  record: 'r',
  object: 'o',
  union: 'u',
}

/** The modules the plugin rewrites: those that build and read shape nodes. */
export const SHAPE_MODULES = /src[\\/]config[\\/](shape|check-shape)\.ts$/

const isKindAccess = (node) =>
  !!node && ts.isPropertyAccessExpression(node) && node.name.text == 'kind'

const EQUALITY = [
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]

// Whether a string literal stands for a kind of shape.
function isKind(literal) {
  const parent = literal.parent
  if (ts.isPropertyAssignment(parent))
    return parent.initializer == literal && parent.name.getText() == 'kind'
  if (ts.isBinaryExpression(parent) && EQUALITY.includes(parent.operatorToken.kind))
    return isKindAccess(parent.left == literal ? parent.right : parent.left)
  if (ts.isCaseClause(parent)) return isKindAccess(parent.parent.parent.expression)
  return false
}

// The edits to one module: [start, end, text], in any order.
function shorteningsOf(source) {
  const edits = []
  const rename = (name) => {
    if (ts.isIdentifier(name) && Object.hasOwn(SHORT_KEYS, name.text))
      edits.push([name.getStart(), name.getEnd(), SHORT_KEYS[name.text]])
  }
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node)) rename(node.name)
    else if (ts.isShorthandPropertyAssignment(node) && Object.hasOwn(SHORT_KEYS, node.name.text))
      edits.push([node.getStart(), node.getStart(), SHORT_KEYS[node.name.text] + ': '])
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      if (node.propertyName) rename(node.propertyName)
      else if (Object.hasOwn(SHORT_KEYS, node.name.getText()))
        edits.push([node.getStart(), node.getStart(), SHORT_KEYS[node.name.getText()] + ': '])
    } else if (ts.isPropertyAssignment(node) || ts.isPropertySignature(node)) rename(node.name)
    else if (ts.isStringLiteral(node) && Object.hasOwn(SHORT_KINDS, node.text) && isKind(node))
      edits.push([node.getStart(), node.getEnd(), `'${SHORT_KINDS[node.text]}'`])
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edits
}

/** Rewrites one shape module's TypeScript source with the short names. */
export function shortenShapeNames(code, fileName = 'shape.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true)
  return shorteningsOf(source)
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [start, end, text]) => out.slice(0, start) + text + out.slice(end), code)
}

/** The plugin: it runs before the TypeScript is compiled, whatever its place in the list. */
export default function shapeKeys() {
  return {
    name: 'shape-keys',
    transform: {
      order: 'pre',
      handler: (code, id) =>
        SHAPE_MODULES.test(id) ? { code: shortenShapeNames(code, id), map: null } : null,
    },
  }
}

/**
 * The same rewriting as an esbuild plugin, for what bundles the sources with esbuild: size-limit's
 * scenarios that reach `consentry` through tsconfig.json's `paths` measure src/, not dist/.
 */
export const esbuildShapeKeys = () => ({
  name: 'shape-keys',
  setup(build) {
    build.onLoad({ filter: SHAPE_MODULES }, async ({ path }) => ({
      contents: shortenShapeNames(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }))
  },
})
