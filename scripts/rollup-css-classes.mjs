// A rollup plugin that shortens the UI's CSS class names at build time, so the source can say
// `.banner` and `class="row"` while the shipped chunks say `.a` and `class="b"`.
//
// The names come from the CSS in one source file (every `.name` selector in its template
// literals), and the short names are handed out in the order the selectors first appear there.
// Every build reads the same file, so chunks built separately (the UI chunk, which carries the
// CSS, and the preferences chunk, which only uses the names) agree without sharing state.
//
// It rewrites, in the UI's source files and before they are compiled:
// - `.name` selectors inside the template literals of the styles file;
// - whole words inside the literal parts of `class=` attributes, whether `class="a b"` or an
//   expression such as {`banner ${layout}`} (code inside `${}` is left alone);
// - a string literal that is exactly one class selector, as in querySelector('.dialog').
// Names listed in `keep` are not shortened: they are set at run time from config values
// (layouts, positions, themes).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const SELECTOR = /\.([a-z][\w-]*)/g
const TEMPLATE = /`[^`]*`/g
// Whole comment lines, whose backticks and dots are not CSS (a CSS line may start with `*{`).
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*\/|\*(\s|$)).*$/gm

// a, b, …, z, aa, ab, …: the nth short name.
export const shortName = (n) =>
  (n < 26 ? '' : shortName(Math.floor(n / 26) - 1)) + 'abcdefghijklmnopqrstuvwxyz'[n % 26]

/** The long → short table for the selectors of a styles source. */
export function classTable(stylesSource, keep = []) {
  const names = []
  for (const template of stylesSource.replace(COMMENT_LINE, '').match(TEMPLATE) || [])
    for (const [, name] of template.matchAll(SELECTOR))
      if (!keep.includes(name) && !names.includes(name)) names.push(name)
  const table = new Map()
  let next = 0
  for (const name of names) {
    let short
    do short = shortName(next++)
    while (keep.includes(short))
    table.set(name, short)
  }
  return table
}

const renameWords = (text, table) => text.replace(/[\w-]+/g, (word) => table.get(word) ?? word)

// The literal parts of a JavaScript expression (quoted strings, template text outside `${}`)
// renamed word by word; the code between them as it is. Returns the index after the closing
// brace that ends the expression, which starts just after an opening `{`.
function renameInExpression(code, start, table) {
  let out = ''
  let depth = 1
  let i = start
  // Open template literals, each with the brace depth its `${` started at.
  const templates = []
  while (i < code.length && depth > 0) {
    const char = code[i]
    if (char == "'" || char == '"') {
      const end = code.indexOf(char, i + 1)
      out += char + renameWords(code.slice(i + 1, end), table) + char
      i = end + 1
      continue
    }
    if (char == '`' || (char == '}' && templates.at(-1) == depth - 1 && depth > 1)) {
      if (char == '}') depth--
      // Template text up to its end or the next `${`.
      let j = i + 1
      while (j < code.length && code[j] != '`' && !(code[j] == '$' && code[j + 1] == '{')) j++
      out += char + renameWords(code.slice(i + 1, j), table)
      if (code[j] == '`') {
        if (char == '}') templates.pop()
        out += '`'
        i = j + 1
      } else {
        if (char == '`') templates.push(depth)
        out += '${'
        depth++
        i = j + 2
      }
      continue
    }
    if (char == '{') depth++
    if (char == '}') depth--
    out += char
    i++
  }
  return { out, end: i }
}

/** Rewrites one UI source file with the table. */
export function renameClasses(code, table, isStyles) {
  if (isStyles)
    return code
      .replace(COMMENT_LINE, '')
      .replace(TEMPLATE, (template) =>
        template.replace(SELECTOR, (match, name) =>
          table.has(name) ? '.' + table.get(name) : match,
        ),
      )
  let out = ''
  let last = 0
  for (const match of code.matchAll(/\bclass=(["{])/g)) {
    const open = match.index + match[0].length
    out += code.slice(last, open)
    if (match[1] == '"') {
      const end = code.indexOf('"', open)
      out += renameWords(code.slice(open, end), table)
      last = end
    } else {
      const { out: renamed, end } = renameInExpression(code, open, table)
      out += renamed
      last = end
    }
  }
  out += code.slice(last)
  return out.replace(/(['"])\.([a-z][\w-]*)\1/g, (match, quote, name) =>
    table.has(name) ? `${quote}.${table.get(name)}${quote}` : match,
  )
}

/**
 * The plugin. `styles` is the file whose CSS defines the class names; `include` tests which
 * module ids are UI source to rewrite.
 */
export default function cssClasses({ styles, include, keep = [] }) {
  const stylesPath = resolve(styles)
  const table = classTable(readFileSync(stylesPath, 'utf8'), keep)
  return {
    name: 'css-classes',
    transform(code, id) {
      if (!include.test(id)) return null
      return { code: renameClasses(code, table, resolve(id) == stylesPath), map: null }
    },
  }
}
