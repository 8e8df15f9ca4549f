import fc from 'fast-check'

/** Markup, script URLs and names that objects already have: what an attacker types first. */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  "'-alert(1)-'",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '&lt;b&gt;bold&lt;/b&gt;',
  '<b>bold</b>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  'https://example.com/privacy',
  'http://example.com/privacy',
  'mailto:dpo@example.com',
  '/privacy-policy/',
  '//evil.example/',
  '\\\\evil.example\\',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '\u202e',
  '\ud800',
  '{service}',
]

/** Keys to insert into objects: prototype names, the config's own option names, and noise. */
export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'required',
    'cookies',
    'category',
    'service',
    'name',
    'duration',
    'storage',
    'services',
    'categories',
    'revision',
    'preset',
    'texts',
    'privacyPolicyUrl',
    'expiry',
    'cookie',
    'consentMode',
    'googleConsentMode',
    'regime',
    'regimes',
    'language',
    'ui',
    'log',
  ),
  fc.string({ maxLength: 12 }),
)

// Long enough to find a quadratic scan; cheap enough for a thousand runs.
const huge = fc
  .tuple(
    fc.constantFrom('a', '1', '9.', '{', '(', '<', ' ', '~', '%', '\\', '_*', '1 day'),
    fc.integer({ min: 1_000, max: 100_000 }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

/** Any string, with markup, control characters, lone surrogates and 100 KB runs in it. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...HOSTILE_TEXTS),
  huge,
)

/** An own property, even one named `__proto__`, as JSON.parse makes it. */
export const define = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })

const nest = (value: unknown, depth: number, inArray: boolean): unknown => {
  let out = value
  for (let i = 0; i < depth; i++) out = inArray ? [out] : { a: out }
  return out
}

/** JSON values, and a few a JavaScript caller could pass, meant to break a validator. */
export const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.constantFrom(0, -1, 1, 1.5, -0, 2 ** 53, 1e308, NaN, Infinity, -Infinity, true, false, null),
    fc.double(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 })
      .map((entries) => entries.reduce((out, [key, value]) => define(out, key, value), {})),
    fc
      .tuple(tie('value'), fc.integer({ min: 1, max: 3_000 }), fc.boolean())
      .map(([value, depth, inArray]) => nest(value, depth, inArray)),
  ),
}))

/** One edit at a random place in a JSON tree. */
export interface Mutation {
  op: 'replace' | 'delete' | 'insert' | 'nest'
  /** Each step picks a child, modulo the number of children, until a leaf. */
  path: number[]
  key: string
  value: unknown
  depth: number
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'delete', 'insert', 'nest'),
  path: fc.array(fc.nat(), { maxLength: 8 }),
  key: hostileKey,
  value: hostileValue,
  depth: fc.integer({ min: 1, max: 3_000 }),
})

type Node = Record<string, unknown> | unknown[]
const isNode = (value: unknown): value is Node => !!value && typeof value == 'object'

/**
 * A copy of `seed` (plain JSON) with the mutations applied: values replaced by anything,
 * removed, keys and items inserted (`__proto__` included, as an own key), values buried deep.
 */
export function mutate(seed: unknown, mutations: Mutation[]): unknown {
  let root = JSON.parse(JSON.stringify(seed)) as unknown
  for (const { op, path, key, value, depth } of mutations) {
    let parent: Node | undefined
    let at = ''
    let node = root
    for (const step of path) {
      if (!isNode(node)) break
      const keys = Object.keys(node)
      if (!keys.length) break
      parent = node
      at = keys[step % keys.length]!
      node = (node as Record<string, unknown>)[at]
    }
    const put = (target: Node | undefined, where: string, next: unknown) => {
      if (!target) root = next
      else if (Array.isArray(target)) target[+where] = next
      else define(target, where, next)
    }
    if (op == 'replace') put(parent, at, value)
    else if (op == 'nest') put(parent, at, nest(node, depth, depth % 2 == 0))
    else if (op == 'delete') {
      if (Array.isArray(parent)) parent.splice(+at, 1)
      else if (parent) delete parent[at]
    } else {
      const target = isNode(node) ? node : parent
      if (Array.isArray(target)) target.splice(depth % (target.length + 1), 0, value)
      else if (target) define(target, key, value)
    }
  }
  return root
}
