import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createConsent, type ConsentChange, type ConsentConfig } from 'consentry'
import { fakeJar } from '../helpers'

/*
 * Properties of the state core, through the public API: whatever the config, the signals and the
 * choice, what is granted follows from them alone. No document: nothing but the state is tested.
 */

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/)

/** A config: a required category, optional ones (some with `gpc`), services spread over them. */
const config = fc
  .record({
    optional: fc.uniqueArray(fc.tuple(id, fc.option(fc.boolean(), { nil: undefined })), {
      minLength: 1,
      maxLength: 5,
      selector: ([name]) => name,
    }),
    services: fc.uniqueArray(fc.tuple(id, fc.nat()), { maxLength: 8, selector: ([name]) => name }),
  })
  .map(({ optional, services }): ConsentConfig => {
    const categories: ConsentConfig['categories'] = { necessary: { required: true } }
    for (const [name, gpc] of optional)
      if (name != 'necessary') categories[name] = gpc === undefined ? {} : { gpc }
    const names = Object.keys(categories)
    return {
      revision: 1,
      categories,
      services: Object.fromEntries(
        services
          .filter(([name]) => !names.includes(name))
          .map(([name, at]) => [name, { category: names[at % names.length]! }]),
      ),
    }
  })

/** A choice as `save()` takes it: lists or maps, with ids the config may not have. */
const choiceFor = (config: ConsentConfig) => {
  const known = [...Object.keys(config.categories), ...Object.keys(config.services || {})]
  const name = fc.oneof(fc.constantFrom(...known), id, fc.constant('toString'))
  const part = fc.oneof(fc.array(name), fc.dictionary(name, fc.boolean()))
  return fc.record({ categories: part, services: part }, { requiredKeys: [] })
}

const scenario = config.chain((config) =>
  fc.record({ config: fc.constant(config), choice: choiceFor(config), gpc: fc.boolean() }),
)

const granted = (map: Record<string, boolean> | string[] | undefined, name: string) =>
  Array.isArray(map) ? map.includes(name) : map?.[name] === true
const named = (map: Record<string, boolean> | string[] | undefined, name: string) =>
  Array.isArray(map) ? map.includes(name) : typeof map?.[name] == 'boolean'

describe('the state core', () => {
  it('never grants more than was chosen, always grants what is required, never what GPC blocks', () => {
    fc.assert(
      fc.property(scenario, ({ config, choice, gpc }) => {
        const consent = createConsent(config, { document: null, jar: fakeJar(), gpc })
        consent.save(choice)
        const { categories, services, gpcBlocked } = consent.getState()
        for (const [name, category] of Object.entries(config.categories)) {
          const gpcBlocks = gpc && (category.gpc ?? false)
          if (category.required) expect(categories[name]).toBe(true)
          else if (gpcBlocks) expect(categories[name]).toBe(false)
          else expect(categories[name]).toBe(granted(choice.categories, name))
          expect(gpcBlocked.includes(name)).toBe(!category.required && gpcBlocks)
        }
        for (const [name, { category }] of Object.entries(config.services || {})) {
          const chosen = named(choice.services, name)
            ? granted(choice.services, name)
            : granted(choice.categories, category)
          const required = !!config.categories[category]!.required
          const blocked = gpc && !!config.categories[category]!.gpc
          expect(services[name]).toBe(required || (!blocked && chosen))
        }
        consent.destroy()
      }),
      { numRuns: 300 },
    )
  })

  it('announces no change when the same decision is made twice', () => {
    fc.assert(
      fc.property(scenario, ({ config, choice, gpc }) => {
        const consent = createConsent(config, { document: null, jar: fakeJar(), gpc })
        const changes: ConsentChange[] = []
        consent.save(choice)
        const first = consent.getState()
        consent.on('change', (change) => changes.push(change))
        consent.save(choice)
        expect(changes).toEqual([])
        expect(consent.getState()).toEqual(first)
        consent.destroy()
      }),
      { numRuns: 200 },
    )
  })

  it('[banner.nothing-preticked] grants nothing optional before a decision in an opt-in regime, GPC or not', () => {
    fc.assert(
      fc.property(scenario, ({ config, gpc }) => {
        const consent = createConsent(config, { document: null, jar: fakeJar(), gpc })
        const { categories, decided, method } = consent.getState()
        // GPC may answer everything there is to ask (every optional category is one it blocks).
        expect(decided ? method : 'undecided').toBe(decided ? 'gpc' : 'undecided')
        for (const [name, category] of Object.entries(config.categories))
          expect(categories[name]).toBe(!!category.required)
        consent.destroy()
      }),
      { numRuns: 100 },
    )
  })
})
