import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  SHAPE_MODULES,
  shortenShapeNames,
  SHORT_KEYS,
  SHORT_KINDS,
} from '../../scripts/rollup-shape-keys.mjs'
import { checkConfig } from '../../src/config/check-config'
import {
  array,
  boolean,
  number,
  object,
  oneOf,
  record,
  string,
  union,
  type Shape,
} from '../../src/config/shape'
import { siteConfig } from '../helpers'

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )

// Every name a module uses as a property: accessed, written, declared or destructured.
function propertyNames(file: string, code: string): Set<string> {
  const names = new Set<string>()
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true)
  const add = (name: ts.Node | undefined) => {
    if (name && (ts.isIdentifier(name) || ts.isStringLiteralLike(name))) names.add(name.text)
  }
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) add(node.name)
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent))
      add(node.propertyName ?? node.name)
    else if (
      ts.isPropertyAssignment(node) ||
      ts.isShorthandPropertyAssignment(node) ||
      ts.isPropertySignature(node)
    )
      add(node.name)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return names
}

// A module of src/ and what it imports, compiled one by one as the build does, the shape
// modules rewritten: a small CommonJS loader, enough for the engine's plain TypeScript.
function loadShortened(entry: string): Record<string, unknown> {
  const loaded = new Map<string, Record<string, unknown>>()
  const resolve = (from: string, specifier: string) =>
    [`${join(dirname(from), specifier)}.ts`, join(dirname(from), specifier, 'index.ts')].find(
      existsSync,
    )!
  const load = (file: string) => {
    const known = loaded.get(file)
    if (known) return known
    const exports: Record<string, unknown> = {}
    loaded.set(file, exports)
    const source = readFileSync(file, 'utf8')
    const code = SHAPE_MODULES.test(file) ? shortenShapeNames(source, file) : source
    const compiled = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText
    new Function('exports', 'require', compiled)(exports, (specifier: string) =>
      load(resolve(file, specifier)),
    )
    return exports
  }
  return load(entry)
}

// One node of each kind, with every option.
const everyKind: Shape[] = [
  string(/^x$/, 'an x'),
  number(0, true),
  boolean(),
  oneOf('a', 'b'),
  array(boolean()),
  record(boolean(), string(/^x$/)),
  object({ a: boolean() }, { b: boolean() }),
  union(boolean(), string()),
]

describe('the build shortening the config shapes', () => {
  it('has a short name for every property and every kind the shape builders give a node', () => {
    const keys = new Set(everyKind.flatMap((node) => Object.keys(node)))
    expect([...keys].sort()).toEqual(Object.keys(SHORT_KEYS).sort())
    expect(everyKind.map((node) => node.kind).sort()).toEqual(Object.keys(SHORT_KINDS).sort())
  })

  it('rewrites every long name and kind out of the modules that build and read nodes', () => {
    const modules = sourceFiles('src').filter((file) => SHAPE_MODULES.test(file))
    expect(modules.map((file) => file.replace(/\\/g, '/')).sort()).toEqual([
      'src/config/check-shape.ts',
      'src/config/shape.ts',
    ])
    for (const file of modules) {
      const shortened = shortenShapeNames(readFileSync(file, 'utf8'), file)
      const names = propertyNames(file, shortened)
      expect(
        Object.keys(SHORT_KEYS).filter((key) => names.has(key) && SHORT_KEYS[key] != key),
      ).toEqual([])
      // Kinds stay long only in the interfaces, which the compiler erases.
      const code = shortened.replace(/^export interface[\s\S]*?^}/gm, '')
      expect(code).not.toMatch(
        /kind: '|\.kind\b|\bk == '(string|number|boolean|enum|array|record|object|union)'/,
      )
    }
  })

  it('leaves no other module of src/ handling nodes, which would read the long names', () => {
    const importers = sourceFiles('src').filter((file) =>
      /from '\.\/shape'|config\/shape'/.test(readFileSync(file, 'utf8')),
    )
    // schema.ts only calls the builders; json-schema.ts runs from the sources at build time
    // (scripts/build-schema.ts), where nothing is shortened.
    expect(importers.map((file) => file.replace(/\\/g, '/')).sort()).toEqual([
      'src/config/check-shape.ts',
      'src/config/json-schema.ts',
      'src/config/schema.ts',
    ])
  })

  it('leaves the validator finding the same problems, worded the same', () => {
    const shortened = loadShortened('src/config/check-config.ts').checkConfig as typeof checkConfig
    const shortObject = loadShortened('src/config/shape.ts').object as typeof object
    expect(Object.keys(shortObject({}, {}))).toEqual(['k', 'req', 'opt'])
    const broken = {
      revision: 1.5,
      categories: { necessary: { required: 'yes' }, 'bad id': {} },
      services: { ga: { category: 'necessary', vendor: 'nobody', hosts: [1] } },
      regimes: { 'us-ca': 'opt-out' },
      googleConsentMode: { mode: 'advanced', regions: [{ region: ['US'], ad_storage: 'maybe' }] },
      ui: { layout: 'sideways' },
      caterogies: {},
    }
    for (const config of [siteConfig(), broken, null, [], { revision: 1 }]) {
      expect(shortened(config)).toEqual(checkConfig(config))
    }
    expect(checkConfig(broken).length).toBeGreaterThan(6)
  })
})
