import { expect, it } from 'vitest'
import * as consentry from 'consentry'

it('pins the public surface of the npm entry', () => {
  expect(Object.keys(consentry).sort()).toEqual([
    'ConfigError',
    'builtinPlugins',
    'checkConfig',
    'consentLog',
    'consentModeState',
    'cookiePattern',
    'createBrowserJar',
    'createConsent',
    'dataLayerEvents',
    'googleAnalyticsDisable',
    'googleConsentMode',
    'matomo',
    'metaPixel',
    'microsoftClarity',
    'microsoftUet',
    'parseDuration',
    'tiktokPixel',
  ])
})
