import { fireEvent, waitFor, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { checkConfig, type ConsentConfig, type ServiceConfig } from 'consentry'
import { siteConfig, start } from '../helpers'
import { showUI, ui, uiConfig } from '../ui/show-ui'

/** Self-hosted, cookie-light audience measurement, declared exempt as CNIL allows. */
const stats = (overrides: Partial<ServiceConfig> = {}): ServiceConfig => ({
  category: 'analytics',
  name: 'Site statistics',
  cookies: [{ name: '_pk_id.*', duration: '13 months' }],
  exempt: 'audience-measurement',
  ...overrides,
})

const withStats = (service = stats(), config: ConsentConfig = siteConfig()): ConsentConfig => ({
  ...config,
  services: { ...config.services, stats: service },
})

describe('consent-exempt audience measurement', () => {
  it('[prefs.exempt-measurement] is accepted with first-party cookies of at most 13 months, and nothing that advertises', () => {
    expect(checkConfig(withStats())).toEqual([])
  })

  it("[prefs.exempt-measurement] is refused, with the condition it breaks, for what CNIL's exemption does not cover", () => {
    const issues = (service: ServiceConfig, config?: ConsentConfig) =>
      checkConfig(withStats(service, config)).map(({ path, message }) => `${path}: ${message}`)
    const needs = '"exempt": "audience-measurement" needs'
    expect(
      issues(stats({ cookies: [{ name: '_x', duration: '1 year', thirdParty: true }] })),
    ).toEqual([`services.stats.cookies[0].thirdParty: ${needs} first-party cookies only`])
    expect(issues(stats({ cookies: [{ name: '_x', duration: '2 years' }] }))).toEqual([
      `services.stats.cookies[0].duration: ${needs} every cookie declared with a lifetime of at most 13 months`,
    ])
    expect(issues(stats({ cookies: [{ name: '_x' }] }))).toHaveLength(1)
    expect(issues(stats({ consentMode: ['analytics_storage', 'ad_storage'] }))).toEqual([
      `services.stats.consentMode: ${needs} no advertising Consent Mode key (no tracking across sites)`,
    ])
    expect(issues(stats({ vendor: 'meta' }))).toEqual([
      `services.stats.vendor: ${needs} a vendor that does not advertise across sites`,
    ])
    expect(issues(stats({ gpc: true }))).toEqual([
      `services.stats.gpc: ${needs} a service that does not sell or share data`,
    ])
    expect(issues(stats({ category: 'necessary' }))).toEqual([
      `services.stats.category: ${needs} an optional category (a required one needs no exemption)`,
    ])
    // A cookie listed at the top level for the service is held to the same conditions.
    const listed = {
      ...siteConfig(),
      cookies: [{ name: '_y', service: 'stats', duration: '2 years' }],
    }
    expect(issues(stats(), listed)).toEqual([
      `cookies[0].duration: ${needs} every cookie declared with a lifetime of at most 13 months`,
    ])
    expect(issues(stats({ exempt: 'analytics' as never }))).toHaveLength(1)
  })

  it('[prefs.exempt-measurement] runs before a choice only where the site declares it: nothing is exempt by default', () => {
    const consent = start(withStats())
    expect(consent.getState().decided).toBe(false)
    expect(consent.isGranted('stats')).toBe(true)
    expect(consent.isGranted('analytics')).toBe(false)
    expect(consent.isGranted('google-analytics')).toBe(false)
    expect(consent.isGranted('hotjar')).toBe(false)
  })

  it('[prefs.exempt-measurement] stops when the visitor objects, and stays off on the next page view', () => {
    start(withStats()).save({ categories: [], services: { stats: false } })
    const next = start(withStats())
    expect(next.isGranted('stats')).toBe(false)
  })

  it('stops on "Reject all", which refuses everything optional', () => {
    const consent = start(withStats())
    consent.rejectAll()
    expect(consent.isGranted('stats')).toBe(false)
  })

  it('[prefs.exempt-measurement] does not run before a choice under Global Privacy Control', () => {
    const consent = start(withStats(), { gpc: true })
    expect(consent.isGranted('stats')).toBe(false)
  })

  it('[prefs.exempt-measurement] is shown in the preferences as exempt, switched on, and can be switched off', async () => {
    const consent = await showUI(withStats(stats(), uiConfig()))
    fireEvent.click(ui().getByRole('button', { name: 'Customize' }))
    const dialog = within(ui().getByRole('dialog', { name: 'Cookie preferences' }))
    const analytics = dialog.getByRole('heading', { name: 'Analytics' }).closest('li')!
    fireEvent.click(within(analytics).getByRole('button', { name: 'Show services' }))
    const row = dialog.getByRole('heading', { name: 'Site statistics' }).closest('li')!
    expect(row.textContent).toContain('Audience measurement exempt from consent')
    const toggle = within(row).getByRole('switch')
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    fireEvent.click(toggle)
    fireEvent.click(dialog.getByRole('button', { name: 'Save choices' }))
    await waitFor(() => expect(consent.getState().decided).toBe(true))
    expect(consent.isGranted('stats')).toBe(false)
  })
})
