import { fireEvent, within } from '@testing-library/preact'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { createConsent, type Consent, type ConsentConfig } from 'consentry'
import { createUI } from 'consentry/ui'
import { allSignals, microtasks, signalConfig } from '../signals/page'
import { nextFrame, shadowWith } from '../ui/show-ui'
import { watch } from './census'

/** Every signal plugin's service, the floating button and a placeholder for YouTube. */
const spaConfig = (): ConsentConfig => ({
  ...signalConfig(),
  ui: { floatingButton: true, closeButton: true },
})

const page = `
  <a href="#" data-consent-action="preferences">Cookie settings</a>
  <iframe id="video" data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/A"></iframe>`

/** Queries inside the UI host that holds `selector`, once it is there. */
const inUI = (selector: string) =>
  vi.waitFor(() => within(shadowWith(selector) as HTMLElement), { interval: 1 })

const forgetChoice = () =>
  (document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/')

describe('destroy() in a single-page app', () => {
  // A fixed amount of work (100 restarts), whose time follows the machine's speed: its budget is
  // that count, with a timeout far above it (it takes about 3 s alone, 6 s on a busy 2-core one).
  it(
    'leaves no listener, observer, channel, timer, DOM or vendor trap after 100 restarts',
    { timeout: 120_000 },
    async () => {
      document.body.innerHTML = page
      const census = watch()
      onTestFinished(census.restore)
      const before = census.counts()
      const errors = vi.spyOn(console, 'error')
      const warnings = vi.spyOn(console, 'warn')
      // A UI made once for the app and handed to every manager, or a new one each time.
      const shared = createUI()
      const shown = { banner: 0, preferences: 0, floating: 0, placeholder: 0 }
      // If an assertion fails mid-loop, the next test must not find this manager running.
      let current: Consent | undefined
      onTestFinished(() => current?.destroy())

      for (let i = 0; i < 100; i++) {
        const kind = i % 4
        if (kind < 2) forgetChoice()
        const consent = (current = createConsent(spaConfig(), {
          ui: i % 8 < 4 ? shared : createUI(),
          plugins: allSignals(),
        }))
        if (kind == 0) {
          // The banner, then the preferences, then "Accept all" in them: destroyed before the
          // decision (due after the next frame) lands.
          const banner = await inUI('.banner')
          fireEvent.click(banner.getByRole('button', { name: 'Customize' }))
          const dialog = banner.getByRole('dialog', { name: 'Cookie preferences' })
          fireEvent.click(within(dialog).getByRole('button', { name: 'Accept all' }))
          shown.banner++
          shown.preferences++
        } else if (kind == 1) {
          // The banner and "Reject all", decided: the next manager starts with a choice.
          const banner = await inUI('.banner')
          fireEvent.click(banner.getByRole('button', { name: 'Reject all' }))
          await nextFrame()
          expect(consent.getState().method).toBe('reject-all')
          shown.banner++
        } else if (kind == 2) {
          // A returning visitor: the floating button, the placeholder, the preferences open.
          expect(consent.getState().decided).toBe(true)
          await inUI('.pl, [part=placeholder]')
          shown.placeholder++
          const floating = await inUI('.floating')
          fireEvent.click(floating.getByRole('button', { name: 'Cookie settings' }))
          shown.floating++
          await inUI('.dialog')
          shown.preferences++
        }
        // kind 3: destroyed at once, while the UI is still starting.
        consent.destroy()
        expect(document.querySelectorAll('consentry-ui')).toHaveLength(0)
        expect((document.getElementById('video') as HTMLIFrameElement).hidden).toBe(false)
        // What is asked of a destroyed manager adds nothing.
        consent.showBanner()
        consent.showPreferences()
        await microtasks()
        await microtasks()
        expect(document.querySelectorAll('consentry-ui')).toHaveLength(0)
      }

      expect(shown).toEqual({ banner: 50, preferences: 50, floating: 25, placeholder: 25 })
      // Decisions queued for after a frame reach only destroyed managers, which ignore them.
      await vi.waitFor(() => expect(census.counts().timers).toBe(before.timers))
      await nextFrame()
      expect(census.counts()).toEqual(before)
      expect(before).toMatchObject({
        mutationObservers: 0,
        broadcastChannels: 0,
        uiHosts: 0,
        fbqTrap: false,
        fbq: 'undefined',
      })
      expect(document.cookie).toMatch(/consentry=/)
      expect(errors).not.toHaveBeenCalled()
      expect(warnings).not.toHaveBeenCalled()
    },
  )

  it('counts what a live manager holds, so that the census sees a leak', async () => {
    document.body.innerHTML = page
    const census = watch()
    onTestFinished(census.restore)
    const before = census.counts()
    const consent = createConsent(spaConfig(), { ui: createUI(), plugins: allSignals() })
    onTestFinished(() => consent.destroy())
    await inUI('.banner')
    const during = census.counts()
    expect(during.listeners).toMatchObject({
      'document click': 1,
      'document visibilitychange': 1,
      'document DOMContentLoaded': 1,
      'document focusin': 1,
    })
    expect(during).toMatchObject({
      // The gate's, the placeholders' and the way back's (which watches for a page control).
      mutationObservers: 3,
      resizeObservers: 1,
      broadcastChannels: 1,
      // The banner and the placeholder; the floating button comes after a decision.
      uiHosts: 2,
      hiddenFrames: 1,
      fbqTrap: true,
    })
    expect(during.rootStyle).toMatch(/scroll-padding/)
    expect(during.elements).toBe(before.elements + 2)
    consent.destroy()
    expect(census.counts()).toEqual(before)
  })
})
