// Type-level tests, checked by `tsc -p .` (npm run test:types): each `@ts-expect-error` line must
// fail to compile, every other line must compile.
import {
  checkConfig,
  ConfigError,
  createConsent,
  type ConsentConfig,
  type ConsentRecord,
} from 'consentry'

const config: ConsentConfig = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: { hotjar: { category: 'analytics', cookies: [{ name: '_hj*', duration: '1 year' }] } },
}
const consent = createConsent(config, { document: null })
consent.save({ categories: ['analytics'], services: { hotjar: false } })
const granted: boolean = consent.isGranted('analytics')
const off: () => void = consent.on('change', ({ granted, revoked, source }) => {
  const lists: string[][] = [granted, revoked]
  const where: 'decision' | 'other-tab' | 'reset' = source
  void [lists, where]
})
const record: ConsentRecord | undefined = consent.getRecord()
const issues: { path: string; message: string }[] = checkConfig({})
const error = new ConfigError(issues)
void [granted, off, record, error.issues]

// @ts-expect-error revision is required
const noRevision: ConsentConfig = { categories: {} }
// @ts-expect-error a service needs a category
const noCategory: ConsentConfig = { revision: 1, categories: {}, services: { a: {} } }
// @ts-expect-error storage is one of three words
const badStorage: CookieConfig['storage'] = 'disk'
// @ts-expect-error unknown events are refused
consent.on('granted', () => {})
// @ts-expect-error state cannot be written
consent.getState().decided = true
void [noRevision, noCategory, badStorage]
