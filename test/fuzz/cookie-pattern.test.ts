import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkConfig, cookiePattern } from 'consentry'
import { siteConfig } from '../helpers'

// A pattern a config can hold is one checkConfig accepts as a cookie name.
const accepted = (pattern: string) => {
  const config = siteConfig()
  config.services!.hotjar!.cookies = [{ name: pattern }]
  return checkConfig(config).length == 0
}

const placeholder = fc.constantFrom('*', '{hash}', '[UID]', '<site_id>', '{}', '*')
const literal = fc.oneof(
  fc.stringMatching(/^[\w.-]{1,5}$/),
  fc.constantFrom('_', '-', '.', 'a', '_ga_', 'wordpress_logged_in_'),
)
const glob = fc
  .array(fc.oneof(placeholder, literal), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''))

const quantifier = fc.constantFrom('*', '+', '?', '{2,5}', '{0,30}', '*?', '+?', '{3}', '{2,}')
const atom = fc.constantFrom('a', '_', '.', '\\w', '\\d', '[a-z]', '[_a]', '-', 'ab', '\\.', '[^x]')
const { node: regexBody } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    atom,
    fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((nodes) => nodes.join('')),
    fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((nodes) => `(${nodes.join('|')})`),
    tie('node').map((node) => `(?:${node})`),
    tie('node').map((node) => `(?=${node})`),
    fc
      .tuple(fc.oneof(atom, tie('node')), quantifier)
      .map(([node, q]) => (node.length < 3 ? node + q : `(?:${node})${q}`)),
  ),
}))
// Runs of quantified atoms, the shape that reaches the cost limit most often.
const flatBody = fc
  .tuple(
    fc.array(fc.tuple(atom, fc.option(quantifier, { nil: '' })), { minLength: 1, maxLength: 8 }),
    fc.option(fc.array(atom, { minLength: 2, maxLength: 5 }), { nil: [] }),
  )
  .map(
    ([run, alternatives]) =>
      (alternatives.length ? `(${alternatives.join('|')})` : '') + run.flat().join(''),
  )
const regexLiteral = fc
  .tuple(
    fc.constantFrom('', '^'),
    fc.oneof(regexBody, flatBody),
    fc.constantFrom('', '$'),
    fc.constantFrom('', 'i', 's', 'u', 'g', 'm', 'iu'),
  )
  .map(([start, body, end, flags]) => `/${start}${body}${end}/${flags}`)

// Textbook catastrophic backtracking, and what a config might plausibly contain by mistake.
const CATASTROPHIC = [
  '/(a+)+$/',
  '/(a|aa)+$/',
  '/(.*a){12}/',
  '/((a)+)+$/',
  '/(a*)*b/',
  '/(\\w+\\d*)+!/',
  '/(?:a|a)+$/',
  '/a*a*a*a*b/',
  '/.*_.*_.*_.*!/',
  `/${'(a|a)'.repeat(30)}!/`,
  `/${'a?'.repeat(25)}${'a'.repeat(25)}/`,
  '/^(_ga|_gid)+$/',
]
const known = fc.constantFrom(
  ...CATASTROPHIC,
  '*_*_*_*_*_*_*_*_*_*_!',
  '{a}{b}{c}{d}{e}{f}{g}x',
  '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b',
  '_ga_*',
  '/^_hjLocal/',
  '/^_pk_(id|ses)\\./i',
  '/^_ga_[A-Z0-9]+$/',
  '/.*_session$/',
)
const pattern = fc.oneof(glob, regexLiteral, known)

// Lengths that grow slowly enough that a pattern whose time explodes fails the bound at some
// step rather than hanging the run at the next one.
const LENGTHS = [4, 8, 12, 16, 20, 24, 28, 32]
while (LENGTHS.at(-1)! < 50_000) LENGTHS.push(Math.ceil(LENGTHS.at(-1)! * 1.25))
LENGTHS.push(999, 1000, 4095, 50_000)
LENGTHS.sort((a, b) => a - b)

// A name made to hurt this pattern: a long run of its own characters, then one that breaks the
// match at the very end.
const adversarialUnit = (pattern: string, pick: number) => {
  const own = [...new Set(pattern.replace(/[\\^$()|?*+{}[\]/<>]/g, ''))]
  const units = [...own, 'a', '_', '-', '.', 'a_', '_-', 'ab', own.slice(0, 2).join('')]
  return units[pick % units.length] || 'a'
}

// A hang bound, not a speed test: 80 times the slowest accepted pattern (about 25 ms on a
// 50,000-character name, alone on this machine), so that a busy runner, even one running other
// CPU-heavy work, never reaches it, and still far below what an unbounded pattern takes on these
// names (a minute and more: the bug this guards against took 75 s on 1,000 characters).
const MAX_MS = 2_000

// The best of three tries once one is slow: a garbage collection can pause any single one.
const timeToMatch = (match: RegExp, name: string) => {
  let best = Infinity
  for (let tries = 0; tries < 3 && best >= MAX_MS; tries++) {
    const started = performance.now()
    match.test(name)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe('cookie-name patterns under adversarial names', () => {
  it('match without hanging whatever pattern a config holds', () => {
    fc.assert(
      fc.property(
        pattern,
        fc.nat(),
        fc.constantFrom('', '!', 'x', '\n', 'b', '_'),
        fc.constantFrom('', '_ga_', 'wordpress_logged_in_', '_pk_id.'),
        (pattern, pick, suffix, prefix) => {
          if (!accepted(pattern)) return
          const match = cookiePattern(pattern)
          const unit = adversarialUnit(pattern, pick)
          for (const length of LENGTHS) {
            const name = (prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, length)
            expect(
              timeToMatch(match, name + suffix),
              `${pattern} on ${length} × ${JSON.stringify(unit)}`,
            ).toBeLessThan(MAX_MS)
          }
        },
      ),
      { numRuns: 1000 },
    )
  }, 60_000)

  it.each(CATASTROPHIC)('rejects %s with an error naming its path', (regex) => {
    const config = siteConfig()
    config.services!.hotjar!.cookies = [{ name: regex }]
    expect(checkConfig(config)).toEqual([
      {
        path: 'services.hotjar.cookies[0].name',
        message: expect.stringMatching(/^expected a cookie name, pattern or safe \/regex\//),
      },
    ])
  })
})

describe('a /regex/ pattern', () => {
  it.each([
    '/^_hjLocal/',
    '/^_pk_(id|ses)\\./i',
    '/^_ga_[A-Z0-9]+$/',
    '/^_pk_(id|ses)\\.\\d+\\.[0-9a-f]+$/',
    '/.*_session$/',
    '/^(?:_gcl_au|_gcl_aw|_gcl_dc)$/',
  ])('is accepted when it cannot be slow: %s', (regex) => {
    expect(accepted(regex)).toBe(true)
  })

  it.each(['/^_ga/m', '/(_ga)\\1/', '/(?<id>_ga)\\k<id>/', '/^_ga/v', '/a)|(?:b/'])(
    'is refused when its cost cannot be told or it does not compile: %s',
    (regex) => {
      expect(accepted(regex)).toBe(false)
    },
  )

  it('matches no name longer than 1000 characters', () => {
    const match = cookiePattern('/^_hj/')
    expect(match.test('_hj' + 'x'.repeat(997))).toBe(true)
    expect(match.test('_hj' + 'x'.repeat(998))).toBe(false)
    expect(cookiePattern('_hj*').test('_hj' + 'x'.repeat(50_000))).toBe(true)
  })
})

// The reference reading of a pattern without placeholders' regexes: every literal character in
// order, `*` any run, a placeholder one or more characters; none of them spans a line break,
// like `.`.
const globMatches = (pattern: string, name: string): boolean => {
  const PLACEHOLDER = /\{[^}]*\}|\[[^\]]*\]|<[^>]*>|\*/g
  const tokens: (string | number)[] = []
  let at = 0
  for (const hole of pattern.matchAll(PLACEHOLDER)) {
    tokens.push(...pattern.slice(at, hole.index), hole[0] == '*' ? 0 : 1)
    at = hole.index + hole[0].length
  }
  tokens.push(...pattern.slice(at))
  const memo = new Map<string, boolean>()
  const from = (t: number, n: number): boolean => {
    const key = t + ',' + n
    if (memo.has(key)) return memo.get(key)!
    const token = tokens[t]
    let result: boolean
    if (token === undefined) result = n == name.length
    else if (typeof token == 'string') result = name[n] === token && from(t + 1, n + 1)
    else {
      result = false
      for (let end = n; end <= name.length; end++) {
        if (end - n >= token && from(t + 1, end)) {
          result = true
          break
        }
        if (end < name.length && /[\n\r\u2028\u2029]/.test(name[end]!)) break
      }
    }
    memo.set(key, result)
    return result
  }
  return from(0, 0)
}

describe('cookie-name patterns, compiled for speed', () => {
  it('still match exactly what the pattern says', () => {
    const part = fc.oneof(placeholder, fc.stringMatching(/^[ab_.-]{1,3}$/))
    // A name made of the pattern's own literal parts, more than once, with characters between:
    // where taking the wrong occurrence of a part would show.
    const piece = fc.oneof(fc.nat(), fc.constantFrom('a', 'b', '_', '-', '.', '\n'))
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 8 }),
        fc.array(piece, { maxLength: 12 }),
        (parts, pieces) => {
          const pattern = parts.join('')
          const literals = parts.filter((part) => /^[ab_.-]+$/.test(part))
          const name = pieces
            .map((piece) =>
              typeof piece == 'number' ? literals[piece % literals.length] || 'a' : piece,
            )
            .join('')
          expect(cookiePattern(pattern).test(name), `${pattern} on ${JSON.stringify(name)}`).toBe(
            globMatches(pattern, name),
          )
        },
      ),
      { numRuns: 3000 },
    )
  }, 60_000)

  it('keep the meaning of a /regex/ for names a browser can hold', () => {
    fc.assert(
      fc.property(
        regexLiteral,
        fc.array(fc.constantFrom('a', 'b', '_', 'x', '-', '.'), { maxLength: 40 }),
        (pattern, chars) => {
          if (!accepted(pattern)) return
          const [, source, flags] = /^\/(.+)\/([a-z]*)$/.exec(pattern)!
          const name = chars.join('')
          expect(cookiePattern(pattern).test(name), `${pattern} on ${name}`).toBe(
            new RegExp(source!, flags!.replace(/[gy]/g, '')).test(name),
          )
        },
      ),
      { numRuns: 2000 },
    )
  }, 60_000)
})
