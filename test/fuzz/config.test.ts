import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkConfig, ConfigError, createConsent, type ConsentConfig } from 'consentry'
import { presets } from 'consentry/presets'
import { fakeJar, siteConfig } from '../helpers'
import { define, hostileString, hostileValue, mutate, mutation } from './arbitraries'

const demo = JSON.parse(readFileSync(join(process.cwd(), 'demo/consent.json'), 'utf8'))
const withPreset = (): ConsentConfig => {
  const config = siteConfig()
  config.services!.maps = { preset: 'google-maps' } as never
  return config
}
const seeds = [siteConfig(), demo, withPreset()]

// Edits that keep a config valid, or nearly: ids that Object.prototype also has, hostile texts.
const id = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'necessary'),
  fc.stringMatching(/^[\w-]{1,8}$/),
)
type Edit = (config: ConsentConfig) => void
const validEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(id, fc.boolean()).map(([name, required]) => (config: ConsentConfig) => {
    define(config.categories, name, required ? { required } : {})
  }),
  fc.tuple(id, fc.nat()).map(([name, pick]) => (config: ConsentConfig) => {
    const ids = Object.keys(config.categories)
    define((config.services ||= {}), name, { category: ids[pick % ids.length]! })
  }),
  fc.tuple(hostileString, fc.nat()).map(([name, pick]) => (config: ConsentConfig) => {
    const ids = Object.keys(config.categories)
    ;(config.cookies ||= []).push({ name: name.slice(0, 50), category: ids[pick % ids.length]! })
  }),
  fc
    .tuple(fc.constantFrom('title', 'description'), hostileString)
    .map(([field, text]) => (config: ConsentConfig) => {
      for (const category of Object.values(config.categories)) category[field] = text
    }),
  fc
    .tuple(fc.constantFrom('name', 'provider', 'purpose', 'privacyPolicyUrl'), hostileString)
    .map(([field, text]) => (config: ConsentConfig) => {
      for (const service of Object.values(config.services || {})) service[field] = text
    }),
)
const edited = fc
  .tuple(fc.nat(seeds.length - 1), fc.array(validEdit, { maxLength: 4 }))
  .map(([seed, edits]) => {
    const config = JSON.parse(JSON.stringify(seeds[seed])) as ConsentConfig
    for (const edit of edits) edit(config)
    return config
  })
const mutated = fc
  .tuple(edited, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([config, mutations]) => mutate(config, mutations))

const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
})

// A path as joinPath writes one: names, [index] and ["quoted key"], from the root.
const STEP = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y

/** The keys a path names, or undefined when it is not a path at all. */
const keysOf = (path: string): string[] | undefined => {
  const keys: string[] = []
  STEP.lastIndex = 0
  while (STEP.lastIndex < path.length) {
    const start = STEP.lastIndex
    const step = STEP.exec(path)
    if (!step || (start == 0 && path[0] == '.')) return undefined
    keys.push(step[1] ?? step[2] ?? JSON.parse(step[3]!))
  }
  return keys
}

/** Every issue names a path whose parent is in `input`, with a message. */
const expectPathNamingIssues = (input: unknown, issues: unknown) => {
  expect(Array.isArray(issues)).toBe(true)
  for (const issue of issues as { path: unknown; message: unknown }[]) {
    expect(typeof issue.message == 'string' && issue.message.length > 0).toBe(true)
    expect(typeof issue.path).toBe('string')
    const keys = keysOf(issue.path as string)
    expect(keys, `not a JSON path: ${issue.path}`).toBeDefined()
    let node = input
    for (const key of keys!.slice(0, -1)) {
      expect(
        !!node && typeof node == 'object' && Object.prototype.hasOwnProperty.call(node, key),
        `${issue.path} is not in the config`,
      ).toBe(true)
      node = (node as Record<string, unknown>)[key]
    }
  }
}

/**
 * What createConsent makes of a config: a manager (destroyed at once) or the issues of the
 * ConfigError it throws. Anything else it throws fails the test.
 */
function startOrIssues(config: unknown, catalogue?: typeof presets) {
  const options = { document: null, jar: fakeJar(), ...(catalogue && { presets: catalogue }) }
  try {
    createConsent(config as ConsentConfig, options).destroy()
    return { started: true, issues: [] }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return { started: false, issues: error.issues }
  }
}

const timed = <T>(run: () => T): T => {
  const started = performance.now()
  const result = run()
  // Not a speed test: a hang bound, hundreds of times what any real validation takes, so that
  // only a hang (or a blow-up in the pattern checks) reaches it, however busy the machine.
  expect(performance.now() - started).toBeLessThan(30_000)
  return result
}

describe('validating hostile configs', () => {
  it('returns path-naming issues for any value, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue(), hostileValue), (config) => {
        expectPathNamingIssues(
          config,
          timed(() => checkConfig(config)),
        )
        const { started, issues } = timed(() => startOrIssues(config, presets))
        expect(started || issues.length > 0).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 60_000)

  it('accepts or names the paths of what is wrong in mutated real configs', () => {
    fc.assert(
      fc.property(mutated, (config) => {
        expectPathNamingIssues(
          config,
          timed(() => checkConfig(config)),
        )
        for (const catalogue of [undefined, presets]) {
          const { started, issues } = timed(() => startOrIssues(config, catalogue))
          expect(started).toBe(issues.length == 0)
          for (const issue of issues) expect(keysOf(issue.path), issue.path).toBeDefined()
        }
      }),
      { numRuns: 2000 },
    )
  }, 60_000)
})

// No <iframe>: jsdom builds a whole window for each, 25 ms a case.
const GATED = `
  <script type="text/plain" data-consent="necessary">window.ran = 1</script>
  <script type="text/plain" data-consent="analytics" data-src="https://example.com/a.js"></script>
  <script type="text/plain" data-consent="google-analytics">window.ran = 1</script>
  <script type="text/plain" data-consent="marketing">window.ran = 1</script>
  <img data-consent="youtube" data-src="https://example.com/embed.gif">
  <template data-consent="media"><img src="https://example.com/pixel.gif"></template>`

describe('createConsent with a hostile config', () => {
  it('throws a ConfigError and activates nothing, or starts with nothing optional granted', () => {
    fc.assert(
      fc.property(fc.oneof(edited, mutated, hostileValue), (config) => {
        document.body.innerHTML = GATED
        let consent: ReturnType<typeof createConsent> | undefined
        try {
          consent = createConsent(config, { presets, jar: fakeJar() })
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError)
          expect((error as ConfigError).issues.length).toBeGreaterThan(0)
          const scripts = Array.from(document.scripts)
          expect(scripts).toHaveLength(4)
          for (const script of scripts) expect(script.type).toBe('text/plain')
          expect(document.querySelector('[data-consent-state], img[src]')).toBeNull()
          return
        }
        try {
          // Every declared id is there, as itself, nothing optional on until a decision.
          const { categories, services = {} } = consent.config
          const state = consent.getState()
          expect(Object.keys(state.categories)).toEqual(Object.keys(categories))
          expect(Object.keys(state.services)).toEqual(Object.keys(services))
          expect(state.decided).toBe(false)
          // An opt-out regime grants optional categories until the visitor objects.
          if (state.regime == 'opt-in')
            for (const [id, granted] of Object.entries(state.categories))
              expect(granted, id).toBe(!!categories[id]!.required)
          consent.acceptAll()
          for (const id of [...Object.keys(categories), ...Object.keys(services)])
            expect(consent.isGranted(id), id).toBe(true)
          consent.rejectAll()
          for (const id of Object.keys(categories))
            expect(consent.isGranted(id), id).toBe(!!categories[id]!.required)
        } finally {
          consent.destroy()
        }
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})

describe('keys that objects already have', () => {
  it('are unknown options, not shapes to check against', () => {
    const config = JSON.parse(
      '{"revision":1,"categories":{"n":{"required":true,"constructor":{}}},"__proto__":{},"toString":{}}',
    )
    expect(checkConfig(config)).toEqual([
      { path: 'categories.n.constructor', message: 'unknown option (misspelt?)' },
      { path: '__proto__', message: 'unknown option (misspelt?)' },
      { path: 'toString', message: 'unknown option (misspelt?)' },
    ])
  })

  it('refuse "__proto__" as an id, which the engine could not keep', () => {
    const config = JSON.parse(
      '{"revision":1,"categories":{"n":{"required":true}},"services":{"__proto__":{"category":"n"}}}',
    )
    expect(checkConfig(config)).toEqual([
      {
        path: 'services.__proto__',
        message: 'expected an id other than "__proto__", got "__proto__"',
      },
    ])
  })
})
