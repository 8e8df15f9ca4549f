// Placeholders as cookie policies print them: `{hash}`, `[UID]`, `<site_id>`. Cookie names are
// RFC 6265 tokens, which cannot contain any of these brackets, so they are never literal.
const PLACEHOLDER = /\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\*/g
const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/

/**
 * Turns a cookie-name pattern into a regular expression that matches whole names.
 *
 * Accepts exact names, `*` for any run of characters, the placeholders cookie policies write
 * (`wordpress_logged_in_{hash}`, `wp-settings-[UID]`, `_hjSessionUser_<site_id>`, each standing
 * for one or more characters), and `/regex/flags` literals.
 *
 * @throws {SyntaxError} for a `/regex/` that does not compile; `checkConfig` reports those, and
 *   unsafe ones, before a config is used.
 * @example cookiePattern('_ga_*').test('_ga_ABC123') // true
 */
export function cookiePattern(pattern: string): RegExp {
  const literal = REGEX_LITERAL.exec(pattern)
  if (literal) return new RegExp(literal[1]!, literal[2]!.replace(/[gy]/g, ''))
  const holes = pattern.match(PLACEHOLDER) || []
  return new RegExp(
    '^' +
      pattern
        .split(PLACEHOLDER)
        .map(
          (part, i) =>
            part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') +
            (holes[i] ? (holes[i] == '*' ? '.*' : '.+') : ''),
        )
        .join('') +
      '$',
  )
}

// A group that is itself repeated and contains a repetition, like `(a+)+` or `(\w*)*`, can take
// exponential time on a crafted cookie name. Cookie patterns never need that, so refuse it.
const NESTED_REPEAT = /\([^)]*[+*}][^)]*\)[+*{]/

/**
 * Whether a pattern compiles and cannot make matching slow.
 * @internal
 */
export function isSafePattern(pattern: string): boolean {
  try {
    return (
      !!pattern && pattern.length <= 200 && !NESTED_REPEAT.test(pattern) && !!cookiePattern(pattern)
    )
  } catch {
    return false
  }
}
