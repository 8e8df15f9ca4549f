import { waitFor, within } from '@testing-library/preact'
import type { ConsentConfig, ConsentOptions } from 'consentry'
import { createUI, type UIOptions } from 'consentry/ui'
import { siteConfig, start } from '../helpers'

/** The site config with names, texts and cookies the preferences show. */
export const uiConfig = (): ConsentConfig => {
  const config = siteConfig()
  config.categories.necessary!.title = 'Strictly necessary'
  config.categories.analytics = { title: 'Analytics', description: 'Counts visits.' }
  config.categories.media = { title: { en: 'Media', de: 'Medien' } }
  Object.assign(config.services!['google-analytics']!, {
    name: 'Google Analytics',
    provider: 'Google Ireland Limited',
    purpose: 'Visit statistics',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
  })
  config.services!['google-analytics']!.cookies![0]!.purpose = 'Tells visitors apart'
  config.services!.youtube!.name = 'YouTube'
  config.cookies = [
    { name: 'marketing_seen', category: 'marketing', duration: 'session', thirdParty: true },
    { name: '_gcl_au', service: 'google-analytics', duration: '90 days' },
  ]
  config.privacyPolicyUrl = '/privacy-policy/'
  return config
}

/** The shadow root of the UI host that holds `selector`, as a container for queries. */
export const shadowWith = (selector: string) => {
  for (const host of Array.from(document.querySelectorAll('consentry-ui')))
    if (host.shadowRoot!.querySelector(selector)) return host.shadowRoot! as unknown as HTMLElement
  throw new Error(`no UI host holds ${selector}`)
}

/** Queries inside the main UI host (banner, preferences, status). */
export const ui = () => within(shadowWith('[role=status]'))

/** The element focused now, looking into shadow roots. */
export const focused = () => {
  const active = document.activeElement
  return active?.shadowRoot?.activeElement || active
}

/**
 * Starts a consent manager with the real UI, as a page would, and waits until the UI has
 * rendered. `engine` passes options to createConsent (a GPC signal, a region).
 */
export async function showUI(
  config: unknown = uiConfig(),
  options?: UIOptions,
  engine?: Omit<ConsentOptions, 'ui'>,
) {
  const consent = start(config, { ...engine, ui: createUI(options) })
  await waitFor(() => shadowWith('[role=status]'))
  return consent
}

/** Lets the UI's deferred consent call (after the next frame) run. */
export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
