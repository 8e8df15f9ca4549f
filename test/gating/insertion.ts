/** The ways a page puts an element into the document, as auto-blocking's fuzz tests draw them. */
export const INSERTIONS = [
  'appendChild',
  'insertBefore',
  'replaceChild',
  'append',
  'prepend',
  'replaceChildren',
  'insertAdjacentElement',
  'afterText',
  'insertNode',
  'none',
] as const

/** Puts `el` into `host` by `method` (`none` leaves it out). */
export function insertInto(host: Element, el: Element, method: string): void {
  if (method == 'appendChild') host.appendChild(el)
  if (method == 'insertBefore') host.insertBefore(el, host.firstChild)
  if (method == 'append') host.append(el)
  if (method == 'prepend') host.prepend(el)
  if (method == 'replaceChild') host.replaceChild(el, host.appendChild(new Text()))
  if (method == 'replaceChildren')
    host.appendChild(document.createElement('span')).replaceChildren(el)
  if (method == 'insertAdjacentElement') host.insertAdjacentElement('beforeend', el)
  if (method == 'afterText') host.appendChild(new Text()).after(el)
  if (method == 'insertNode') {
    const range = document.createRange()
    range.selectNodeContents(host)
    range.insertNode(el)
  }
}

/** An empty `<div id="host">` as the body's only child, for one run of a fuzz test. */
export function freshHost(): Element {
  document.body.innerHTML = '<div id="host"></div>'
  return document.getElementById('host')!
}
