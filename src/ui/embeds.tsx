/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h, render } from 'preact'
import { activateElement } from '../gating/activate-element'
import type { Consent, ConsentChoice } from '../types'
import { Placeholder } from './placeholder'
import { localize, type Speech } from './texts'

const GATED = 'iframe[data-consent]:not([data-consent-state])'

/** What {@link watchEmbeds} is given. @internal */
export interface WatchEmbedsOptions {
  doc: Document
  consent: Consent
  speech: Speech
  /** Creates a shadow-rooted host; `place` puts it in the page. */
  mount: (place: (host: HTMLElement) => void) => ShadowRoot
  /** Runs a consent call after the placeholder's removal has painted. */
  later: (fn: () => void) => void
  /** Whether the UI is still on the page. */
  alive: () => boolean
}

// "Load this once" stores no consent, and activates the embed as the gate would: with the gate's own checks, so a
// `javascript:` data-src stays inert here too.
const loadOnce = (frame: HTMLIFrameElement) => activateElement(frame)

// Every current choice stays as it is, and this service (or category) is added. The core
// ignores the id in the list it does not belong to; a granted category's services must not be
// named, or they would stay off.
const grantOne = (consent: Consent, name: string): ConsentChoice => {
  const { categories, services } = consent.getState()
  return {
    categories: { ...categories, [name]: true },
    services: Object.fromEntries(
      Object.entries({ ...services, [name]: true }).filter(
        ([id]) => consent.config.services?.[id]?.category != name,
      ),
    ),
  }
}

// The same box the iframe has, so nothing moves: its laid-out size, else its attributes, and
// those only as numbers (pixels, or a percentage as old markup writes it): an attribute such as
// `10;position:fixed;inset:0` must never become style. Each property is set alone through the
// CSSOM, which a CSP without 'unsafe-inline' allows, and where a bad value is dropped instead of
// ending the declaration.
const sizeOf = (measured: number, given: string) =>
  measured
    ? measured + 'px'
    : /^\d+(\.\d+)?$/.test(given)
      ? given + 'px'
      : /^\d+(\.\d+)?%$/.test(given)
        ? given
        : ''

/** A shadow-rooted host before `frame`, in its box. */
const mountBox = (frame: HTMLIFrameElement, mount: WatchEmbedsOptions['mount']) => {
  // Fractional, unlike offsetHeight: a rounded height would move what follows by a pixel.
  const box = frame.getBoundingClientRect()
  return mount((host) => {
    const style = host.style
    style.display = 'block'
    style.setProperty('container-type', 'inline-size')
    style.maxWidth = '100%'
    style.width = sizeOf(box.width, frame.width)
    style.height = sizeOf(box.height, frame.height)
    frame.before(host)
  })
}

/**
 * Puts a placeholder in place of every gated iframe that is not granted, now and as iframes are
 * added, and takes it away once a choice grants it.
 * @returns a function that takes every placeholder away and stops watching.
 * @internal
 */
export function watchEmbeds({ doc, consent, speech, mount, later, alive }: WatchEmbedsOptions) {
  const { t, lang } = speech
  const shown = new Map<HTMLIFrameElement, ShadowRoot>()
  const { config } = consent
  const nameOf = (frame: Element) => frame.getAttribute('data-consent') || ''

  const remove = (frame: HTMLIFrameElement) => {
    const root = shown.get(frame)
    if (!root) return
    shown.delete(frame)
    render(null, root)
    root.host.remove()
    frame.hidden = false
  }

  const add = (frame: HTMLIFrameElement) => {
    const name = nameOf(frame)
    const service =
      config.services?.[name]?.name || localize(config.categories[name]?.title, lang) || name
    const root = mountBox(frame, mount)
    shown.set(frame, root)
    frame.hidden = true
    const done = () => {
      remove(frame)
      frame.focus()
    }
    render(
      <Placeholder
        t={t}
        service={service}
        onLoad={() => {
          loadOnce(frame)
          done()
        }}
        onAllow={() => {
          done()
          later(() => consent.save(grantOne(consent, name)))
        }}
      />,
      root,
    )
  }

  // Every iframe a placeholder hid shows again, still inert.
  const stop = () => {
    observer.disconnect()
    for (const frame of shown.keys()) remove(frame)
  }

  const scan = () => {
    // The UI was taken off the page (a test, an app tearing down): stop.
    if (!alive()) return stop()
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(GATED))
      if (!shown.has(frame) && !frame.hidden && !consent.isGranted(nameOf(frame))) add(frame)
    for (const frame of shown.keys())
      if (
        !frame.isConnected ||
        frame.hasAttribute('data-consent-state') ||
        consent.isGranted(nameOf(frame))
      )
        remove(frame)
  }

  const observer = new MutationObserver(scan)
  observer.observe(doc.documentElement, { childList: true, subtree: true })
  consent.on('change', scan)
  scan()
  return stop
}
