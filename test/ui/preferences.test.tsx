import { fireEvent, within } from '@testing-library/preact'
import { describe, expect, it, vi } from 'vitest'
import { focused, nextFrame, showUI, ui } from './show-ui'

const openPreferences = async () => {
  const consent = await showUI()
  fireEvent.click(ui().getByRole('button', { name: 'Customize' }))
  return consent
}
const dialog = () => within(ui().getByRole('dialog', { name: 'Cookie preferences' }))
const switchOf = (name: string) => dialog().getByRole('switch', { name })
const expand = (category: string) =>
  fireEvent.click(
    within(dialog().getByRole('heading', { name: category }).closest('li')!).getByRole('button', {
      expanded: false,
    }),
  )

describe('the preferences', () => {
  it('[a11y.preferences-dialog] are a labelled modal dialog', async () => {
    await openPreferences()
    const element = ui().getByRole('dialog', { name: 'Cookie preferences' })
    expect(element.getAttribute('aria-modal')).toBe('true')
    expect(element.getAttribute('part')).toBe('preferences')
  })

  it('[banner.nothing-preticked] tick nothing optional for an undecided visitor', async () => {
    await openPreferences()
    for (const name of ['Analytics', 'Marketing', 'Media'])
      expect(switchOf(name).getAttribute('aria-checked')).toBe('false')
  })

  it('[banner.necessary-locked] show required categories as always on and locked', async () => {
    await openPreferences()
    const necessary = switchOf('Strictly necessary')
    expect(necessary.getAttribute('aria-checked')).toBe('true')
    expect((necessary as HTMLButtonElement).disabled).toBe(true)
    expect(dialog().getByText('Always on')).toBeTruthy()
    // No description in the config: the built-in reason.
    expect(dialog().getByText(/Required for the site to work/)).toBeTruthy()
  })

  it('show a localized category title in the visitor language', async () => {
    await openPreferences()
    expect(switchOf('Media')).toBeTruthy()
  })

  it('[prefs.granular] toggle a category with its services, and let a service differ', async () => {
    await openPreferences()
    expand('Analytics')
    fireEvent.click(switchOf('Analytics'))
    expect(switchOf('Analytics').getAttribute('aria-checked')).toBe('true')
    expect(switchOf('Google Analytics').getAttribute('aria-checked')).toBe('true')
    expect(switchOf('hotjar').getAttribute('aria-checked')).toBe('true')
    fireEvent.click(switchOf('hotjar'))
    expect(switchOf('hotjar').getAttribute('aria-checked')).toBe('false')
    expect(switchOf('Analytics').getAttribute('aria-checked')).toBe('true')
  })

  it('[a11y.controls] save the switches as they are, announce it, and close', async () => {
    const consent = await openPreferences()
    const save = vi.spyOn(consent, 'save')
    expand('Analytics')
    fireEvent.click(switchOf('Analytics'))
    fireEvent.click(switchOf('hotjar'))
    fireEvent.click(switchOf('Media'))
    fireEvent.click(dialog().getByRole('button', { name: 'Save choices' }))
    expect(ui().queryByRole('dialog')).toBeNull()
    expect(ui().queryByRole('region')).toBeNull()
    expect(ui().getByRole('status').textContent).toBe('Your choices have been saved.')
    await nextFrame()
    expect(save).toHaveBeenCalledWith({
      categories: { necessary: true, analytics: true, marketing: false, media: true },
      services: { 'google-analytics': true, hotjar: false, 'meta-pixel': false, youtube: true },
    })
    expect(consent.getState()).toMatchObject({ decided: true, method: 'custom' })
    expect(consent.isGranted('google-analytics')).toBe(true)
    expect(consent.isGranted('hotjar')).toBe(false)
  })

  it('[prefs.granular] grant a single service on its own', async () => {
    const consent = await openPreferences()
    expand('Media')
    fireEvent.click(switchOf('YouTube'))
    expect(switchOf('Media').getAttribute('aria-checked')).toBe('false')
    fireEvent.click(dialog().getByRole('button', { name: 'Save choices' }))
    await nextFrame()
    expect(consent.isGranted('youtube')).toBe(true)
    expect(consent.isGranted('media')).toBe(false)
  })

  it('[banner.equal-buttons] offer "Accept all" and "Reject all" styled alike', async () => {
    const consent = await openPreferences()
    const accept = dialog().getByRole('button', { name: 'Accept all' })
    expect(accept.className).toBe(dialog().getByRole('button', { name: 'Reject all' }).className)
    fireEvent.click(dialog().getByRole('button', { name: 'Reject all' }))
    await nextFrame()
    expect(consent.getState().method).toBe('reject-all')
  })

  it('start from the current choice of a returning visitor', async () => {
    const consent = await showUI()
    consent.save({ categories: ['analytics'], services: { hotjar: false } })
    consent.showPreferences()
    await vi.waitFor(() => dialog())
    expand('Analytics')
    expect(switchOf('Analytics').getAttribute('aria-checked')).toBe('true')
    expect(switchOf('hotjar').getAttribute('aria-checked')).toBe('false')
    expect(switchOf('Marketing').getAttribute('aria-checked')).toBe('false')
  })

  it('[a11y.preferences-dialog] [banner.no-inferred-consent] close on Escape without granting anything, and give focus back', async () => {
    document.body.innerHTML = '<a href="#" data-consent-action="preferences">Cookie settings</a>'
    const consent = await showUI()
    const link = document.querySelector('a')!
    link.focus()
    fireEvent.click(link)
    await vi.waitFor(() => dialog())
    fireEvent.click(switchOf('Analytics'))
    fireEvent.keyDown(focused()!, { key: 'Escape' })
    expect(ui().queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(link)
    await nextFrame()
    expect(consent.getState().decided).toBe(false)
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('close on × without granting anything, back to the banner', async () => {
    const consent = await openPreferences()
    fireEvent.click(dialog().getByRole('button', { name: 'Close' }))
    expect(ui().queryByRole('dialog')).toBeNull()
    expect(focused()).toBe(ui().getByRole('button', { name: 'Customize' }))
    await nextFrame()
    expect(consent.getState().decided).toBe(false)
  })

  it('[a11y.preferences-dialog] keep Tab and Shift+Tab inside', async () => {
    await openPreferences()
    const element = ui().getByRole('dialog', { name: 'Cookie preferences' })
    const close = dialog().getByRole('button', { name: 'Close' })
    const save = dialog().getByRole('button', { name: 'Save choices' })
    fireEvent.keyDown(element, { key: 'Tab', shiftKey: true })
    expect(focused()).toBe(save)
    fireEvent.keyDown(save, { key: 'Tab' })
    expect(focused()).toBe(close)
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true })
    expect(focused()).toBe(save)
  })

  it('[prefs.service-details] disclose services with provider, purpose, privacy policy and cookies', async () => {
    await openPreferences()
    const disclosure = within(
      dialog().getByRole('heading', { name: 'Analytics' }).closest('li')!,
    ).getByRole('button', { name: 'Show services' })
    expect(disclosure.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(disclosure)
    expect(disclosure.getAttribute('aria-expanded')).toBe('true')
    const service = within(
      dialog().getByRole('heading', { name: 'Google Analytics' }).closest('li')!,
    )
    expect(service.getByText('Provider: Google Ireland Limited')).toBeTruthy()
    expect(service.getByText('Purpose: Visit statistics')).toBeTruthy()
    expect(service.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      'https://policies.google.com/privacy',
    )
    const rows = within(service.getByRole('table')).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'NamePurposeLifetimeSet by',
      '_gaTells visitors apart2 yearsThis site',
      '_ga_*2 yearsThis site',
      '_gcl_au90 daysThis site',
    ])
  })

  it('[prefs.service-details] list category cookies, top-level ones included, with lifetimes in words', async () => {
    await openPreferences()
    expand('Strictly necessary')
    expand('Marketing')
    // The category's own table comes first, before its services.
    const cells = (category: string) =>
      within(
        within(dialog().getByRole('heading', { name: category }).closest('li')!).getAllByRole(
          'table',
        )[0]!,
      )
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(cells('Strictly necessary')).toEqual([
      'PHPSESSID',
      '',
      'Session',
      'This site',
      'wordpress_logged_in_{hash}',
      '',
      '2 weeks',
      'This site',
      'wp-settings-[UID]',
      '',
      '1 year',
      'This site',
    ])
    expect(cells('Marketing')).toEqual(['marketing_seen', '', 'Session', 'Third party'])
  })

  it('[proof.visitor-access] show the consent id and offer the record as a JSON download once there is one', async () => {
    const consent = await openPreferences()
    expect(dialog().queryByText(/Your consent ID/)).toBeNull()
    fireEvent.click(dialog().getByRole('button', { name: 'Reject all' }))
    await nextFrame()
    consent.showPreferences()
    await vi.waitFor(() => dialog())
    const record = consent.getRecord()!
    expect(dialog().getByText(record.consentId)).toBeTruthy()
    const link = dialog().getByRole('link', { name: 'Download my consent record' })
    expect(link.getAttribute('download')).toBe('consent-record.json')
    const href = link.getAttribute('href')!
    expect(href.startsWith('data:application/json,')).toBe(true)
    expect(JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)))).toEqual(record)
  })
})
