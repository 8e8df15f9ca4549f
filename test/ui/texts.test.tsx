import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from 'consentry/ui'
import { showUI, ui, uiConfig } from './show-ui'

const languages = (list: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(list)
const host = () => document.querySelector<HTMLElement>('consentry-ui')!
afterEach(() => document.documentElement.removeAttribute('lang'))

const withLanguage = (language: { default?: string; available?: string[] }) => ({
  ...uiConfig(),
  language,
})
const translations = {
  de: { bannerTitle: 'Wir achten auf Ihre Privatsphäre', acceptAll: 'Alle akzeptieren' },
  fr: { bannerTitle: 'Nous respectons votre vie privée' },
  ar: { bannerTitle: 'نحن نحترم خصوصيتك' },
}

describe('texts', () => {
  it('let the config override any text, per language', async () => {
    document.documentElement.lang = 'de'
    await showUI(
      { ...uiConfig(), texts: { de: { acceptAll: 'Einverstanden' }, en: { acceptAll: 'OK' } } },
      { languages: translations },
    )
    expect(ui().getByRole('button', { name: 'Einverstanden' })).toBeTruthy()
    expect(ui().getByRole('heading', { name: translations.de.bannerTitle })).toBeTruthy()
    expect(ui().getByRole('button', { name: en.rejectAll })).toBeTruthy()
  })

  it('render HTML in texts as text', async () => {
    await showUI({
      ...uiConfig(),
      texts: { en: { bannerTitle: '<img src=x onerror=alert(1)>Hi' } },
    })
    expect(ui().getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>Hi')
    expect(host().shadowRoot!.querySelector('img')).toBeNull()
  })

  it('never link to a javascript: privacy policy', async () => {
    await showUI({ ...uiConfig(), privacyPolicyUrl: ' java\tscript:alert(1)' })
    expect(ui().queryByRole('link')).toBeNull()
    expect(host().shadowRoot!.querySelector('a')).toBeNull()
  })

  it('link to https, mailto and relative addresses', async () => {
    for (const url of ['https://example.com/privacy', 'mailto:dpo@example.com', 'privacy.html']) {
      document.body.innerHTML = ''
      await showUI({ ...uiConfig(), privacyPolicyUrl: url })
      expect(ui().getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(url)
    }
  })
})

describe('the built-in translations', () => {
  const codes = readdirSync(join(process.cwd(), 'src/ui/lang'))
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((code) => code != 'en')
  const load = async (code: string) =>
    ((await import(`../../src/ui/lang/${code}.ts`)) as Record<string, Record<string, string>>)[
      code
    ]!
  const placeholders = (text: string) => text.match(/\{\w+\}/g) || []

  it('are all there', () => {
    expect(codes.sort()).toEqual(
      ['ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'it', 'nl', 'pl', 'pt', 'sv'].sort(),
    )
  })

  it('each have every English key, none empty, with the same placeholders', async () => {
    for (const code of codes) {
      const texts = await load(code)
      expect(Object.keys(texts).sort(), code).toEqual(Object.keys(en).sort())
      for (const [key, english] of Object.entries(en)) {
        expect(texts[key]!.trim(), `${code}.${key}`).not.toBe('')
        expect(placeholders(texts[key]!), `${code}.${key}`).toEqual(placeholders(english))
      }
    }
  })

  it('each translate the opt-out notice and the GPC line', async () => {
    for (const code of codes) {
      const texts = await load(code)
      for (const key of ['gpcHonored', 'noticeText', 'doNotSell'] as const)
        expect(texts[key], `${code}.${key}`).not.toBe(en[key])
    }
  })
})

describe('the language', () => {
  it('follows <html lang> first', async () => {
    document.documentElement.lang = 'fr-CA'
    languages(['de-DE', 'de'])
    await showUI(uiConfig(), { languages: translations })
    expect(ui().getByRole('heading').textContent).toBe(translations.fr.bannerTitle)
    expect(host().lang).toBe('fr')
  })

  it('then the browser languages', async () => {
    languages(['it-IT', 'de-DE', 'en'])
    await showUI(uiConfig(), { languages: translations })
    expect(ui().getByRole('heading').textContent).toBe(translations.de.bannerTitle)
  })

  it('keeps only the languages the config offers', async () => {
    document.documentElement.lang = 'fr'
    languages(['de'])
    await showUI(withLanguage({ available: ['en', 'de'] }), { languages: translations })
    expect(host().lang).toBe('de')
  })

  it('falls back to the default language, then English', async () => {
    document.documentElement.lang = 'ja'
    languages(['ja', 'ko'])
    await showUI(withLanguage({ default: 'de' }), { languages: translations })
    expect(host().lang).toBe('de')
    document.body.innerHTML = ''
    await showUI(uiConfig(), { languages: translations })
    expect(host().lang).toBe('en')
    expect(ui().getByRole('heading').textContent).toBe(en.bannerTitle)
  })

  it('loads only the translation it uses', async () => {
    languages(['fi', 'sv'])
    const loadLanguage = vi.fn(async (code: string) =>
      code == 'sv' ? { bannerTitle: 'Vi värnar om din integritet' } : undefined,
    )
    await showUI(uiConfig(), { loadLanguage })
    expect(loadLanguage.mock.calls).toEqual([['fi'], ['sv']])
    expect(ui().getByRole('heading').textContent).toBe('Vi värnar om din integritet')
  })

  it('survives a translation that fails to load', async () => {
    languages(['de'])
    await showUI(uiConfig(), { loadLanguage: () => Promise.reject(new Error('offline')) })
    expect(ui().getByRole('heading').textContent).toBe(en.bannerTitle)
  })

  it('writes Arabic right to left', async () => {
    document.documentElement.lang = 'ar'
    await showUI(uiConfig(), { languages: translations })
    expect(host().dir).toBe('rtl')
    expect(host().lang).toBe('ar')
    expect(ui().getByRole('heading').textContent).toBe(translations.ar.bannerTitle)
  })

  it('writes lifetimes in the visitor language', async () => {
    document.documentElement.lang = 'de'
    await showUI(uiConfig(), { languages: translations })
    fireEvent.click(ui().getByRole('button', { name: en.customize }))
    const category = ui().getByRole('heading', { name: 'Strictly necessary' }).closest('li')!
    fireEvent.click(within(category).getByRole('button', { expanded: false }))
    await waitFor(() => expect(within(category).getByText('2 Wochen')).toBeTruthy())
    expect(within(category).getByText('1 Jahr')).toBeTruthy()
    expect(ui().getByRole('heading', { name: 'Medien' })).toBeTruthy()
  })
})

describe('styles', () => {
  it('fall back to a <style> with the nonce where stylesheets cannot be adopted', async () => {
    await showUI(uiConfig(), { nonce: 'r4nd0m' })
    const style = host().shadowRoot!.querySelector('style')!
    expect(style.getAttribute('nonce')).toBe('r4nd0m')
    expect(style.textContent).toContain('--consentry-accent')
  })

  it('adopt constructed stylesheets where the browser can, the floating button its own', async () => {
    const adopted: CSSStyleSheet[][] = []
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      set(sheets: CSSStyleSheet[]) {
        adopted.push(sheets)
      },
    })
    try {
      const consent = await showUI({ ...uiConfig(), ui: { floatingButton: true } })
      consent.rejectAll()
      await waitFor(() => expect(document.querySelectorAll('consentry-ui')).toHaveLength(2))
      for (const ui of Array.from(document.querySelectorAll('consentry-ui')))
        expect(ui.shadowRoot!.querySelector('style')).toBeNull()
      expect(adopted).toHaveLength(2)
      expect(adopted.every((sheets) => sheets[0] instanceof CSSStyleSheet)).toBe(true)
    } finally {
      delete (ShadowRoot.prototype as Partial<ShadowRoot>).adoptedStyleSheets
    }
  })

  it('stay light by default on a page that declares no dark support', async () => {
    await showUI()
    expect(host().className).toBe('light')
  })

  it('follow the system setting by default on a page whose color-scheme meta includes dark', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: 'color-scheme',
      content: 'light dark',
    })
    document.head.append(meta)
    try {
      await showUI()
      expect(host().className).toBe('auto')
    } finally {
      meta.remove()
    }
  })

  it('follow the configured theme', async () => {
    await showUI({ ...uiConfig(), ui: { theme: 'dark' } })
    expect(host().className).toBe('dark')
    document.body.innerHTML = ''
    await showUI({ ...uiConfig(), ui: { theme: 'auto' } })
    expect(host().className).toBe('auto')
  })
})
