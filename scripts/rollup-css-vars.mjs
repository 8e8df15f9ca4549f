// A rollup plugin that shortens the UI's private CSS custom properties at build time, so the
// source can say `var(--ui-accent)` while the shipped chunks say `var(--a)`.
//
// The private properties are the `--ui-*` ones the styles file declares (`--ui-name:`); the public
// `--consentry-*` ones a site sets are left as they are. Each short name is the long name's first
// letter (`--ui-accent` → `--a`, so a reader of the shipped CSS can still tell them apart), or the
// next free letter when that one is taken, handed out in the order the declarations first appear
// in that file: every build and chunk (the UI, the floating button, the npm entries) agrees
// without sharing state. A `--ui-*` name used in the UI's source but declared nowhere fails the
// build: it would otherwise fall back silently at run time.
import { readFileSync } from 'node:fs'
import { shortName } from './rollup-css-classes.mjs'

const PRIVATE = /--ui-[a-z][a-z-]*[a-z]/g
const DECLARED = /(--ui-[a-z][a-z-]*[a-z]):/g

/** The long → short table for the private properties the styles source declares. */
export function varTable(stylesSource) {
  const table = new Map()
  const taken = new Set()
  for (const [, name] of stylesSource.matchAll(DECLARED)) {
    if (table.has(name)) continue
    let short = name[5]
    for (let n = 0; taken.has(short); n++) short = shortName(n)
    taken.add(short)
    table.set(name, '--' + short)
  }
  return table
}

/** Rewrites one source file's private properties with the table; throws on an undeclared one. */
export function renameVars(code, table, id = 'source') {
  return code.replace(PRIVATE, (name) => {
    const short = table.get(name)
    if (!short) throw new Error(`${id}: ${name} is not declared in the UI's styles`)
    return short
  })
}

/**
 * The plugin. `styles` is the file that declares the private properties; `include` tests which
 * module ids are UI source to rewrite.
 */
export default function cssVars({ styles, include }) {
  const table = varTable(readFileSync(styles, 'utf8'))
  return {
    name: 'css-vars',
    transform(code, id) {
      if (!include.test(id) || !code.includes('--ui-')) return null
      return { code: renameVars(code, table, id), map: null }
    },
  }
}
