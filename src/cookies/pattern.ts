// Placeholders as cookie policies print them: `{hash}`, `[UID]`, `<site_id>`. Cookie names are
// RFC 6265 tokens, which cannot contain any of these brackets, so they are never literal.
const PLACEHOLDER = /\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\*/g
const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/

// A /regex/ is never tried on a longer name, which bounds what it can cost (see regexCost). A
// browser keeps at most 4096 bytes of a cookie's name and value together; real names are far
// shorter, and wildcard patterns, which need no bound, match the rare longer ones.
const MAX_NAME = 1000

/**
 * Turns a cookie-name pattern into a regular expression that matches whole names.
 *
 * Accepts exact names, `*` for any run of characters, the placeholders cookie policies write
 * (`wordpress_logged_in_{hash}`, `wp-settings-[UID]`, `_hjSessionUser_<site_id>`, each standing
 * for one or more characters), and `/regex/flags` literals, which match no name longer than 1000
 * characters.
 *
 * @throws {SyntaxError} for a `/regex/` that does not compile; `checkConfig` reports those, and
 *   unsafe ones, before a config is used.
 * @example cookiePattern('_ga_*').test('_ga_ABC123') // true
 */
export function cookiePattern(pattern: string): RegExp {
  const literal = REGEX_LITERAL.exec(pattern)
  if (literal) {
    const flags = literal[2]!.replace(/[gy]/g, '')
    // Compiled alone first, so that a source such as `a)|(b` cannot escape the length check.
    RegExp(literal[1]!, flags)
    return RegExp(`^(?=[^]{0,${MAX_NAME}}$)[^]*?(?:${literal[1]})`, flags)
  }
  // `^a.*b.*c$` backtracks polynomially in the number of wildcards: against
  // `*_*_*_*_*_*_*_*_*_*!`, a name of 50 `_` would take hours. Taking each literal part where it
  // first occurs is enough, since the wildcard after it takes up whatever a later occurrence
  // would have left. So each part is found once, in a lookahead, which is never backtracked
  // into, and consumed by backreference: linear in the length of the name.
  const holes = pattern.match(PLACEHOLDER) || []
  return RegExp(
    '^' +
      pattern
        .split(PLACEHOLDER)
        .map((part, i, { length }) => {
          const text = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          const gap = holes[i - 1] == '*' ? '.*' : '.+'
          return !i ? text : i < length - 1 ? `(?=(${gap}?${text}))\\${i}` : gap + text
        })
        .join('') +
      '$',
  )
}

/**
 * How many ways a regex that compiles can try to match a name of MAX_NAME characters,
 * over-estimated: the start positions, times the ways of each quantifier and the alternatives of
 * each group. Infinite for what no length bounds: a repeated group, such as `(a+)+`, `(a|aa)+` or
 * `(.*a){12}`, and backreferences.
 */
function regexCost(source: string): number {
  let flat = source
    // An escape or a character class stands for one character. (Without the `u` flag, `\u{0,9}`
    // is indeed a repeated `u`.)
    .replace(/\\[^]|\[(?:\\[^]|[^\]\\])*\]/g, 'x')
    .replace(/\(\?(?:<?[=!]|<[^>]*>|[a-z-]*:)/g, '(')
  if (/\\[1-9k]/.test(source) || /\)[*+?{]/.test(flat)) return Infinity
  let cost = 1
  for (const [quantifier] of flat.matchAll(/([*+?]|\{\d+(,\d*)?\})\??/g))
    cost *= quantifier[0] == '?' ? 2 : /^\{\d+\}/.test(quantifier) ? 1 : MAX_NAME
  // Innermost groups first, each counted as one character once its alternatives are counted.
  while (
    flat !=
    (flat = flat.replace(/\(([^()]*)\)/g, (_, inner) => ((cost *= inner.split('|').length), 'x')))
  );
  // One start position when anchored, unless an alternative at the top is not.
  return cost * (/^\^[^|]*$/.test(flat) ? 1 : MAX_NAME * flat.split('|').length)
}

/**
 * Whether a pattern compiles and cannot make matching slow. Wildcard patterns always match in
 * linear time. A `/regex/` must not repeat a group (`(a+)+`) or refer back to one, takes the
 * flags `d`, `g`, `i`, `s`, `u`, `y` only, and must have few ways to try a name: as many as two
 * quantifiers when anchored with `^`, or one when not.
 * @internal
 */
export function isSafePattern(pattern: string): boolean {
  try {
    const literal = REGEX_LITERAL.exec(pattern)
    return (
      !!pattern &&
      pattern.length <= 200 &&
      !!cookiePattern(pattern) &&
      (!literal || (/^[dgisuy]*$/.test(literal[2]!) && regexCost(literal[1]!) <= 2 * MAX_NAME ** 2))
    )
  } catch {
    return false
  }
}
