import { fireEvent, waitFor, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { ConsentConfig } from 'consentry'
import { nextFrame, showUI, ui, uiConfig } from './show-ui'

const HONORED = 'Opt-out request honored'
const NOTICE =
  'We use cookies for analytics and advertising. You can opt out of the sale or sharing of your personal information at any time.'
const DO_NOT_SELL = 'Do not sell or share my personal information'

const titledWithId = (categories: ConsentConfig['categories']) =>
  Object.fromEntries(
    Object.entries(categories).map(([id, category]) => [id, { title: id, ...category }]),
  )
const withGPC = (config: ConsentConfig = uiConfig()) => showUI(config, undefined, { gpc: true })
const optOut = (): ConsentConfig => ({ ...uiConfig(), regime: 'opt-out' })

const dialog = () => within(ui().getByRole('dialog', { name: 'Cookie preferences' }))
const switchOf = (name: string) => dialog().getByRole('switch', { name }) as HTMLButtonElement
const expand = (category: string) =>
  fireEvent.click(
    within(dialog().getByRole('heading', { name: category }).closest('li')!).getByRole('button', {
      expanded: false,
    }),
  )
const customize = () => fireEvent.click(ui().getByRole('button', { name: 'Customize' }))

/** The text a switch is described by, through its aria-describedby. */
const descriptionOf = (element: HTMLElement) => {
  const ids = element.getAttribute('aria-describedby')
  const root = element.getRootNode() as ShadowRoot
  return ids
    ?.split(' ')
    .map((id) => root.getElementById(id)?.textContent)
    .join(' ')
}

describe('under Global Privacy Control, the preferences', () => {
  it('show marketing and its services off, locked and described as "Opt-out request honored"', async () => {
    await withGPC()
    customize()
    expand('Marketing')
    for (const name of ['Marketing', 'meta-pixel']) {
      const locked = switchOf(name)
      expect(locked.getAttribute('aria-checked')).toBe('false')
      expect(locked.disabled).toBe(true)
      expect(descriptionOf(locked)).toBe(HONORED)
      // Next to the switch, in the same row.
      expect(within(locked.parentElement!).getByText(HONORED)).toBeTruthy()
    }
    for (const name of ['Analytics', 'Media']) {
      expect(switchOf(name).disabled).toBe(false)
      expect(switchOf(name).hasAttribute('aria-describedby')).toBe(false)
    }
    expect(dialog().getAllByText(HONORED)).toHaveLength(2)
  })

  it('keep the required category "Always on", described as such', async () => {
    await withGPC()
    customize()
    const necessary = switchOf('Strictly necessary')
    expect(necessary.getAttribute('aria-checked')).toBe('true')
    expect(descriptionOf(necessary)).toBe('Always on')
  })

  // A click on the disabled switch itself is left to the e2e test: jsdom dispatches it anyway.
  it('[gpc.never-grants] grant nothing GPC opts out of on "Accept all"', async () => {
    const consent = await withGPC()
    customize()
    fireEvent.click(dialog().getByRole('button', { name: 'Accept all' }))
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'accept-all', gpc: true })
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('marketing')).toBe(false)
    expect(consent.isGranted('meta-pixel')).toBe(false)
  })

  it('lock exactly the categories the engine denies under GPC', async () => {
    // Every way a category can come under GPC or stay out of it: the default mapping by id, its
    // own `gpc`, and its own `consentMode`.
    // Each titled with its id, as the well-known ids would otherwise share default titles.
    const config: ConsentConfig = {
      revision: 1,
      categories: titledWithId({
        necessary: { required: true },
        marketing: {},
        ads: {},
        advertising: {},
        sponsored: { gpc: false, consentMode: ['ad_storage'] },
        analytics: {},
        preferences: {},
        retargeting: { consentMode: ['analytics_storage', 'ad_user_data'] },
        social: { gpc: true },
        statistics: { consentMode: ['analytics_storage'] },
        promotions: { consentMode: [] },
        ad_storage: {},
        functional: { gpc: true, consentMode: ['functionality_storage'] },
      }),
    }
    const consent = await withGPC(config)
    consent.showPreferences()
    await waitFor(() => dialog())
    const optional = Object.keys(config.categories).filter((id) => id != 'necessary')
    const lockedByUI = optional.filter((id) => descriptionOf(switchOf(id)) == HONORED)
    expect(lockedByUI).toEqual([
      'marketing',
      'ads',
      'advertising',
      'retargeting',
      'social',
      'functional',
    ])
    for (const id of optional) expect(switchOf(id).disabled).toBe(lockedByUI.includes(id))
    consent.acceptAll()
    expect(optional.filter((id) => !consent.isGranted(id))).toEqual(lockedByUI)
  })
})

describe('without Global Privacy Control', () => {
  it('the preferences lock nothing optional and say nothing of an opt-out', async () => {
    await showUI()
    customize()
    expect(switchOf('Marketing').disabled).toBe(false)
    expect(dialog().queryByText(HONORED)).toBeNull()
  })

  it('the banner says nothing of an opt-out', async () => {
    await showUI()
    expect(ui().getByRole('region', { name: 'Cookie consent' })).toBeTruthy()
    expect(ui().queryByText(HONORED)).toBeNull()
  })
})

describe('under Global Privacy Control, the banner', () => {
  it('[gpc.never-grants] tells the visitor that their opt-out request was honored', async () => {
    const consent = await withGPC()
    const banner = within(ui().getByRole('region', { name: 'Cookie consent' }))
    expect(banner.getByText(HONORED)).toBeTruthy()
    expect(banner.getByRole('button', { name: 'Accept all' })).toBeTruthy()
    expect(consent.getState().decided).toBe(false)
  })
})

describe('in the opt-out regime, the banner', () => {
  it('is a notice with "OK", "Do not sell or share my personal information" and "Customize"', async () => {
    const consent = await showUI(optOut())
    const notice = within(ui().getByRole('region', { name: 'Cookie consent' }))
    expect(notice.getByText(NOTICE, { exact: false })).toBeTruthy()
    expect(notice.getByRole('link', { name: 'Privacy policy' })).toBeTruthy()
    expect(notice.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'OK',
      DO_NOT_SELL,
      'Customize',
    ])
    expect(notice.queryByRole('button', { name: 'Accept all' })).toBeNull()
    expect(notice.queryByText(HONORED)).toBeNull()
    // Before any decision, what is optional is on: this is why it is a notice.
    expect(consent.getState()).toMatchObject({ decided: false, regime: 'opt-out' })
    expect(consent.isGranted('marketing')).toBe(true)
  })

  it('styles "OK" and "Do not sell or share" exactly alike', async () => {
    await showUI(optOut())
    const ok = ui().getByRole('button', { name: 'OK' })
    const doNotSell = ui().getByRole('button', { name: DO_NOT_SELL })
    expect(ok.className).toBe(doNotSell.className)
    expect(ok.parentElement).toBe(doNotSell.parentElement)
  })

  it('opts out of everything optional with one click on "Do not sell or share"', async () => {
    const consent = await showUI(optOut())
    fireEvent.click(ui().getByRole('button', { name: DO_NOT_SELL }))
    expect(ui().queryByRole('region')).toBeNull()
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' })
    for (const id of ['analytics', 'marketing', 'media', 'meta-pixel'])
      expect(consent.isGranted(id)).toBe(false)
    expect(ui().getByRole('status').textContent).toBe('Your choices have been saved.')
  })

  it('keeps the defaults and stores them on "OK"', async () => {
    const consent = await showUI(optOut())
    fireEvent.click(ui().getByRole('button', { name: 'OK' }))
    expect(ui().queryByRole('region')).toBeNull()
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'accept-all' })
    for (const id of ['analytics', 'marketing', 'media']) expect(consent.isGranted(id)).toBe(true)
  })

  it('leaves what GPC opts out of denied on "OK", and says the request was honored', async () => {
    const consent = await showUI(optOut(), undefined, { gpc: true })
    // GPC answered for this visitor at once; reset() asks again.
    consent.reset()
    const notice = within(await waitFor(() => ui().getByRole('region', { name: 'Cookie consent' })))
    expect(notice.getByText(HONORED)).toBeTruthy()
    fireEvent.click(notice.getByRole('button', { name: 'OK' }))
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, gpc: true })
    expect(consent.isGranted('analytics')).toBe(true)
    expect(consent.isGranted('marketing')).toBe(false)
  })

  it('opens the preferences on "Customize", with the optional categories on', async () => {
    const consent = await showUI(optOut())
    customize()
    expect(switchOf('Analytics').getAttribute('aria-checked')).toBe('true')
    expect(switchOf('Marketing').getAttribute('aria-checked')).toBe('true')
    fireEvent.click(switchOf('Marketing'))
    fireEvent.click(dialog().getByRole('button', { name: 'Save choices' }))
    await nextFrame()
    expect(consent.isGranted('marketing')).toBe(false)
    expect(consent.isGranted('analytics')).toBe(true)
  })

  it('describes the modal notice by its text', async () => {
    await showUI({ ...optOut(), ui: { layout: 'modal' } })
    const notice = ui().getByRole('dialog', { name: 'We value your privacy' })
    expect(notice.getAttribute('aria-describedby')).toBe('consentry-banner-text')
    expect(notice.querySelector('#consentry-banner-text')!.textContent).toContain(NOTICE)
  })
})
