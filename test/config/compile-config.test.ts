import { createConsent, ConfigError } from 'consentry'
import { presets } from 'consentry/presets'
import { describe, expect, it } from 'vitest'
import { siteConfig, start } from '../helpers'

const withPreset = () => {
  const config = siteConfig()
  config.categories.media = {}
  config.services!.maps = { preset: 'google-maps' } as never
  return config
}

describe('compiling a config', () => {
  it('fills in a preset given the catalogue, the site winning field by field', () => {
    const config = withPreset()
    config.services!.maps!.name = 'Our map'
    const consent = start(config, { presets })
    expect(consent.config.services!.maps).toMatchObject({
      name: 'Our map',
      provider: presets['google-maps'].provider,
      category: 'media',
    })
    expect(consent.isGranted('maps')).toBe(false)
    consent.save({ categories: ['media'] })
    expect(consent.isGranted('maps')).toBe(true)
  })

  it('says how to get the catalogue when a config names a preset without it', () => {
    let error: unknown
    try {
      createConsent(withPreset())
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).issues[0]).toEqual({
      path: 'services',
      message: expect.stringContaining("import { presets } from 'consentry/presets'"),
    })
  })

  it('reports an unknown preset once, not also the category it would have given', () => {
    const config = siteConfig()
    config.services!.odd = { preset: 'no-such-thing' } as never
    let error: ConfigError | undefined
    try {
      createConsent(config, { presets })
    } catch (thrown) {
      error = thrown as ConfigError
    }
    expect(error!.issues).toEqual([
      { path: 'services.odd.preset', message: expect.stringContaining('got an unknown one') },
    ])
  })

  it('maps categories and services to Consent Mode keys and knows what GPC applies to', () => {
    const config = siteConfig()
    config.services!.ads = { category: 'analytics', consentMode: ['ad_user_data'] }
    const consent = start(config, { gpc: true })
    consent.acceptAll()
    expect(consent.getConsentMode()).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    })
    expect(consent.isGranted('marketing')).toBe(false)
    // A service with an ad key is advertising, wherever it is filed: GPC opts out of it too.
    expect(consent.isGranted('ads')).toBe(false)
    expect(consent.getState().gpcBlocked).toEqual(['marketing', 'ads'])
  })
})
