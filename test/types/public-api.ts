// Type-level tests, checked by `tsc -p .` (npm run test:types): each `@ts-expect-error` line must
// fail to compile, every other line must compile. test/types/expected-errors.test.ts checks that
// each fails for the reason it names: the text after `because` is part of TypeScript's message.
import {
  checkConfig,
  ConfigError,
  createConsent,
  type ConsentConfig,
  type ConsentRecord,
  type CookieConfig,
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

// @ts-expect-error because Property 'revision' is missing
const noRevision: ConsentConfig = { categories: {} }
// @ts-expect-error because Property 'category' is missing
const noCategory: ConsentConfig = { revision: 1, categories: {}, services: { a: {} } }
// @ts-expect-error because Type '"disk"' is not assignable to type '"cookie" | "localStorage" | "sessionStorage"
const badStorage: CookieConfig['storage'] = 'disk'
// @ts-expect-error because Argument of type '"granted"' is not assignable to parameter
consent.on('granted', () => {})
// @ts-expect-error because Cannot assign to 'decided' because it is a read-only property
consent.getState().decided = true
// @ts-expect-error because 'categoriez' does not exist in type
const misspelt: ConsentConfig = { revision: 1, categoriez: {} }
// @ts-expect-error because Type 'string' is not assignable to type 'number'
const textRevision: ConsentConfig = { revision: 'one', categories: {} }
void [noRevision, noCategory, badStorage, misspelt, textRevision]
