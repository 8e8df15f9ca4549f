// What bench/patch-floor.mjs runs in the page: a pass-through wrapper on every DOM method and
// setter consentry-auto.js patches (src/gating/auto-block/install.ts; test/bench/patch-surface.test.ts
// holds the two lists equal), and a MutationObserver that reads each node the parser adds. With
// `minimal`, only what no auto-blocker can do without. Self-contained: it is sent as its source.
export function patchSurface(minimal) {
  const wrap = (target, method) => {
    const original = target[method]
    if (original)
      target[method] = function (...args) {
        return original.apply(this, args)
      }
  }
  const wrapSetter = (prototype, property) => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, property)
    Object.defineProperty(prototype, property, {
      ...descriptor,
      set(value) {
        descriptor.set.call(this, value)
      },
    })
  }
  wrap(Element.prototype, 'setAttribute')
  for (const [name, property] of [
    ['script', 'src'],
    ['iframe', 'src'],
    ['img', 'src'],
    ['embed', 'src'],
    ['object', 'data'],
    ['link', 'href'],
    ['script', 'type'],
  ])
    wrapSetter(Object.getPrototypeOf(document.createElement(name)), property)
  wrap(Node.prototype, 'appendChild')
  wrap(Node.prototype, 'insertBefore')
  wrap(Element.prototype, 'append')
  wrapSetter(Element.prototype, 'innerHTML')
  wrap(document, 'write')
  if (!minimal) {
    wrap(Node.prototype, 'replaceChild')
    for (const target of [Element, CharacterData, Range])
      for (const method of [
        'prepend',
        'before',
        'after',
        'replaceWith',
        'replaceChildren',
        'insertAdjacentElement',
        'insertNode',
        'surroundContents',
      ])
        if (method in target.prototype) wrap(target.prototype, method)
    wrapSetter(Element.prototype, 'outerHTML')
    wrapSetter(ShadowRoot.prototype, 'innerHTML')
    wrap(Element.prototype, 'insertAdjacentHTML')
    wrap(Element.prototype, 'setHTMLUnsafe')
    wrap(ShadowRoot.prototype, 'setHTMLUnsafe')
    wrap(Range.prototype, 'createContextualFragment')
    wrap(document, 'writeln')
  }
  // The markup filter parses each tag in a template of its own.
  document.createElement('template')
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) void node.querySelectorAll
  }).observe(document.documentElement, { childList: true, subtree: true })
}
