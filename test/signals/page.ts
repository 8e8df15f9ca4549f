import { afterEach, beforeEach, expect } from 'vitest'
import {
  dataLayerEvents,
  googleAnalyticsDisable,
  googleConsentMode,
  matomo,
  metaPixel,
  microsoftClarity,
  microsoftUet,
  tiktokPixel,
  type ConsentConfig,
  type ConsentPlugin,
  type ConsentUI,
} from 'consentry'
import { siteConfig } from '../helpers'

/*
 * The page as Google's and the vendors' snippets see it, for the signal tests: a site config
 * with one service per vendor adapter, every built-in signal plugin, and the page's globals
 * reset around each test so that no queue leaks from one test into the next.
 */

/** The page's globals the snippets read and write. */
export const page = window as unknown as Record<string, unknown> & {
  dataLayer?: unknown[]
  fbq?: (...args: unknown[]) => void
  uetq?: unknown[]
  clarity?: ((...args: unknown[]) => void) & { q?: IArguments[] }
  _paq?: unknown[][]
  ttq?: unknown[] & Record<string, unknown>
}

const GLOBALS = ['dataLayer', 'fbq', 'uetq', 'clarity', '_paq', 'ttq', 'ga-disable-G-TEST1']

const clean = () => {
  for (const name of GLOBALS) delete page[name]
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
}
beforeEach(clean)
afterEach(clean)

/** `siteConfig()` with a service for every vendor adapter and Consent Mode on. */
export const signalConfig = (extra: Partial<ConsentConfig> = {}): ConsentConfig => {
  const config = siteConfig()
  const services = config.services!
  services['google-analytics'] = {
    ...services['google-analytics']!,
    vendor: 'ga',
    ids: ['G-TEST1'],
  }
  services['meta-pixel'] = { ...services['meta-pixel']!, vendor: 'meta' }
  services['microsoft-uet'] = { category: 'marketing', vendor: 'uet' }
  services['microsoft-clarity'] = { category: 'analytics', vendor: 'clarity' }
  services.matomo = { category: 'analytics', vendor: 'matomo' }
  services['tiktok-pixel'] = { category: 'marketing', vendor: 'tiktok' }
  return { ...config, googleConsentMode: true, ...extra }
}

/** Every built-in signal plugin, in the script tag's order. */
export const allSignals = (): ConsentPlugin[] => [
  googleConsentMode(),
  dataLayerEvents(),
  metaPixel(),
  microsoftUet(),
  microsoftClarity(),
  matomo(),
  tiktokPixel(),
  googleAnalyticsDisable(),
]

/**
 * What is on `dataLayer`, gtag commands as plain arrays. Every array entry must have been pushed
 * as an `arguments` object: gtag.js ignores a plain array as a command.
 */
export function dataLayer(): unknown[] {
  return (page.dataLayer || []).map((entry) => {
    if (Array.isArray(entry))
      throw new Error('a plain array on dataLayer: ' + JSON.stringify(entry))
    const isArguments = Object.prototype.toString.call(entry) == '[object Arguments]'
    return isArguments ? Array.from(entry as IArguments) : entry
  })
}

/** Only the gtag commands on `dataLayer`, checked to be `arguments` objects. */
export function gtagCommands(): unknown[][] {
  const entries = page.dataLayer || []
  const commands = entries.filter((entry) => !(entry as { event?: string }).event)
  for (const command of commands)
    expect(Object.prototype.toString.call(command)).toBe('[object Arguments]')
  return commands.map((command) => Array.from(command as IArguments))
}

type Grant = 'granted' | 'denied'

/** A full Consent Mode state: every key denied but security, unless `granted` lists it. */
export const keys = (...granted: string[]): Record<string, Grant> =>
  Object.fromEntries(
    [
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
      'security_storage',
    ].map((key) => [
      key,
      key == 'security_storage' || granted.includes(key) ? 'granted' : 'denied',
    ]),
  )

export const AD = ['ad_storage', 'ad_user_data', 'ad_personalization']

/** The Consent Mode `default` command with every key denied but security. */
export const DEFAULT = ['consent', 'default', keys()]

/** A UI that records what it is asked to show. */
export const recordingUI = (): ConsentUI & { shown: string[] } => {
  const shown: string[] = []
  return { shown, show: (view) => void shown.push(view) }
}

/** Lets queued microtasks run. */
export const microtasks = () => new Promise<void>((done) => queueMicrotask(done))
