import { afterEach, describe, expect, it } from 'vitest'
import { patchSurface } from '../../bench/patch-surface.mjs'
import { installAutoBlock } from '../../src/gating/auto-block/install'

// Everything auto-blocking could patch: the DOM's prototypes, and the document itself.
const targets = (): Record<string, object> => ({
  document,
  ...Object.fromEntries(
    [
      Node,
      Element,
      CharacterData,
      Range,
      ShadowRoot,
      HTMLScriptElement,
      HTMLIFrameElement,
      HTMLImageElement,
      HTMLEmbedElement,
      HTMLObjectElement,
      HTMLLinkElement,
    ].map((constructor) => [constructor.name, constructor.prototype]),
  ),
})

type Descriptors = Record<string, PropertyDescriptorMap>
const snapshot = (): Descriptors =>
  Object.fromEntries(
    Object.entries(targets()).map(([name, target]) => [
      name,
      Object.getOwnPropertyDescriptors(target),
    ]),
  )

// Runs `patch`, then puts every descriptor back: what it replaced or added, as `Target.property`.
function patchedBy(patch: () => void): string[] {
  const before = snapshot()
  patch()
  const changed: string[] = []
  for (const [name, target] of Object.entries(targets())) {
    const was = before[name]!
    for (const [property, now] of Object.entries(Object.getOwnPropertyDescriptors(target))) {
      const old = was[property]
      if (
        old &&
        ['value', 'get', 'set'].every((key) => old[key as 'value'] === now[key as 'value'])
      )
        continue
      changed.push(`${name}.${property}`)
      if (old) Object.defineProperty(target, property, old)
      else delete (target as Record<string, unknown>)[property]
    }
  }
  return changed.sort()
}

describe('the patch floor of the benchmark (bench/patch-floor.mjs)', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('wraps exactly the methods and setters auto-blocking patches', () => {
    const autoBlock = patchedBy(() =>
      installAutoBlock(document, {
        config: { categories: {}, autoBlock: true },
        isGranted: () => false,
        onUndeclared: () => {},
      }),
    )
    expect(autoBlock).toContain('Node.appendChild')
    expect(patchedBy(() => patchSurface(false))).toEqual(autoBlock)
  })

  it('wraps a part of them with --minimal', () => {
    const all = patchedBy(() => patchSurface(false))
    const minimal = patchedBy(() => patchSurface(true))
    expect(minimal.length).toBeLessThan(all.length)
    expect(all).toEqual(expect.arrayContaining(minimal))
  })
})
