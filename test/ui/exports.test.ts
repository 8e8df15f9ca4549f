import { expect, it } from 'vitest'
import * as ui from 'consentry/ui'

it('pins the public surface of consentry/ui', () => {
  expect(Object.keys(ui).sort()).toEqual([
    'Banner',
    'CookieTable',
    'FloatingButton',
    'Placeholder',
    'Preferences',
    'createUI',
    'en',
  ])
})
