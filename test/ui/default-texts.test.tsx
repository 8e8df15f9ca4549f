import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { ConsentConfig } from 'consentry'
import { en } from 'consentry/ui'
import { shadowWith, showUI, ui } from './show-ui'

const banner = () => ui().getByRole('region', { name: 'Cookie consent' })
const bannerText = () => within(banner()).getByText(/^We use cookies/).textContent
const withCategories = (categories: ConsentConfig['categories']): ConsentConfig => ({
  revision: 1,
  categories: { necessary: { required: true }, ...categories },
})

describe('without titles or descriptions in the config, the preferences', () => {
  it('name and describe the well-known categories in the visitor language', async () => {
    await showUI(withCategories({ statistics: {}, advertising: {}, media: {}, preferences: {} }))
    fireEvent.click(ui().getByRole('button', { name: en.customize }))
    const dialog = within(ui().getByRole('dialog'))
    for (const [title, description] of [
      [en.necessaryTitle, en.necessaryText],
      [en.analyticsTitle, en.analyticsText],
      [en.marketingTitle, en.marketingText],
      [en.mediaTitle, en.mediaText],
      [en.functionalTitle, en.functionalText],
    ] as const) {
      const row = dialog.getByRole('heading', { name: title }).closest('li')!
      expect(within(row).getByText(description)).toBeTruthy()
    }
  })

  it('show the id of a category they do not know, with no description', async () => {
    await showUI(withCategories({ newsletter: {} }))
    fireEvent.click(ui().getByRole('button', { name: en.customize }))
    const row = within(ui().getByRole('dialog')).getByRole('heading', { name: 'newsletter' })
    expect(row.closest('li')!.querySelector('p')!.textContent).toBe('')
  })
})

describe('the default banner text', () => {
  it('names only measuring when analytics is the only optional purpose', async () => {
    await showUI(withCategories({ analytics: {} }))
    expect(bannerText()).toBe(
      'We use cookies and similar technologies to run this site, and with your consent to measure its use. You can change your mind at any time. ',
    )
  })

  it('mentions advertising when the config declares marketing, and media when it declares media', async () => {
    await showUI(withCategories({ analytics: {}, ads: {}, media: {} }))
    expect(bannerText()).toContain(
      'with your consent to measure its use, show you personalised advertising, and show embedded media.',
    )
  })

  it('mentions neither advertising nor media for a site without them', async () => {
    await showUI(withCategories({ functional: {}, analytics: {} }))
    expect(bannerText()).toContain('to remember your settings and measure its use.')
    expect(bannerText()).not.toMatch(/advertising|media/)
  })

  it("yields to the config's own bannerText", async () => {
    await showUI({
      ...withCategories({ analytics: {} }),
      texts: { en: { bannerText: 'We use cookies to count visits.' } },
    })
    expect(within(banner()).getByText(/We use cookies to count visits\./)).toBeTruthy()
  })
})

describe('every translation', () => {
  const dir = join(__dirname, '../../src/ui/lang')
  for (const file of readdirSync(dir)) {
    const code = file.replace(/\.ts$/, '')
    it(`(${code}) has a banner text with {purposes} and every default category text`, async () => {
      const texts = (await import(`../../src/ui/lang/${code}.ts`))[code] as typeof en
      expect(texts.bannerText).toContain('{purposes}')
      for (const key of Object.keys(en)) expect(texts[key as keyof typeof en], key).toBeTruthy()
    })

    it(`(${code}) lists the banner's purposes as Intl.ListFormat would`, async () => {
      const texts = (await import(`../../src/ui/lang/${code}.ts`))[code] as typeof en
      const { analyticsPurpose, marketingPurpose, mediaPurpose, functionalPurpose } = texts
      const format = new Intl.ListFormat(code, { type: 'conjunction' })
      const cases: [ConsentConfig['categories'], string[]][] = [
        [{ analytics: {} }, [analyticsPurpose]],
        [{ analytics: {}, ads: {} }, [analyticsPurpose, marketingPurpose]],
        [{ analytics: {}, ads: {}, media: {} }, [analyticsPurpose, marketingPurpose, mediaPurpose]],
        [
          { functional: {}, analytics: {}, ads: {}, media: {} },
          [functionalPurpose, analyticsPurpose, marketingPurpose, mediaPurpose],
        ],
      ]
      for (const [categories, purposes] of cases) {
        document.documentElement.lang = code
        const consent = await showUI(withCategories(categories), { languages: { [code]: texts } })
        const expected = texts.bannerText.replace('{purposes}', format.format(purposes))
        const shown = shadowWith('[role=status]').querySelector('[part~="banner"] p')!.textContent
        expect(shown!.startsWith(expected), `${shown} / ${expected}`).toBe(true)
        consent.destroy()
        document.documentElement.removeAttribute('lang')
      }
    })
  }
})
